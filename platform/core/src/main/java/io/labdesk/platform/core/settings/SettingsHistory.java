package io.labdesk.platform.core.settings;

import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.tenant.TenantContext;
import io.labdesk.platform.core.tenant.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Every change of a tenant's settings, written in the change's own transaction so that one never stands without
 * the other, and shown to its tenant admins.
 */
@ApplicationScoped
public class SettingsHistory {

    @Inject
    TenantData tenantData;

    @Inject
    CurrentTenant currentTenant;

    /** Call inside the change's transaction; {@code before} is null for something new. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String area, String before, String after) {
        tenantData.em().persist(new SettingsChange(area, TenantContext.actor(), before, after));
    }

    /** The newest first; {@code area} null for all areas, or an area or its prefix ({@code module:}). */
    @Transactional
    public List<SettingsChange> recent(String area, int limit) {
        currentTenant.requireAny(TenantRole.TENANT_ADMIN);
        return tenantData.em().createQuery("""
                        SELECT c FROM SettingsChange c
                        WHERE :area IS NULL OR c.area = :area OR c.area LIKE CONCAT(:area, '%')
                        ORDER BY c.changedAt DESC""", SettingsChange.class)
                .setParameter("area", area)
                .setMaxResults(Math.max(1, Math.min(limit, 500)))
                .getResultList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isEmpty() {
        return tenantData.em().createQuery("SELECT count(c) FROM SettingsChange c", Long.class).getSingleResult() == 0;
    }
}
