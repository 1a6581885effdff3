package io.labdesk.platform.ui.admin.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.platform.api.module.SettingField;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.ui.admin.history.SettingsChangeText.FieldChange;
import io.labdesk.platform.ui.i18n.LabDeskTranslations;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsChangeTextTest {

    private static SettingsChangeText.Words words(Locale locale) {
        LabDeskTranslations translations = new LabDeskTranslations();
        return new SettingsChangeText.Words() {
            @Override
            public Locale locale() {
                return locale;
            }

            @Override
            public String find(String key) {
                String text = translations.getTranslation(key, locale);
                return text.equals("!" + key + "!") ? null : text;
            }

            @Override
            public Optional<SettingField> moduleField(String moduleId, String key) {
                return Optional.ofNullable(Map.of(
                        "ackDays", SettingField.number("ackDays", Text.of("受理时限（天）", "Days to acknowledge"), 5, 1, 30),
                        "channel", SettingField.choice("channel", Text.of("渠道", "Channel"), "MAIL",
                                new SettingField.Choice("MAIL", Text.of("邮件", "Mail")),
                                new SettingField.Choice("PHONE", Text.of("电话", "Phone")))).get(key));
            }

            @Override
            public String moduleName(String moduleId) {
                return Map.of("complaints", "投诉处理").getOrDefault(moduleId, moduleId);
            }

            @Override
            public String typeName(String code) {
                return Map.of("DISPUTE", "异议").getOrDefault(code, code);
            }

            @Override
            public String staffName(String username) {
                return Map.of("zhang.wei", "张伟").getOrDefault(username, username);
            }
        };
    }

    @Test
    void aFormChangeShowsTheFieldsLabelAndItsRuleBeforeAndAfterOnly() {
        String before = "{\"fields\":{\"contactEmail\":\"OPTIONAL\",\"contactPhone\":\"OPTIONAL\"},"
                + "\"priorities\":[{\"priority\":\"HIGH\",\"offered\":true,\"nameZh\":\"高\",\"nameEn\":\"High\"}],"
                + "\"defaultPriority\":\"NORMAL\",\"tracking\":{\"introZh\":\"\"}}";
        String after = before.replace("\"contactEmail\":\"OPTIONAL\"", "\"contactEmail\":\"REQUIRED\"")
                .replace("\"offered\":true", "\"offered\":false").replace("\"introZh\":\"\"", "\"introZh\":\"您好\"");

        assertThat(SettingsChangeText.of("intake-form", before, after, words(Locale.SIMPLIFIED_CHINESE))).containsExactly(
                new FieldChange("公开表单 · 电子邮箱", "选填", "必填"),
                new FieldChange("优先级 · 高 · 提供", "是", "否"),
                new FieldChange("跟踪页面 · 引言（中文）", "—", "您好"));
    }

    @Test
    void theInstitutionsOwnDescriptionReadsWithTheLanguageByName() {
        assertThat(SettingsChangeText.of("tenant",
                "{name=东湖检测, nameEn=null, locale=zh-CN, timeZone=Asia/Shanghai}",
                "{name=东湖检测, nameEn=Donghu Testing, locale=en, timeZone=Asia/Shanghai}", words(Locale.ENGLISH)))
                .containsExactly(new FieldChange("Name (English)", "—", "Donghu Testing"),
                        new FieldChange("Default language", "中文（简体）", "English"));
    }

    @Test
    void slaRulesNameTheirTypeAndDurationsAndPeopleByName() {
        String before = "{\"rules\":[{\"type\":\"DISPUTE\",\"emergency\":false,\"targets\":{\"FIRST_RESPONSE\":"
                + "{\"minutes\":480,\"business\":true}}}],\"warningPercent\":80,\"escalationRecipients\":\"\"}";
        String after = before.replace("480", "90").replace("80,", "70,").replace("\"escalationRecipients\":\"\"",
                "\"escalationRecipients\":\"zhang.wei\"");

        assertThat(SettingsChangeText.of("sla-policy", before, after, words(Locale.SIMPLIFIED_CHINESE))).containsExactly(
                new FieldChange("SLA 规则 · 异议 · 时限目标 · 首次响应 · 时限", "8 小时", "1 小时 30 分钟"),
                new FieldChange("预警点（已用时间占比）", "80 %", "70 %"),
                new FieldChange("升级通知对象", "—", "张伟"));
    }

    @Test
    void moduleSettingsUseTheModulesLabelsAndCalendarListsShowWhatCameAndWent() {
        assertThat(SettingsChangeText.of("module:complaints", "{\"ackDays\":\"5\",\"channel\":\"MAIL\"}",
                "{\"ackDays\":\"7\",\"channel\":\"PHONE\"}", words(Locale.ENGLISH))).containsExactly(
                new FieldChange("Days to acknowledge", "5", "7"), new FieldChange("Channel", "Mail", "Phone"));
        assertThat(SettingsChangeText.of("module:complaints", "enabled=false", "enabled=true",
                words(Locale.ENGLISH))).containsExactly(new FieldChange("Switched on", "No", "Yes"));
        assertThat(SettingsChangeText.of("calendar", "name: 中国大陆\nworkdays:\n- '2026-02-14'\n",
                "name: 中国大陆\nworkdays:\n- '2026-02-14'\n- '2027-02-07'\n", words(Locale.ENGLISH)))
                .containsExactly(new FieldChange("Make-up working days", "—", "2027-02-07"));
        assertThat(SettingsChangeText.of("plan", "*", "complaints", words(Locale.SIMPLIFIED_CHINESE)))
                .containsExactly(new FieldChange("可用模块", "全部模块", "投诉处理"));
    }
}
