package io.labdesk.modules.complaints.domain;

import java.util.Locale;

/** The two languages a complainant reads and letters are written in, as stored: {@code zh-CN} and {@code en}. */
public final class Languages {

    public static final String CHINESE = "zh-CN";
    public static final String ENGLISH = "en";

    private Languages() {
    }

    /** English for a tag starting with "en", Chinese for anything else (or none). */
    public static String code(String tag) {
        return tag != null && tag.startsWith("en") ? ENGLISH : CHINESE;
    }

    public static String of(Locale locale) {
        return code(locale == null ? null : locale.getLanguage());
    }

    public static Locale locale(String tag) {
        return ENGLISH.equals(code(tag)) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
