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
        return HolidayCoverage.missingYears(edition().definition());
    }

    /**
     * Takes from shipped calendar {@code template}, if this institution's calendar follows it, the years it has not
     * taken yet and the corrections of the years it took: a new year's holidays and make-up working days join its
     * own, unless it already has days of that year (its admin's own then stay); a corrected year loses the days the
     * shipped calendar no longer has and gains its new ones, the institution's own days of it staying. Its week and
     * date overrides stay. Recorded in the settings history. A calendar named after a template and never compared
     * before (older institutions) starts following it here.
     *
     * @return the years added or corrected
     */
    @Transactional
    public List<Integer> takeShippedYears(String template, CalendarDefinition shipped) {
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
        CalendarDefinition was = stored.templateDays() == null ? null : CalendarDefinition.parse(stored.templateDays());
        java.util.Set<Integer> taken = new java.util.TreeSet<>(stored.templateYears());
        java.util.SortedSet<Integer> offered = HolidayCoverage.years(shipped);
        java.util.Set<Integer> added = new java.util.TreeSet<>(offered);
        added.removeAll(taken);
        added.removeAll(HolidayCoverage.years(own));
        CalendarDefinition after = own.withYearsOf(shipped, added);
        java.util.Set<Integer> changed = new java.util.TreeSet<>(added);
        if (was != null) {
            for (int year : taken) {
                java.util.Set<Integer> only = java.util.Set.of(year);
                if (offered.contains(year) && !sameDays(was.daysOf(only), shipped.daysOf(only))) {
                    after = after.withCorrection(year, was, shipped);
                    changed.add(year);
                }
            }
        }
        taken.addAll(offered);
        stored.follow(template, taken);
        stored.tookDays(shipped.daysOf(taken).yaml());
        String before = own.yaml();
        if (!after.yaml().equals(before)) {
            stored.redefine(after.yaml());
            history.record("calendar", before, after.yaml());
        }
        try {
            tenantData.em().flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEdit("The business calendar");
        }
        return List.copyOf(changed);
    }

    private static boolean sameDays(CalendarDefinition a, CalendarDefinition b) {
        return new java.util.HashSet<>(a.holidays()).equals(new java.util.HashSet<>(b.holidays()))
                && a.workdays().equals(b.workdays());
    }

    /**
     * The tenant admin lets the institution's calendar follow shipped calendar {@code template} (its missing years
     * and later corrections then arrive by themselves) or, with null, stop following one (it keeps its days and
     * changes only by hand or ICS import). Recorded in the settings history.
     */
    @Transactional
    public void follow(String template, CalendarDefinition shipped) {
        currentTenant.requireAny(TenantRole.TENANT_ADMIN);
        StoredCalendar stored = findDefault().orElseThrow(() -> new NotFound("business calendar", null));
        String before = stored.followsTemplate().orElse(null);
        if (java.util.Objects.equals(before, template)) {
            return;
        }
        if (template == null) {
            stored.unfollow();
        } else {
            // The years it has are its own; the ones it lacks come now, corrections of all of them later.
            java.util.Set<Integer> kept = new java.util.TreeSet<>(HolidayCoverage.years(shipped));
            kept.retainAll(HolidayCoverage.years(CalendarDefinition.parse(stored.definition())));
            stored.follow(template, kept);
            stored.tookDays(shipped.daysOf(kept).yaml());
        }
        history.record("calendar.follows", before, template);
        if (template != null) {
            takeShippedYears(template, shipped);
        }
        try {
            tenantData.em().flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEdit("The business calendar");
        }
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
