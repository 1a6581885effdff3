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
