package io.labdesk.platform.core.tenant;

import io.labdesk.platform.core.security.SecurityEvent;
import io.labdesk.platform.core.security.SecurityLog;
import io.labdesk.platform.core.sla.CalendarTemplates;
import io.labdesk.platform.core.sla.TenantCalendars;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Creates a tenant's LabDesk side in one transaction: the platform row and its first members. The new tenant's id
 * is bound before the transaction starts, so its members belong to it and row-level security admits them.
 */
@ApplicationScoped
public class TenantProvisioning {

    @Inject
    TenantTransactions transactions;

    @Inject
    TenantData tenantData;

    @Inject
    SecurityLog securityLog;

    @Inject
    TenantCalendars calendars;

    public Tenant create(TenantDefinition definition) {
        UUID id = UUID.randomUUID();
        return transactions.inTenant(id, () -> {
            Tenant tenant = new Tenant(id, definition.slug(), definition.name(), definition.nameEn(),
                    definition.locale(), definition.timeZone());
            tenantData.em().persist(tenant);
            tenantData.em().flush();
            for (TenantDefinition.Staff staff : definition.staff()) {
                tenantData.em().persist(new TenantMember(staff.username(), staff.name(), staff.email(), staff.roles()));
                securityLog.record(TenantContext.actor(), SecurityEvent.Kind.MEMBER_ADDED, staff.username(),
                        "roles=" + staff.roles().stream().sorted().toList());
            }
            addCalendar(definition);
            return tenant;
        });
    }

    /** Gives an existing tenant the calendar its definition names, if it has none yet (data from before calendars). */
    public void completeCalendar(Tenant tenant, TenantDefinition definition) {
        transactions.inTenant(tenant.id(), () -> {
            if (calendars.findDefault().isEmpty()) {
                addCalendar(definition);
            }
            return null;
        });
    }

    private void addCalendar(TenantDefinition definition) {
        if (definition.calendar() != null) {
            CalendarTemplates.definitionText(definition.calendar())
                    .ifPresent(text -> calendars.add(definition.calendar(), text));
        }
    }
}
