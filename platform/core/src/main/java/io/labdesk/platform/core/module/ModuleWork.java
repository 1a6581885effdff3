package io.labdesk.platform.core.module;

import io.labdesk.platform.api.module.BackgroundWork;
import io.labdesk.platform.api.module.LabDeskModule;
import io.labdesk.platform.core.tenant.TenantData;
import io.labdesk.platform.core.tenant.TenantDirectory;
import io.labdesk.platform.core.tenant.TenantTransactions;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the modules' {@link BackgroundWork}: every ten seconds, for each active institution that runs the module,
 * each piece in its own transaction bound to the institution, on one server at a time (a transaction-scoped advisory
 * lock per institution and piece). A round still running when the next is due is not overlapped; a failure is logged
 * and tried again next round.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ModuleWork {

    private static final Logger LOG = Logger.getLogger(ModuleWork.class.getName());

    @Inject
    InstalledModules installed;

    @Inject
    ModuleStates states;

    @Inject
    TenantDirectory directory;

    @Inject
    TenantTransactions transactions;

    @Inject
    TenantData tenantData;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void round() {
        if (installed.all().stream().allMatch(m -> m.backgroundWork().isEmpty())
                || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            for (UUID tenant : directory.activeTenantIds()) {
                for (LabDeskModule module : installed.all()) {
                    if (!module.backgroundWork().isEmpty() && states.enabledIn(tenant, module.id())) {
                        module.backgroundWork().forEach(work -> run(tenant, module, work));
                    }
                }
            }
        } finally {
            running.set(false);
        }
    }

    /**
     * Whether this server holds the piece of work for the institution until the transaction ends: with several
     * servers, one does it and the others pass, so no module claims rows of its own.
     */
    private boolean heldHere(UUID tenant, LabDeskModule module, BackgroundWork work) {
        return (Boolean) tenantData.em().createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtext(?), hashtext(?))")
                .setParameter(1, tenant.toString()).setParameter(2, module.id() + ":" + work.name()).getSingleResult();
    }

    private void run(UUID tenant, LabDeskModule module, BackgroundWork work) {
        try {
            transactions.inTenant(tenant, () -> heldHere(tenant, module, work) ? work.run() : 0);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, module.id() + ": " + work.name() + " failed for tenant " + tenant
                    + "; the next round tries again", e);
        }
    }
}
