package io.labdesk.platform.core.sla;

import io.labdesk.platform.api.sla.WorkingTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** {@link WorkingTime} on the calendar the tenant's SLA targets are measured on. */
@ApplicationScoped
public class TenantWorkingTime implements WorkingTime {

    @Inject
    TenantCalendars calendars;

    @Override
    public Instant deadline(Instant start, Duration length, boolean business) {
        return business ? calendars.measuringCalendar().deadline(start, length) : start.plus(length);
    }

    @Override
    public Duration businessTimeBetween(Instant from, Instant to) {
        return calendars.measuringCalendar().businessTimeBetween(from, to);
    }

    @Override
    public ZoneId zone() {
        return calendars.measuringCalendar().zone();
    }
}
