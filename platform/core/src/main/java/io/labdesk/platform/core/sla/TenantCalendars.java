package io.labdesk.platform.core.sla;

import io.labdesk.platform.api.data.ConcurrentEdit;
import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.settings.SettingsHistory;
import io.labdesk.platform.core.tenant.NotFound;
import io.labdesk.platform.core.tenant.Tenant;
import io.labdesk.platform.core.tenant.TenantContext;
import io.labdesk.platform.core.tenant.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The current tenant's business calendars; the default one measures its SLA targets. */
@ApplicationScoped
public class TenantCalendars {

    @Inject
    TenantData tenantData;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    SettingsHistory history;

    /** The calendar that measures the tenant's SLA targets, as its admin edits it, with the version to name. */
    public record Edition(CalendarDefinition definition, long version) {
    }

    /** Parsed calendars by id and version: parsing and tabulating happens once per change, not per request. */
    private final Map<UUID, Map.Entry<Long, BusinessCalendar>> parsed = new ConcurrentHashMap<>();

    @Transactional
    public BusinessCalendar defaultCalendar() {
        return parsed(findDefault().orElseThrow(() -> new NotFound("business calendar", null)));
    }

    private BusinessCalendar parsed(StoredCalendar stored) {
        Map.Entry<Long, BusinessCalendar> cached = parsed.get(stored.id());
        if (cached != null && cached.getKey() == stored.version()) {
            return cached.getValue();
        }
        BusinessCalendar calendar = CalendarTemplates.parse(stored.name(), stored.definition()).calendar();
        parsed.put(stored.id(), Map.entry(stored.version(), calendar));
        return calendar;
    }

    /**
     * The calendar SLA targets are measured on: the default one, or, for a tenant that has none yet, Monday to
     * Friday 09:00-12:00 and 13:00-17:00 in the tenant's time zone.
     */
    @Transactional
    public BusinessCalendar measuringCalendar() {
        Optional<StoredCalendar> stored = findDefault();
        if (stored.isPresent()) {
            return parsed(stored.get());
        }
        ZoneId zone = ZoneId.of(tenantData.em().find(Tenant.class, TenantContext.current().orElseThrow().tenantId())
                .timeZone());
        return BusinessCalendar.builder(zone).hours(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), List.of("09:00-12:00", "13:00-17:00")).build();
    }

    @Transactional
    public Optional<StoredCalendar> findDefault() {
        return tenantData.em().createQuery("SELECT c FROM StoredCalendar c WHERE c.isDefault = true",
                StoredCalendar.class).getResultStream().findFirst();
    }

    /** Adds a calendar to the current tenant, checked by parsing it first; the first one becomes the default. */
    @Transactional
    public StoredCalendar add(String name, String definition) {
        CalendarTemplates.parse(name, definition);
        boolean first = findDefault().isEmpty();
        StoredCalendar calendar = new StoredCalendar(name, definition, first);
        tenantData.em().persist(calendar);
        return calendar;
    }

    /** A calendar copied from shipped calendar {@code template}, which then takes the years added to it later. */
    @Transactional
    public StoredCalendar addFollowing(String template, String definition) {
        StoredCalendar calendar = add(template, definition);
        calendar.follow(template, HolidayCoverage.years(CalendarDefinition.parse(definition)));
        return calendar;
    }

    /** The shipped calendar (tenants/calendars/) the institution's calendar follows, if any. */
    @Transactional
    public Optional<String> followedCalendar() {
        return findDefault().flatMap(StoredCalendar::followsTemplate);
    }

    /** The years from today's to the one {@link HolidayCoverage#WARNING_DAYS} days ahead without holiday data. */
    @Transactional
    public List<Integer> missingYears() {
        Edition edition = edition();
        LocalDate today = LocalDate.now(ZoneId.of(edition.definition().timeZone()));
        return HolidayCoverage.missingYears(edition.definition(), today);
    }

    /**
     * Takes the years of shipped calendar {@code template} that this institution's calendar has not taken yet, if
     * it follows that calendar: their holidays and make-up working days join its own, unless it already has days of
     * that year (its admin's own then stay); its week and date overrides stay. Recorded in the settings history.
     * A calendar named after a template and never compared before (older institutions) starts following it here.
     *
     * @return the years added
     */
    @Transactional
    public List<Integer> takeNewYears(String template, CalendarDefinition shipped) {
        Optional<StoredCalendar> found = findDefault();
        if (found.isEmpty()) {
            return List.of();
        }
        StoredCalendar stored = found.get();
        if (stored.followsTemplate().isEmpty() && stored.templateYears() == null && template.equals(stored.name())) {
            stored.follow(template, java.util.Set.of());
        }
        if (!stored.followsTemplate().map(template::equals).orElse(false)) {
            return List.of();
        }
        CalendarDefinition own = CalendarDefinition.parse(stored.definition());
        java.util.Set<Integer> taken = new java.util.TreeSet<>(stored.templateYears());
        java.util.SortedSet<Integer> offered = HolidayCoverage.years(shipped);
        java.util.Set<Integer> added = new java.util.TreeSet<>(offered);
        added.removeAll(taken);
        added.removeAll(HolidayCoverage.years(own));
        taken.addAll(offered);
        stored.follow(template, taken);
        if (!added.isEmpty()) {
            String before = own.yaml();
            String after = own.withYearsOf(shipped, added).yaml();
            stored.redefine(after);
            history.record("calendar", before, after);
        }
        try {
            tenantData.em().flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEdit("The business calendar");
        }
        return List.copyOf(added);
    }

    @Transactional
    public Edition edition() {
        return findDefault().map(c -> new Edition(CalendarDefinition.parse(c.definition()), c.version()))
                .orElseGet(() -> {
                    BusinessCalendar fallback = measuringCalendar();
                    return new Edition(new CalendarDefinition("Working week", "Working week",
                            fallback.zone().getId(), fallback.weeklyHours(), List.of(), List.of(), Map.of()), 0);
                });
    }

    /**
     * A tenant admin's new calendar, checked whole and refused when someone changed it since
     * {@code expectedVersion}. Deadlines already set stay; new ones are measured on it.
     */
    @Transactional
    public Edition update(CalendarDefinition definition, long expectedVersion) {
        currentTenant.requireAny(TenantRole.TENANT_ADMIN);
        Map<String, String> problems = definition.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Optional<StoredCalendar> stored = findDefault();
        if (stored.map(StoredCalendar::version).orElse(0L) != expectedVersion) {
            throw new ConcurrentEdit("The business calendar");
        }
        String after = definition.yaml();
        String before = stored.map(c -> CalendarDefinition.parse(c.definition()).yaml()).orElse(null);
        if (!after.equals(before)) {
            if (stored.isPresent()) {
                stored.get().redefine(after);
            } else {
                add("custom", after);
            }
            history.record("calendar", before, after);
            try {
                tenantData.em().flush();
            } catch (OptimisticLockException e) {
                throw new ConcurrentEdit("The business calendar");
            }
        }
        return edition();
    }
}
