package io.labdesk.platform.api.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Time on the current tenant's business calendar (its hours, holidays, make-up working days), for modules that
 * measure their own deadlines the way the platform measures service requests.
 */
public interface WorkingTime {

    /** When {@code length} has passed after {@code start}: business time on the calendar, or clock time. */
    Instant deadline(Instant start, Duration length, boolean business);

    /** Business time between two moments (zero when {@code to} is not after {@code from}). */
    Duration businessTimeBetween(Instant from, Instant to);

    /** The tenant's time zone, in which its dates (a report's issue date, a window's last day) are read. */
    ZoneId zone();
}
