package io.labdesk.platform.ui.admin.securitylog;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.platform.api.module.SettingField;
import io.labdesk.platform.core.security.SecurityEvent.Kind;
import io.labdesk.platform.ui.admin.history.SettingsChangeText;
import io.labdesk.platform.ui.i18n.LabDeskTranslations;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecurityEventTextTest {

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
                return Optional.empty();
            }

            @Override
            public String moduleName(String moduleId) {
                return moduleId;
            }

            @Override
            public String typeName(String code) {
                return code;
            }

            @Override
            public String staffName(String username) {
                return Map.of("zhou.qing", "周青").getOrDefault(username, username);
            }
        };
    }

    @Test
    void rolesReadByTheirNamesAndMembersByTheirs() {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        assertThat(SecurityEventText.detail(Kind.MEMBER_ADDED, "roles=[FOLLOW_UP, TESTER]", words(zh)))
                .isEqualTo("角色: 回访人员、测试人员");
        assertThat(SecurityEventText.detail(Kind.ROLES_CHANGED, "before=[TESTER] after=[SUPERVISOR, TESTER]",
                words(Locale.ENGLISH))).isEqualTo("Roles: Tester → Supervisor, Tester");
        assertThat(SecurityEventText.subject(Kind.MEMBER_ADDED, "zhou.qing", words(zh))).isEqualTo("周青");
    }

    @Test
    void settingsChangesReadFieldByField() {
        assertThat(SecurityEventText.detail(Kind.TENANT_SETTINGS_CHANGED,
                "before={name=东湖, nameEn=null, locale=zh-CN, timeZone=Asia/Shanghai} "
                        + "after={name=东湖, nameEn=null, locale=en, timeZone=Asia/Shanghai}", words(Locale.ENGLISH)))
                .isEqualTo("Default language: 中文（简体） → English");
    }
}
