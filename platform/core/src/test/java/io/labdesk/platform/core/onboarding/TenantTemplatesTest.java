package io.labdesk.platform.core.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.labdesk.platform.api.request.Priority;
import io.labdesk.platform.core.sla.SlaClock;
import io.labdesk.platform.core.sla.SlaPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TenantTemplatesTest {

    @Test
    void theShippedTemplatesAreReadableWithCompletePolicies() throws IOException {
        Path dir = TenantDefinitionsTest.DEMO_TENANTS.resolve("templates");
        TenantTemplate testing = TenantTemplates.read(dir.resolve("testing-lab.yaml"));

        assertThat(testing.name()).isEqualTo("检测实验室");
        assertThat(testing.modules()).as("the modules it starts with").hasSize(3);
        assertThat(testing.requestTypes()).contains("DISPUTE").doesNotContain("REPAIR");
        assertThat(testing.sla().warningPercent()).isEqualTo(75);
        assertThat(testing.intakeForm().shown("emergency")).as("no \"instrument down\" for a testing laboratory")
                .isFalse();
        assertThat(testing.intakeForm().shown("contactEmail")).isTrue();
        assertThat(TenantTemplates.read(dir.resolve("instrument-service.yaml")).intakeForm().shown("emergency"))
                .isTrue();
        assertThat(testing.sla().targetsFor("DISPUTE", Priority.NORMAL, false))
                .containsEntry(SlaPolicy.Kind.ACKNOWLEDGE, SlaClock.Target.businessMinutes(120))
                .containsEntry(SlaPolicy.Kind.FIRST_RESPONSE, SlaClock.Target.businessMinutes(480));
        assertThat(TenantTemplates.read(dir.resolve("calibration-lab.yaml")).sla()
                .targetsFor("REPAIR", Priority.NORMAL, false))
                .containsEntry(SlaPolicy.Kind.DELIVERY, SlaClock.Target.businessMinutes(2400));
        assertThat(TenantTemplates.read(dir.resolve("instrument-service.yaml")).sla()
                .targetsFor("REPAIR", Priority.URGENT, false))
                .containsEntry(SlaPolicy.Kind.DELIVERY, SlaClock.Target.businessMinutes(960));
    }

    @Test
    void theInstrumentServiceTemplateTurnsItsModuleOnWithTheServiceLevelsOfSource002() throws IOException {
        TenantTemplate instruments = TenantTemplates.read(TenantDefinitionsTest.DEMO_TENANTS
                .resolve("templates/instrument-service.yaml"));
        assertThat(instruments.modules()).contains("instruments");
        assertThat(instruments.requestTypes()).contains("REPAIR", "MAINTENANCE");
        assertThat(instruments.moduleSettings().get("instruments")).containsEntry("proposalHours", "12")
                .containsEntry("downLocalHours", "24").containsEntry("partsRepairDays", "7")
                .containsEntry("materialsOnlyAfterWarranty", "true").containsKey("localArea");
        assertThat(instruments.sla().targetsFor("REPAIR", Priority.NORMAL, false))
                .as("respond within 2 hours").containsEntry(SlaPolicy.Kind.FIRST_RESPONSE,
                        SlaClock.Target.businessMinutes(120));
        assertThat(instruments.sla().targetsFor("REPAIR", Priority.URGENT, false))
                .containsEntry(SlaPolicy.Kind.FIRST_RESPONSE, SlaClock.Target.businessMinutes(120));
    }

    @Test
    void settingsOfAModuleTheTemplateDoesNotSwitchOnAreNamed(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("settings-lab.yaml"), """
                name: 设置模板
                modules: [surveys]
                moduleSettings:
                  instruments: {proposalHours: 12}
                """);
        Path nested = Files.writeString(dir.resolve("nested-lab.yaml"), """
                name: 嵌套模板
                modules: [instruments]
                moduleSettings:
                  instruments: {localArea: [武汉市]}
                """);

        assertThatThrownBy(() -> TenantTemplates.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("settings-lab.yaml")
                .hasMessageContaining("'instruments' is not among the modules it switches on");
        assertThatThrownBy(() -> TenantTemplates.read(nested)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must map setting keys to single values");
    }

    @Test
    void aFormFieldTheFormDoesNotHaveOrAnUnknownRuleIsNamed(@TempDir Path dir) throws IOException {
        Path unknownField = Files.writeString(dir.resolve("field-lab.yaml"), """
                name: 字段模板
                form: {fax: REQUIRED}
                """);
        Path unknownRule = Files.writeString(dir.resolve("rule-lab.yaml"), """
                name: 规则模板
                form: {emergency: SOMETIMES}
                """);

        assertThatThrownBy(() -> TenantTemplates.read(unknownField)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("field-lab.yaml").hasMessageContaining("'fax' is none of");
        assertThatThrownBy(() -> TenantTemplates.read(unknownRule)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("emergency is REQUIRED, OPTIONAL or HIDDEN");
    }

    @Test
    void aBadTargetIsNamedInTheMessage(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bad-lab.yaml"), """
                name: 坏模板
                sla:
                  targets:
                    - {kind: SOMETIME, minutes: 60}
                """);

        assertThatThrownBy(() -> TenantTemplates.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad-lab.yaml").hasMessageContaining("kind is one of");
    }
}
