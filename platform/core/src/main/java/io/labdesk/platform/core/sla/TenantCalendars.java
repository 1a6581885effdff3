package io.labdesk.platform.core.sla;

import io.labdesk.platform.core.tenant.NotFound;
import io.labdesk.platform.core.tenant.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import io.labdesk.platform.core.tenant.Tenant;
import io.labdesk.platform.core.tenant.TenantContext;
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
}
