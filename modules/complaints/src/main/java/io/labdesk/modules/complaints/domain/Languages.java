package io.labdesk.modules.complaints.domain;

import java.util.Locale;

/**
 * The two languages a complainant reads and letters are written in, as stored: {@code zh-CN} and {@code en}. Which
 * one follows the platform's rule ({@link io.labdesk.platform.api.language.Languages}).
 */
public final class Languages {

    public static final String CHINESE = io.labdesk.platform.api.language.Languages.CHINESE.toLanguageTag();
    public static final String ENGLISH = io.labdesk.platform.api.language.Languages.ENGLISH.toLanguageTag();

    private Languages() {
    }

    /** The stored tag of the language {@code tag} means. */
    public static String code(String tag) {
        return locale(tag).toLanguageTag();
    }

    public static String of(Locale locale) {
        return io.labdesk.platform.api.language.Languages.choose(locale, null).toLanguageTag();
    }

    public static Locale locale(String tag) {
        return io.labdesk.platform.api.language.Languages.choose(
                io.labdesk.platform.api.language.Languages.spoken(tag).orElse(null), null);
    }
}
