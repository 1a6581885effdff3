package io.labdesk.platform.api.tenant;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How LabDesk writes a moment for people: minutes in the institution's time zone ("2026-11-20 16:30"). */
public final class LocalTimes {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private LocalTimes() {
    }

    /** {@code at} in {@code zone}; empty for no moment. */
    public static String format(Instant at, ZoneId zone) {
        return at == null ? "" : MINUTES.format(at.atZone(zone));
    }
}
