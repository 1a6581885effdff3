package io.labdesk.platform.api.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.platform.api.module.Text;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    private static final Locale FRENCH = Locale.FRENCH;
    private static final Locale ANY = Locale.of("*");

    @Test
    void theReadersOwnLanguageWinsOverTheInstitutions() {
        assertThat(Languages.choose(Locale.ENGLISH, Languages.CHINESE)).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.choose(Locale.TRADITIONAL_CHINESE, Languages.ENGLISH)).isEqualTo(Languages.CHINESE);
        assertThat(Languages.choose(Locale.UK, Languages.CHINESE)).isEqualTo(Languages.ENGLISH);
    }

    @Test
    void aReaderWhoseLanguageIsUnknownOrNotSpokenGetsTheInstitutionsDefault() {
        assertThat(Languages.choose((Locale) null, Languages.ENGLISH)).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.choose(FRENCH, Languages.ENGLISH)).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.choose((Locale) null, Languages.CHINESE)).isEqualTo(Languages.CHINESE);
        assertThat(Languages.choose(FRENCH, Locale.forLanguageTag("en-US"))).isEqualTo(Languages.ENGLISH);
    }

    @Test
    void withNoInstitutionInSightEitherLabDeskAnswersInChinese() {
        assertThat(Languages.choose((Locale) null, null)).isEqualTo(Languages.CHINESE);
        assertThat(Languages.choose(FRENCH, FRENCH)).isEqualTo(Languages.CHINESE);
    }

    @Test
    void aBrowsersListGivesTheFirstSpokenLanguageElseTheInstitutionsDefault() {
        assertThat(Languages.choose(List.of(FRENCH, Locale.ENGLISH, Locale.CHINA), Languages.CHINESE))
                .isEqualTo(Languages.ENGLISH);
        assertThat(Languages.choose(List.of(ANY), Languages.ENGLISH)).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.choose(List.of(), Languages.ENGLISH)).isEqualTo(Languages.ENGLISH);
    }

    @Test
    void storedTagsMeanTheirLanguage() {
        assertThat(Languages.spoken("zh-CN")).contains(Languages.CHINESE);
        assertThat(Languages.spoken("en")).contains(Languages.ENGLISH);
        assertThat(Languages.spoken("fr")).isEmpty();
        assertThat(Languages.spoken(" ")).isEmpty();
        assertThat(Languages.TAGS).containsExactly("zh-CN", "en");
    }

    @Test
    void storedTagsAreShownByTheLanguagesName() {
        assertThat(Languages.name("zh-CN")).isEqualTo("中文（简体）");
        assertThat(Languages.name("zh")).isEqualTo("中文（简体）");
        assertThat(Languages.name("en")).isEqualTo("English");
        assertThat(Languages.name("fr")).isEqualTo("fr");
        assertThat(Languages.name(" ")).isNull();
    }

    @Test
    void aModulesTextFollowsTheSameRule() {
        Text greeting = Text.of("您好", "Hello");
        assertThat(greeting.in(Locale.ENGLISH)).isEqualTo("Hello");
        assertThat(greeting.in(Languages.choose(FRENCH, Languages.ENGLISH))).isEqualTo("Hello");
        assertThat(greeting.in(null)).isEqualTo("您好");
    }
}
