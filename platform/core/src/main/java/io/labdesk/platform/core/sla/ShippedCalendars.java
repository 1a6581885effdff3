package io.labdesk.platform.core.sla;

import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.api.tenant.AccessDenied;
import io.labdesk.platform.core.tenant.NotFound;
import io.labdesk.platform.core.tenant.Tenant;
import io.labdesk.platform.core.tenant.TenantContext;
import io.labdesk.platform.core.tenant.TenantData;
import io.labdesk.platform.core.tenant.TenantDirectory;
import io.labdesk.platform.core.tenant.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The calendars shipped in tenants/calendars/ as the operator keeps them: the files, with the years the operator
 * added or corrected in the database over them (several servers share the database, not a disk). A year added
 * or corrected once reaches every institution whose calendar follows that calendar; and which institutions'
 * calendars lack the holidays of a year that has begun or begins soon.
 */
@ApplicationScoped
public class ShippedCalendars {

    private static final Logger LOG = Logger.getLogger(ShippedCalendars.class.getName());

    @Inject
    TenantDirectory directory;

    @Inject
    TenantTransactions transactions;

    @Inject
    TenantCalendars calendars;

    @Inject
    TenantData tenantData;

    /** An institution whose calendar has no holidays for {@code years}. */
    public record Shortfall(Tenant tenant, List<Integer> years) {
    }

    /** The shipped calendars by id: each file with the operator's years of it merged over the file's. */
    public SortedMap<String, CalendarDefinition> available() {
        SortedMap<String, CalendarDefinition> merged = CalendarTemplates.available();
        List<?> rows = transactions.newTransaction(() -> tenantData.em().createNativeQuery(
                "SELECT calendar_id, year, days FROM shipped_calendar_year ORDER BY calendar_id, year")
                .getResultList());
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            String id = (String) r[0];
            CalendarDefinition file = merged.get(id);
            if (file == null) {
                continue;
            }
            CalendarDefinition days = CalendarDefinition.parse((String) r[2]);
            merged.put(id, file.withYear(((Number) r[1]).intValue(), days.holidays(), days.workdays()));
        }
        return merged;
    }

    /** Shipped calendar {@code id} with the operator's years, if there is one. */
    public Optional<CalendarDefinition> find(String id) {
        return Optional.ofNullable(available().get(id));
    }

    /** What a person sees as the shipped calendar's name, with the years it knows (from its data). */
    public String label(String id, Locale locale) {
        return find(id).map(d -> d.label("en".equals(locale.getLanguage()))).orElse(id);
    }

    /**
     * Sets {@code year}'s holidays and make-up working days of shipped calendar {@code id} (the year's official
     * notice, or a correction of it), keeps them in the database and hands the year to every institution that
     * follows the calendar.
     *
     * @return how many institutions took it
     */
    public int putYear(String id, int year, List<CalendarDefinition.Holiday> holidays, List<LocalDate> workdays) {
        requirePlatformAdmin();
        CalendarDefinition current = find(validId(id)).orElseThrow(() -> new NotFound("calendar template", null));
        Map<String, String> problems = new LinkedHashMap<>();
        if (year < 2000 || year > 2100) {
            problems.put("year", "validation.calendar.year");
        } else {
            if (holidays.isEmpty()) {
                problems.put("holidays", "validation.calendar.yearHolidays");
            }
            for (CalendarDefinition.Holiday h : holidays) {
                if (h.from() == null || h.to() == null || h.from().getYear() != year || h.to().isBefore(h.from())
                        || h.to().toEpochDay() - h.from().toEpochDay() > 31 || h.name() == null
                        || h.name().isBlank()) {
                    problems.put("holidays", "validation.calendar.yearHoliday");
                }
            }
            if (workdays.stream().anyMatch(d -> d == null || d.getYear() != year)) {
                problems.put("workdays", "validation.calendar.yearWorkdays");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        CalendarDefinition changed = current.withYear(year, holidays, workdays);
        problems.putAll(changed.problems());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String days = changed.daysOf(Set.of(year)).yaml();
        String actor = TenantContext.actor();
        transactions.newTransaction(() -> tenantData.em().createNativeQuery("""
                        INSERT INTO shipped_calendar_year (calendar_id, year, days, changed_by, changed_at)
                        VALUES (:id, :year, :days, :actor, now())
                        ON CONFLICT (calendar_id, year)
                        DO UPDATE SET days = EXCLUDED.days, changed_by = EXCLUDED.changed_by, changed_at = now()""")
                .setParameter("id", id).setParameter("year", year).setParameter("days", days)
                .setParameter("actor", actor).executeUpdate());
        return spread(id);
    }

    /** Hands shipped calendar {@code id}'s new and corrected years to the institutions that follow it. */
    public int spread(String id) {
        CalendarDefinition shipped = available().get(id);
        return shipped == null ? 0 : spread(id, shipped);
    }

    private int spread(String id, CalendarDefinition shipped) {
        int reached = 0;
        for (Tenant tenant : directory.allTenants()) {
            try {
                if (!transactions.inTenant(tenant.id(), () -> calendars.takeShippedYears(id, shipped)).isEmpty()) {
                    reached++;
                }
            } catch (RuntimeException e) {
                // One institution's stale or broken calendar must not keep the year from the others.
                LOG.log(Level.WARNING, "Calendar " + id + " not taken by " + tenant.slug(), e);
            }
        }
        return reached;
    }

    /** On start: every shipped calendar's years reach the institutions that follow it (a file edited by hand). */
    public void spreadAll() {
        available().forEach(this::spread);
    }

    /**
     * The institutions whose calendar lacks the holidays of this year or of one starting within 60 days: every
     * institution's default calendar read in one query (a platform read of business_calendar, 0022).
     */
    public List<Shortfall> shortfalls() {
        requirePlatformAdmin();
        Map<UUID, String> definitions = new HashMap<>();
        transactions.newTransaction(() -> {
            tenantData.em().createNativeQuery("SELECT set_config('labdesk.platform_read', 'calendars', true)")
                    .getSingleResult();
            for (Object row : tenantData.em().createNativeQuery(
                    "SELECT tenant_id, definition FROM business_calendar WHERE is_default").getResultList()) {
                Object[] r = (Object[]) row;
                definitions.put((UUID) r[0], (String) r[1]);
            }
            return null;
        });
        List<Shortfall> shortfalls = new ArrayList<>();
        for (Tenant tenant : directory.allTenants()) {
            List<Integer> years;
            try {
                String text = definitions.get(tenant.id());
                // Without a calendar of its own an institution counts every weekday: it lacks every year.
                CalendarDefinition definition = text == null ? new CalendarDefinition("", null, tenant.timeZone(),
                        Map.of(), List.of(), List.of(), Map.of()) : CalendarDefinition.parse(text);
                years = HolidayCoverage.missingYears(definition);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Calendar of " + tenant.slug() + " unreadable", e);
                continue;
            }
            if (!years.isEmpty()) {
                shortfalls.add(new Shortfall(tenant, years));
            }
        }
        return shortfalls;
    }

    private static String validId(String id) {
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]{0,62}")) {
            throw new NotFound("calendar template", null);
        }
        return id;
    }

    private static void requirePlatformAdmin() {
        if (!TenantContext.current().map(TenantContext.Binding::platformAdmin).orElse(false)) {
            throw new AccessDenied(Set.of());
        }
    }
}
