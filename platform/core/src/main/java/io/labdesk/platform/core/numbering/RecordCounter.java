package io.labdesk.platform.core.numbering;

import io.labdesk.platform.api.data.RecordNumbers;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.core.tenant.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** {@link RecordNumbers} on {@code record_counter}: one row per institution, kind and year, locked until commit. */
@ApplicationScoped
public class RecordCounter implements RecordNumbers {

    @Inject
    TenantData tenantData;

    @Inject
    CurrentTenant currentTenant;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public String next(String prefix, int year) {
        if (!prefix.matches("[A-Z]{2,20}")) {
            throw new IllegalArgumentException("A number's prefix is 2 to 20 capital letters: " + prefix);
        }
        Object last = tenantData.em().createNativeQuery("INSERT INTO record_counter (tenant_id, kind, year, last_number) "
                        + "VALUES (?, ?, ?, 1) ON CONFLICT (tenant_id, kind, year) DO UPDATE SET last_number = "
                        + "record_counter.last_number + 1 RETURNING last_number")
                .setParameter(1, currentTenant.id().orElseThrow()).setParameter(2, prefix).setParameter(3, year)
                .getSingleResult();
        return String.format("%s-%d-%04d", prefix, year, ((Number) last).intValue());
    }
}
