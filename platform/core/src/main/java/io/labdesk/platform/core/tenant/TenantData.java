package io.labdesk.platform.core.tenant;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Objects;
import java.util.UUID;

/**
 * The entity manager for tenant data. On first use in a transaction it tells PostgreSQL the bound tenant
 * ({@code labdesk.tenant_id}, local to the transaction), which row-level security compares every tenant-owned
 * row against. Without a bound tenant the setting is empty and no tenant-owned row is visible.
 */
@ApplicationScoped
public class TenantData implements io.labdesk.platform.api.data.TenantStore {

    private static final String APPLIED = TenantData.class.getName() + ".tenant";

    @PersistenceContext(unitName = "labdesk")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Call inside a transaction. */
    public EntityManager em() {
        UUID tenant = TenantContext.current().map(TenantContext.Binding::tenantId).orElse(null);
        String setting = tenant == null ? "" : tenant.toString();
        if (!Objects.equals(transactions.getResource(APPLIED), setting)) {
            em.createNativeQuery("SELECT set_config('labdesk.tenant_id', :tenant, true)")
                    .setParameter("tenant", setting)
                    .getSingleResult();
            transactions.putResource(APPLIED, setting);
        }
        return em;
    }

    @Override
    public EntityManager entityManager() {
        return em();
    }
}
