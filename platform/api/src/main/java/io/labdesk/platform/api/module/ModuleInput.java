package io.labdesk.platform.api.module;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Values a module's REST resource reads from text, refused with the same translated message in every module
 * ({@link InvalidModuleInput} on {@code field}).
 */
public final class ModuleInput {

    private ModuleInput() {
    }

    /** A date such as 2026-11-23. */
    public static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(String.valueOf(text).strip());
        } catch (DateTimeParseException e) {
            throw InvalidModuleInput.of(field, Text.of("日期格式为 2026-11-23。", "A date such as 2026-11-23."));
        }
    }

    /** A date such as 2026-11-23, or null for nothing given. */
    public static LocalDate optionalDate(String field, String text) {
        return text == null || text.isBlank() ? null : date(field, text);
    }

    /** A time with its offset, such as 2026-11-23T09:30+08:00. */
    public static Instant instant(String field, String text) {
        try {
            return OffsetDateTime.parse(String.valueOf(text).strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidModuleInput.of(field, Text.of("时间格式为 2026-11-23T09:30+08:00。",
                    "A time such as 2026-11-23T09:30+08:00."));
        }
    }

    /** A decimal number such as 12.5, or null for nothing given. */
    public static BigDecimal optionalNumber(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidModuleInput.of(field, Text.of("“" + text.strip() + "”不是数字。",
                    "\"" + text.strip() + "\" is not a number."));
        }
    }
}
