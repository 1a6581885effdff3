package io.labdesk.platform.core.request;

import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
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

    @Transactional
    public Optional<ServiceRequest> find(UUID id) {
        requireStaff();
        return tenantData.em().createQuery("SELECT r FROM ServiceRequest r WHERE r.id = :id", ServiceRequest.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Transactional
    public List<ServiceRequest> latest(int limit) {
        requireStaff();
        return tenantData.em().createQuery("SELECT r FROM ServiceRequest r ORDER BY r.receivedAt DESC",
                ServiceRequest.class).setMaxResults(limit).getResultList();
    }

    private void requireStaff() {
        currentTenant.requireAny(TenantRole.values());
    }
}
