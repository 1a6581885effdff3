package io.labdesk.platform.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.platform.api.tenant.TenantRole;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LabDeskTranslationsTest {

    private final LabDeskTranslations translations = new LabDeskTranslations();

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("i18n/labdesk_zh_CN.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("i18n/labdesk.properties").stringPropertyNames());
    }

    @Test
    void platformMessagesHaveTheSameKeysInBothLanguagesAndReachTheUi() throws IOException {
        assertThat(load("i18n/labdesk-core_zh_CN.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("i18n/labdesk-core.properties").stringPropertyNames());
        assertThat(translations.getTranslation("validation.timeZone", Locale.SIMPLIFIED_CHINESE)).contains("时区");
    }

    @Test
    void everySecurityEventKindHasANameInBothLanguages() {
        for (var kind : io.labdesk.platform.core.security.SecurityEvent.Kind.values()) {
            assertThat(translations.getTranslation("log.kind." + kind.name(), Locale.SIMPLIFIED_CHINESE)).doesNotContain("!");
            assertThat(translations.getTranslation("log.kind." + kind.name(), Locale.ENGLISH)).doesNotContain("!");
        }
    }

    @Test
    void everyTenantRoleHasANameInBothLanguages() {
        for (TenantRole role : TenantRole.values()) {
            assertThat(translations.getTranslation(role.messageKey(), Locale.SIMPLIFIED_CHINESE)).doesNotContain("!");
            assertThat(translations.getTranslation(role.messageKey(), Locale.ENGLISH)).doesNotContain("!");
        }
        assertThat(translations.getTranslation("role.QUALITY_MANAGER", Locale.SIMPLIFIED_CHINESE)).isEqualTo("质量负责人");
        assertThat(translations.getTranslation("role.QUALITY_MANAGER", Locale.ENGLISH)).isEqualTo("Quality manager");
    }

    @Test
    void formatsParametersAndFallsBackToChineseForOtherLanguages() {
        assertThat(translations.getTranslation("home.welcome", Locale.SIMPLIFIED_CHINESE, "张伟")).isEqualTo("欢迎，张伟");
        assertThat(translations.getTranslation("home.welcome", Locale.UK, "Ada")).isEqualTo("Welcome, Ada");
        // No institution in sight: LabDesk's own default, as for a new institution.
        assertThat(translations.getTranslation("home.welcome", Locale.GERMAN, "Ada")).isEqualTo("欢迎，Ada");
        assertThat(translations.getTranslation("home.welcome", Locale.TRADITIONAL_CHINESE, "張偉")).startsWith("欢迎");
    }

    @Test
    void missingKeysAreVisible() {
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LabDeskTranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
