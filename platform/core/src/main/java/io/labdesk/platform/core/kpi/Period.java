package io.labdesk.platform.core.kpi;

import io.labdesk.platform.api.data.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/** A reporting period: whole days from {@code from} up to, not including, {@code to}, in the institution's zone. */
public record Period(LocalDate from, LocalDate to) {

    /** Longest period one report covers. */
    static final int MAX_DAYS = 3 * 366;

    public Period {
        if (from == null || to == null || !to.isAfter(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new InvalidInput(Map.of("to", "validation.period"));
        }
    }

    /** The calendar month of {@code day}. */
    public static Period monthOf(LocalDate day) {
        LocalDate first = day.withDayOfMonth(1);
        return new Period(first, first.plusMonths(1));
    }

    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    public Instant end(ZoneId zone) {
        return to.atStartOfDay(zone).toInstant();
    }
}
