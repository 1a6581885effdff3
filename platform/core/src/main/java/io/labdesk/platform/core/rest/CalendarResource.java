package io.labdesk.platform.core.rest;

import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.api.tenant.AccessDenied;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.core.sla.BusinessCalendar;
import io.labdesk.platform.core.sla.TenantCalendars;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /api/v1/calendar}: the institution's business calendar, and what it makes of a start and a span of
 * working time (the SLA preview of the admin console uses it).
 */
@Path("calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    private static final long MAX_MINUTES = 60L * 24 * 366 * 5;

    @Inject
    TenantCalendars calendars;

    @Inject
    CurrentTenant currentTenant;

    @GET
    public Calendar get() {
        BusinessCalendar c = calendar();
        return new Calendar(c.zone().getId(), c.weeklyHours().entrySet().stream()
                .map(e -> new Day(e.getKey().name(), e.getValue())).toList(),
                c.specialDays().entrySet().stream().map(e -> new SpecialDay(e.getKey().toString(),
                        e.getValue().name(), c.hoursOfDate(e.getKey()))).toList());
    }

    /** When {@code businessMinutes} of working time after {@code start} have passed. */
    @GET
    @Path("deadline")
    public Deadline deadline(@QueryParam("start") String start, @QueryParam("businessMinutes") String minutes) {
        Instant from = instant("start", start);
        long span = minutes("businessMinutes", minutes);
        BusinessCalendar c = calendar();
        Instant due = c.deadline(from, Duration.ofMinutes(span));
        return new Deadline(from.atZone(c.zone()).toOffsetDateTime().toString(), span,
                due.atZone(c.zone()).toOffsetDateTime().toString());
    }

    /** Working time between two instants. */
    @GET
    @Path("span")
    public Span span(@QueryParam("from") String from, @QueryParam("to") String to) {
        Instant a = instant("from", from);
        Instant b = instant("to", to);
        return new Span(from, to, calendar().businessTimeBetween(a, b).toMinutes());
    }

    private BusinessCalendar calendar() {
        if (currentTenant.id().isEmpty()) {
            throw new AccessDenied(Set.of());
        }
        return calendars.defaultCalendar();
    }

    private static Instant instant(String field, String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidInput(Map.of(field, "validation.instant"));
        }
    }

    private static long minutes(String field, String value) {
        try {
            long m = Long.parseLong(value);
            if (m < 0 || m > MAX_MINUTES) {
                throw new NumberFormatException();
            }
            return m;
        } catch (NumberFormatException e) {
            throw new InvalidInput(Map.of(field, "validation.minutes"));
        }
    }

    public record Calendar(String timeZone, List<Day> weeklyHours, List<SpecialDay> specialDays) {
    }

    public record Day(String day, List<String> hours) {
    }

    public record SpecialDay(String date, String kind, List<String> hours) {
    }

    public record Deadline(String start, long businessMinutes, String deadline) {
    }

    public record Span(String from, String to, long businessMinutes) {
    }
}
