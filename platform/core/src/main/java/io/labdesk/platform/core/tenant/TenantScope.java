package io.labdesk.platform.core.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Tells PostgreSQL which tenant the current transaction works for. Row-level security compares every
 * tenant-owned row against this setting, so a transaction that never enters a tenant sees no tenant data.
 */
@ApplicationScoped
public class TenantScope {

    @PersistenceContext(unitName = "labdesk")
    EntityManager em;

    /** Must run inside the transaction it applies to; the setting ends with that transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enter(UUID tenantId) {
        em.createNativeQuery("SELECT set_config('labdesk.tenant_id', :tenant, true)")
                .setParameter("tenant", tenantId.toString())
                .getSingleResult();
    }
}
