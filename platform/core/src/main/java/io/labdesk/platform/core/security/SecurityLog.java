package io.labdesk.platform.core.security;

import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.tenant.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The current tenant's security log: written by the platform as things happen, read by tenant admins. */
@ApplicationScoped
public class SecurityLog {

    @Inject
    TenantData tenantData;

    @Inject
    io.labdesk.platform.api.tenant.CurrentTenant currentTenant;

    /** Joins the caller's transaction, so an event is stored exactly when the change it records is. */
    @Transactional
    public void record(String actor, SecurityEvent.Kind kind, String subject, String detail) {
        tenantData.em().persist(new SecurityEvent(actor, kind, subject, detail));
    }

    @Transactional
    public List<SecurityEvent> latest(int limit) {
        currentTenant.requireAny(TenantRole.TENANT_ADMIN);
        return tenantData.em()
                .createQuery("SELECT e FROM SecurityEvent e ORDER BY e.occurredAt DESC", SecurityEvent.class)
                .setMaxResults(limit).getResultList();
    }
}
