package io.labdesk.platform.core.fee;

import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.core.settings.TenantSettings;
import io.labdesk.platform.core.tenant.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;

/** Numbers per institution, kind and year, without gaps: QT-2026-0001 for quotes, RF-2026-0001 for refunds. */
@ApplicationScoped
class FeeNumbers {

    @Inject
    TenantData tenantData;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    TenantSettings settings;

    String next(String kind, Instant at) {
        int year = at.atZone(ZoneId.of(settings.current().timeZone())).getYear();
        Object last = tenantData.em().createNativeQuery("INSERT INTO fee_counter (tenant_id, kind, year, last_number) "
                        + "VALUES (?, ?, ?, 1) ON CONFLICT (tenant_id, kind, year) DO UPDATE SET last_number = "
                        + "fee_counter.last_number + 1 RETURNING last_number")
                .setParameter(1, currentTenant.id().orElseThrow()).setParameter(2, kind).setParameter(3, year)
                .getSingleResult();
        return String.format("%s-%d-%04d", kind, year, ((Number) last).intValue());
    }
}
