package io.labdesk.platform.core.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.labdesk.platform.api.tenant.TenantRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TenantDefinitionsTest {

    /** The demo institutions shipped in tenants/ at the project's root. */
    static final Path DEMO_TENANTS = Path.of(System.getProperty("labdesk.tenants.dir", "../../tenants"));

    @Test
    void readsBothDemoInstitutions() throws IOException {
        List<TenantDefinition> demo = TenantDefinitions.readAll(DEMO_TENANTS);

        assertThat(demo).extracting(TenantDefinition::slug).containsExactly("donghu-atc", "hengzhun-cal");
        assertThat(demo).allSatisfy(t -> {
            assertThat(t.locale()).isEqualTo("zh-CN");
            assertThat(t.timeZone()).isEqualTo("Asia/Shanghai");
            assertThat(t.staff()).isNotEmpty();
            assertThat(t.staff()).anySatisfy(s -> assertThat(s.roles()).contains(TenantRole.TENANT_ADMIN));
        });
        TenantDefinition centre = demo.get(0);
        assertThat(centre.name()).isEqualTo("东湖大学分析测试中心");
        assertThat(centre.staff().get(0).username()).isEqualTo("zhang.wei");
    }

    @Test
    void theDemoAuditorsCarryTheirQualifications() throws IOException {
        TenantDefinition hengzhun = TenantDefinitions.readAll(DEMO_TENANTS).get(1);
        for (String auditor : List.of("zhao.min", "sun.li")) {
            assertThat(hengzhun.staff()).filteredOn(s -> s.username().equals(auditor)).singleElement()
                    .satisfies(s -> assertThat(s.training()).anySatisfy(t -> {
                        assertThat(t.category()).isEqualTo(io.labdesk.platform.core.staff.TrainingRecord.Category
                                .QUALIFICATION);
                        assertThat(t.kind()).isEqualTo(io.labdesk.platform.api.identity.Qualifications.Kind
                                .INTERNAL_AUDITOR);
                        assertThat(t.validUntil()).isAfter(t.heldOn());
                    }));
        }
    }

    @Test
    void aTrainingRecordWithAnUnknownKindIsNamedInTheMessage(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.yaml"), """
                slug: bad-lab
                name: Bad Lab
                staff:
                  - username: x
                    training:
                      - {category: QUALIFICATION, kind: ASTROLOGY, title: 星象, heldOn: 2026-01-05, result: PASSED}
                """);
        assertThatThrownBy(() -> TenantDefinitions.read(file)).hasMessageContaining("training '星象'")
                .hasMessageContaining("ASTROLOGY");
    }

    @Test
    void unknownRoleIsNamedInTheMessage(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.yaml"), """
                slug: bad-lab
                name: Bad Lab
                staff:
                  - username: x
                    roles: [TESTER, JANITOR]
                """);
        assertThatThrownBy(() -> TenantDefinitions.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.yaml").hasMessageContaining("JANITOR");
    }

    @Test
    void slugAndTimeZoneAreChecked(@TempDir Path dir) throws IOException {
        Path slug = Files.writeString(dir.resolve("a.yaml"), "slug: Bad Slug\nname: X\n");
        Path zone = Files.writeString(dir.resolve("b.yaml"), "slug: ok-lab\nname: X\ntimeZone: Mars/Olympus\n");
        Path missingName = Files.writeString(dir.resolve("c.yaml"), "slug: ok-lab\n");

        assertThatThrownBy(() -> TenantDefinitions.read(slug)).hasMessageContaining("slug 'Bad Slug'");
        assertThatThrownBy(() -> TenantDefinitions.read(zone)).hasMessageContaining("Mars/Olympus");
        assertThatThrownBy(() -> TenantDefinitions.read(missingName)).hasMessageContaining("'name' is required");
    }

    @Test
    void defaultsToChineseLocaleAndShanghaiTime(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("min.yaml"), "slug: min-lab\nname: 最小实验室\n");
        TenantDefinition t = TenantDefinitions.read(file);
        assertThat(t.locale()).isEqualTo("zh-CN");
        assertThat(t.timeZone()).isEqualTo("Asia/Shanghai");
        assertThat(t.staff()).isEmpty();
    }
}
