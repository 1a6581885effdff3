package io.labdesk.platform.api.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsSchemaTest {

    private final SettingsSchema schema = SettingsSchema.of(
                    SettingField.number("windowDays", Text.of("异议期（天）", "Objection window (days)"), 15, 1, 90),
                    SettingField.text("signature", Text.of("落款", "Signature"), "质量负责人", 40, true),
                    SettingField.text("note", Text.of("备注", "Note"), null, 10, false),
                    SettingField.flag("businessTime", Text.of("按工作时间计", "Business time"), true),
                    SettingField.choice("route", Text.of("分派给", "Route to"), "QUALITY",
                            new SettingField.Choice("QUALITY", Text.of("质量负责人", "Quality manager")),
                            new SettingField.Choice("TECHNICAL", Text.of("技术负责人", "Technical manager"))))
            .withRule(values -> values.number("windowDays") > 30 && !values.flag("businessTime")
                    ? Optional.of(new SettingsSchema.Problem("windowDays",
                    Text.of("按日历时间计时异议期不超过 30 天。", "In clock time the window is at most 30 days.")))
                    : Optional.empty());

    @Test
    void defaultsFillEveryFieldAndUnknownKeysAreDropped() {
        ModuleSettings settings = schema.complete(Map.of("windowDays", "20", "obsolete", "x"));

        assertThat(settings.number("windowDays")).isEqualTo(20);
        assertThat(settings.text("signature")).isEqualTo("质量负责人");
        assertThat(settings.flag("businessTime")).isTrue();
        assertThat(settings.values()).doesNotContainKey("obsolete");
    }

    @Test
    void eachFieldIsCheckedAgainstItsKindAndLimitsWithMessagesInBothLanguages() {
        Map<String, Text> problems = schema.check(Map.of("windowDays", "91", "signature", "  ", "note",
                "far too long a note", "businessTime", "maybe", "route", "DIRECTOR"));

        assertThat(problems).containsOnlyKeys("windowDays", "signature", "note", "businessTime", "route");
        assertThat(problems.get("windowDays").in(Locale.ENGLISH)).isEqualTo(
                "Objection window (days) must be a whole number from 1 to 90.");
        assertThat(problems.get("windowDays").in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("「异议期（天）」须为 1 到 90 之间的整数。");
        assertThat(problems.get("signature").in(Locale.ENGLISH)).isEqualTo("Signature is required.");
        assertThat(schema.check(Map.of("windowDays", "abc")).get("windowDays")).isNotNull();
    }

    @Test
    void rulesAcrossFieldsRunOnceEachFieldIsFine() {
        Map<String, String> input = Map.of("windowDays", "45", "signature", "主任", "businessTime", "false",
                "route", "TECHNICAL");

        assertThat(schema.check(input)).containsOnlyKeys("windowDays");
        assertThat(schema.check(Map.of("windowDays", "45", "signature", "主任", "businessTime", "true",
                "route", "TECHNICAL"))).isEmpty();
    }

    @Test
    void acceptedValuesAreStrippedAndOptionalOnesMayStayEmpty() {
        ModuleSettings accepted = schema.accepted(Map.of("windowDays", " 20 ", "signature", " 主任 ",
                "businessTime", "true", "route", "QUALITY"));

        assertThat(accepted.number("windowDays")).isEqualTo(20);
        assertThat(accepted.text("signature")).isEqualTo("主任");
        assertThat(accepted.text("note")).isEmpty();
    }

    @Test
    void aDefaultOutsideItsOwnLimitsIsAProgrammingError() {
        assertThatThrownBy(() -> SettingsSchema.of(SettingField.number("n", Text.of("数", "N"), 0, 1, 9)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
