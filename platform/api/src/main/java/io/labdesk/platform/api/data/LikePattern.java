package io.labdesk.platform.api.data;

import java.util.Locale;

/** Text a user searches for, as a lower-case SQL LIKE pattern matching it anywhere; use with ESCAPE '\'. */
public final class LikePattern {

    /** The escape clause to write after {@code LIKE :param}. */
    public static final String ESCAPE = " ESCAPE '\\'";

    private LikePattern() {
    }

    public static String containing(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
    }
}
