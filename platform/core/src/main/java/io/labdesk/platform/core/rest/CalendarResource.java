package io.labdesk.platform.core.rest;

import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.api.tenant.AccessDenied;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.core.sla.BusinessCalendar;
import io.labdesk.platform.core.sla.CalendarDefinition;
import io.labdesk.platform.core.sla.CalendarIcs;
import io.labdesk.platform.core.sla.ShippedCalendars;
import io.labdesk.platform.core.sla.TenantCalendars;
import io.labdesk.platform.core.tenant.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
    ShippedCalendars shipped;

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

    /** The calendar as its admin edits it: working week, holidays, make-up working days, overrides. */
    @GET
    @Path("definition")
    public Definition definition() {
        calendar();
        TenantCalendars.Edition edition = calendars.edition();
        return Definition.of(edition.definition(), edition.version());
    }

    @PUT
    @Path("definition")
    @Consumes(MediaType.APPLICATION_JSON)
    public Definition update(Definition change) {
        TenantCalendars.Edition edition = calendars.update(change.toDefinition(), change.version());
        return Definition.of(edition.definition(), edition.version());
    }

    /**
     * Whether the calendar knows the holidays of this year and of one starting within 60 days, and which shipped
     * calendar it follows (whose new years it takes by itself).
     */
    @GET
    @Path("coverage")
    public Coverage coverage() {
        calendar();
        return new Coverage(calendars.missingYears(), calendars.followedCalendar().orElse(null));
    }

    /**
     * Lets the calendar follow shipped calendar {@code follows} (its new years and corrections then arrive by
     * themselves) or, with null, stop following one; recorded in the settings history.
     */
    @PUT
    @Path("coverage")
    @Consumes(MediaType.APPLICATION_JSON)
    public Coverage follow(Coverage change) {
        calendar();
        String id = change == null ? null : change.follows();
        CalendarDefinition template = null;
        if (id != null) {
            template = shipped.available().get(id);
            if (template == null) {
                throw new InvalidInput(Map.of("follows", "validation.calendar.template"));
            }
        }
        calendars.follow(id, template);
        return coverage();
    }

    /** The calendar templates an institution may start from (tenants/calendars/). */
    @GET
    @Path("templates")
    public List<TemplateView> templates() {
        calendar();
        return shipped.available().entrySet().stream()
                .map(e -> new TemplateView(e.getKey(), e.getValue().label(false), e.getValue().label(true))).toList();
    }

    @GET
    @Path("templates/{id}")
    public Definition template(@PathParam("id") String id) {
        calendar();
        CalendarDefinition template = shipped.available().get(id);
        if (template == null) {
            throw new NotFound("calendar template", null);
        }
        return Definition.of(template, 0);
    }

    /** Holidays and make-up working days as iCalendar. */
    @GET
    @Path("ics")
    @Produces("text/calendar")
    public Response exportIcs() {
        calendar();
        return Response.ok(CalendarIcs.export(calendars.edition().definition()))
                .header("Content-Disposition", "attachment; filename=\"calendar.ics\"").build();
    }

    /** Adds the days of an iCalendar file to the calendar and saves it ({@code version}: the one read). */
    @POST
    @Path("ics")
    @Consumes({"text/calendar", MediaType.TEXT_PLAIN})
    public Definition importIcs(@QueryParam("version") long version, String ics) {
        CalendarDefinition merged;
        try {
            merged = calendars.edition().definition().withIcs(ics == null ? "" : ics);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(Map.of("ics", "validation.calendar.ics"));
        }
        TenantCalendars.Edition edition = calendars.update(merged, version);
        return Definition.of(edition.definition(), edition.version());
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

    public record Holiday(String from, String to, String name) {
    }

    public record TemplateView(String id, String name, String nameEn) {
    }

    /** {@code missingYears}: years without holidays, to add by hand or import; {@code follows}: a template id. */
    public record Coverage(List<Integer> missingYears, String follows) {
    }

    /** A calendar's definition; days of the week and dates as text (MONDAY, 2026-10-01). */
    public record Definition(String name, String nameEn, String timeZone, Map<String, List<String>> week,
                             List<Holiday> holidays, List<String> workdays, Map<String, List<String>> overrides,
                             long version) {

        static Definition of(CalendarDefinition d, long version) {
            Map<String, List<String>> week = new LinkedHashMap<>();
            d.week().forEach((day, hours) -> week.put(day.name(), hours));
            Map<String, List<String>> overrides = new LinkedHashMap<>();
            d.overrides().forEach((date, hours) -> overrides.put(date.toString(), hours));
            return new Definition(d.name(), d.nameEn(), d.timeZone(), week, d.holidays().stream()
                    .map(h -> new Holiday(h.from().toString(), h.to().toString(), h.name())).toList(),
                    d.workdays().stream().map(LocalDate::toString).toList(), overrides, version);
        }

        CalendarDefinition toDefinition() {
            try {
                Map<DayOfWeek, List<String>> days = new EnumMap<>(DayOfWeek.class);
                if (week != null) {
                    week.forEach((day, hours) -> days.put(DayOfWeek.valueOf(day), hours == null ? List.of() : hours));
                }
                Map<LocalDate, List<String>> dates = new TreeMap<>();
                if (overrides != null) {
                    overrides.forEach((date, hours) -> dates.put(LocalDate.parse(date),
                            hours == null ? List.of() : hours));
                }
                return new CalendarDefinition(name, nameEn, timeZone, days, holidays == null ? List.of()
                        : holidays.stream().map(h -> new CalendarDefinition.Holiday(LocalDate.parse(h.from()),
                        LocalDate.parse(h.to()), h.name())).toList(),
                        workdays == null ? List.of() : workdays.stream().map(LocalDate::parse).toList(), dates);
            } catch (IllegalArgumentException | NullPointerException | java.time.DateTimeException e) {
                throw new InvalidInput(Map.of("calendar", "validation.calendar.dates"));
            }
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
