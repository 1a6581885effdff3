package io.labdesk.platform.core.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Background work done tenant by tenant: each active tenant's batch runs in a transaction bound to that tenant (so
 * row-level security applies), again while a batch comes back full. A sweep still running when the next is due is
 * not overlapped; a failure is logged and the next sweep tries again.
 */
@ApplicationScoped
public class TenantSweep {

    private static final Logger LOG = Logger.getLogger(TenantSweep.class.getName());

    @Inject
    TenantDirectory directory;

    @Inject
    TenantTransactions transactions;

    /** Runs {@code batch} (which answers how many items it handled) for every active tenant. */
    public void run(String what, AtomicBoolean running, int batchSize, IntSupplier batch) {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            for (UUID tenant : directory.activeTenantIds()) {
                while (transactions.inTenant(tenant, batch::getAsInt) == batchSize) {
                    // a full batch: there may be more
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, what + " failed; the next round tries again", e);
        } finally {
            running.set(false);
        }
    }
}
