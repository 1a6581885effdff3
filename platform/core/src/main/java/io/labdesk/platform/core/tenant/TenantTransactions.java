package io.labdesk.platform.core.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import java.util.function.Supplier;

/** Runs work in a new transaction for one tenant, e.g. when the platform creates a tenant's first members. */
@ApplicationScoped
public class TenantTransactions {

    // Through the container's proxy, so that the transaction boundary applies.
    @Inject
    TenantTransactions self;

    public <T> T inTenant(UUID tenantId, Supplier<T> work) {
        return TenantContext.runAs(tenantId, () -> self.newTransaction(work));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T newTransaction(Supplier<T> work) {
        return work.get();
    }
}
