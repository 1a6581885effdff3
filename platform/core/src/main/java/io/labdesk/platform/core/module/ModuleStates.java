package io.labdesk.platform.core.module;

import io.labdesk.platform.api.module.LabDeskModule;
import io.labdesk.platform.api.module.ModuleSettings;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.tenant.AccessDenied;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.core.tenant.Tenant;
import io.labdesk.platform.core.tenant.TenantData;
import io.labdesk.platform.core.tenant.TenantTransactions;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Which modules each tenant runs, and their settings, as every view, resource and observer of a module asks it.
 * Kept in memory for a few seconds per tenant: a change on this node takes effect at once, on other nodes of a
 * cluster within {@link #FRESH}.
 */
@ApplicationScoped
public class ModuleStates implements TenantModules {

    static final Duration FRESH = Duration.ofSeconds(10);

    @Inject
    InstalledModules installed;

    @Inject
    TenantTransactions transactions;

    @Inject
    TenantData tenantData;

    @Inject
    CurrentTenant currentTenant;

    @Resource
    TransactionSynchronizationRegistry transactionRegistry;

    private final Map<UUID, Snapshot> snapshots = new ConcurrentHashMap<>();

    /** A tenant's modules as last read: the enabled ones (within its plan) and every module's settings. */
    record Snapshot(Set<String> enabled, Map<String, ModuleSettings> settings, long readAt) {

        boolean fresh() {
            return System.nanoTime() - readAt < FRESH.toNanos();
        }
    }

    @Override
    public boolean enabled(String moduleId) {
        return currentTenant.id().map(tenant -> enabledIn(tenant, moduleId)).orElse(false);
    }

    public boolean enabledIn(UUID tenantId, String moduleId) {
        return snapshot(tenantId).enabled().contains(moduleId);
    }

    @Override
    public ModuleSettings settings(String moduleId) {
        UUID tenant = currentTenant.id().orElseThrow(() -> new IllegalStateException("No tenant"));
        ModuleSettings settings = snapshot(tenant).settings().get(moduleId);
        if (settings == null) {
            throw new IllegalArgumentException("No module " + moduleId);
        }
        return settings;
    }

    @Override
    public boolean permitted(String permissionId) {
        return installed.permission(permissionId)
                .filter(p -> enabled(permissionId.substring(0, permissionId.indexOf('.'))))
                .map(p -> currentTenant.roles().stream().anyMatch(p.defaultRoles()::contains))
                .orElse(false);
    }

    @Override
    public void require(String permissionId) {
        if (!permitted(permissionId)) {
            throw new AccessDenied(installed.permission(permissionId).map(p -> p.defaultRoles()).orElse(Set.of()));
        }
    }

    /**
     * Forgets what was read of a tenant, after a change: at once and again when the changing transaction ends, since
     * a read in between (an observer's gate reads in a transaction of its own) still sees the state before it.
     */
    public void forget(UUID tenantId) {
        snapshots.remove(tenantId);
        if (transactionRegistry.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactionRegistry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    snapshots.remove(tenantId);
                }
            });
        }
    }

    private Snapshot snapshot(UUID tenantId) {
        Snapshot snapshot = snapshots.get(tenantId);
        if (snapshot == null || !snapshot.fresh()) {
            snapshot = read(tenantId);
            snapshots.put(tenantId, snapshot);
        }
        return snapshot;
    }

    private Snapshot read(UUID tenantId) {
        return transactions.inTenant(tenantId, () -> {
            Tenant tenant = tenantData.em().find(Tenant.class, tenantId);
            Map<String, TenantModule> rows = tenantData.em()
                    .createQuery("SELECT m FROM TenantModule m", TenantModule.class).getResultStream()
                    .collect(Collectors.toMap(TenantModule::moduleId, m -> m));
            Map<String, ModuleSettings> settings = new HashMap<>();
            Set<String> enabled = new HashSet<>();
            for (LabDeskModule module : installed.all()) {
                TenantModule row = rows.get(module.id());
                settings.put(module.id(), module.settings().complete(row == null ? Map.of() : row.settingValues()));
                if (row != null && row.enabled() && tenant != null && tenant.allows(module.id())) {
                    enabled.add(module.id());
                }
            }
            return new Snapshot(Set.copyOf(enabled), Map.copyOf(settings), System.nanoTime());
        });
    }
}
