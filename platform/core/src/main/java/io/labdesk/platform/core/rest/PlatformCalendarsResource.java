package io.labdesk.platform.core.rest;

import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.core.sla.CalendarDefinition;
import io.labdesk.platform.core.sla.ShippedCalendars;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/platform/calendars}: the shipped calendars (tenants/calendars/) as the operator keeps them, and
 * the institutions whose calendar is about to run out of holidays (realm role platform-admin).
 */
@Path("platform/calendars")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlatformCalendarsResource {

    @Inject
    ShippedCalendars shipped;

    /** A year's official holidays and make-up working days; the answer says how many institutions took them. */
    @PUT
    @Path("{id}/years/{year}")
    public YearTaken putYear(@PathParam("id") String id, @PathParam("year") int year, Year days) {
        List<CalendarDefinition.Holiday> holidays;
        List<LocalDate> workdays;
        try {
            holidays = days == null || days.holidays() == null ? List.of() : days.holidays().stream()
                    .map(h -> new CalendarDefinition.Holiday(LocalDate.parse(h.from()), LocalDate.parse(h.to()),
                            h.name())).toList();
            workdays = days == null || days.workdays() == null ? List.of()
                    : days.workdays().stream().map(LocalDate::parse).toList();
        } catch (DateTimeException | NullPointerException e) {
            throw new InvalidInput(Map.of("holidays", "validation.calendar.dates"));
        }
        return new YearTaken(id, year, shipped.putYear(id, year, holidays, workdays));
    }

    /** The institutions whose calendar has no holidays for this year or one starting within 60 days. */
    @GET
    @Path("shortfalls")
    public List<Shortfall> shortfalls() {
        return shipped.shortfalls().stream().map(s -> new Shortfall(s.tenant().slug(), s.tenant().nameZh(), s.tenant().nameEn(),
                s.years())).toList();
    }

    public record Year(List<CalendarResource.Holiday> holidays, List<String> workdays) {
    }

    public record YearTaken(String calendar, int year, int institutions) {
    }

    public record Shortfall(String slug, String name, String nameEn, List<Integer> years) {
    }
}
