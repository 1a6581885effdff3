package io.labdesk.platform.core.request;

import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.security.SecurityEvent;
import io.labdesk.platform.core.security.SecurityLog;
import io.labdesk.platform.core.tenant.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the current tenant's service requests; any staff role may. */
@ApplicationScoped
public class ServiceRequests {

    @Inject
    TenantData tenantData;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    SecurityLog securityLog;

    @Transactional
    public Optional<ServiceRequest> find(UUID id) {
        requireStaff();
        return tenantData.em().createQuery("SELECT r FROM ServiceRequest r WHERE r.id = :id", ServiceRequest.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /**
     * A request with its customer's personal data in full, for a member of staff who opens it: each such view goes
     * into the tenant's security log (P1, P10).
     */
    @Transactional
    public Optional<ServiceRequest> open(UUID id) {
        Optional<ServiceRequest> request = find(id);
        request.ifPresent(r -> securityLog.record(currentTenant.actor(), SecurityEvent.Kind.PERSONAL_DATA_VIEWED,
                r.number(), null));
        return request;
    }

    @Transactional
    public List<ServiceRequest> latest(int limit) {
        requireStaff();
        return tenantData.em().createQuery("SELECT r FROM ServiceRequest r ORDER BY r.receivedAt DESC",
                ServiceRequest.class).setMaxResults(limit).getResultList();
    }

    /** A customer's requests, newest first. */
    @Transactional
    public List<ServiceRequest> ofCustomer(UUID customerId) {
        requireStaff();
        return tenantData.em().createQuery("SELECT r FROM ServiceRequest r WHERE r.customerId = :c "
                + "ORDER BY r.receivedAt DESC", ServiceRequest.class).setParameter("c", customerId).getResultList();
    }

    private void requireStaff() {
        currentTenant.requireAny(TenantRole.values());
    }
}
