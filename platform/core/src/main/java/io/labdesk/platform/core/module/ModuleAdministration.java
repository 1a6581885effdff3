package io.labdesk.platform.core.module;

import io.labdesk.platform.api.data.ConcurrentEdit;
import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.api.module.InvalidSettings;
import io.labdesk.platform.api.module.LabDeskModule;
import io.labdesk.platform.api.module.ModuleSettings;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.settings.SettingsHistory;
import io.labdesk.platform.core.tenant.NotFound;
import io.labdesk.platform.core.tenant.Tenant;
import io.labdesk.platform.core.tenant.TenantContext;
import io.labdesk.platform.core.tenant.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** A tenant admin's side of the modules: which run for the institution, and how they are set. */
@ApplicationScoped
public class ModuleAdministration {

    @Inject
    InstalledModules installed;

    @Inject
    ModuleStates states;

    @Inject
    TenantData tenantData;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    SettingsHistory history;

    /** A module as the tenant sees it: whether its plan allows it, whether it is on, and its settings. */
    public record ModuleState(LabDeskModule module, boolean allowed, boolean enabled, ModuleSettings settings,
                              long version) {
    }

    @Transactional
    public List<ModuleState> list() {
        currentTenant.requireAny(TenantRole.TENANT_ADMIN);
        Tenant tenant = tenant();
        Map<String, TenantModule> rows = tenantData.em().createQuery("SELECT m FROM TenantModule m",
                TenantModule.class).getResultStream().collect(Collectors.toMap(TenantModule::moduleId, m -> m));
        return installed.all().stream().map(m -> state(m, rows.get(m.id()), tenant)).toList();
    }

    @Transactional
    public ModuleState get(String moduleId) {
        currentTenant.requireAny(TenantRole.TENANT_ADMIN);
        return state(module(moduleId));
    }

    /** Turns a module on or off for the current tenant; its data stays either way. */
    @Transactional
    public ModuleState enable(String moduleId, boolean enabled, long expectedVersion) {
        currentTenant.requireAny(TenantRole.TENANT_ADMIN);
        LabDeskModule module = module(moduleId);
        if (enabled && !tenant().allows(moduleId)) {
            throw new InvalidInput(Map.of("enabled", "validation.module.notInPlan"));
        }
        TenantModule row = row(module);
        checkVersion(row, expectedVersion, module);
        if (row.enabled() != enabled) {
            history.record(area(module), "enabled=" + row.enabled(), "enabled=" + enabled);
            row.enable(enabled, TenantContext.actor());
            flush(module);
        }
        states.forget(tenant().id());
        return state(module);
    }

    /** Stores new settings after checking them against the module's schema; nothing is stored if one fails. */
    @Transactional
    public ModuleState configure(String moduleId, Map<String, String> values, long expectedVersion) {
        currentTenant.requireAny(TenantRole.TENANT_ADMIN);
        LabDeskModule module = module(moduleId);
        Map<String, Text> problems = module.settings().check(values);
        if (!problems.isEmpty()) {
            throw new InvalidSettings(problems);
        }
        TenantModule row = row(module);
        checkVersion(row, expectedVersion, module);
        String before = TenantModule.json(module.settings().complete(row.settingValues()).values());
        String after = TenantModule.json(module.settings().accepted(values).values());
        if (!before.equals(after)) {
            history.record(area(module), before, after);
            row.configure(after, TenantContext.actor());
            flush(module);
        }
        states.forget(tenant().id());
        return state(module);
    }

    /**
     * Gives the current tenant a row for every installed module it has none for, switched on when
     * {@code enabledAtStart} names it: on creation from a template, and for modules installed later (off).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addMissing(Collection<String> enabledAtStart) {
        for (LabDeskModule module : installed.all()) {
            if (find(module.id()) == null) {
                boolean on = enabledAtStart.contains(module.id());
                tenantData.em().persist(new TenantModule(module.id(), on,
                        TenantModule.json(module.settings().defaults().values()), TenantContext.actor()));
                if (on) {
                    history.record(area(module), null, "enabled=true");
                }
            }
        }
        TenantContext.currentTenantId().ifPresent(states::forget);
    }

    /**
     * Starts the current tenant's modules with a template's settings over their defaults, each checked against the
     * module's schema; a template naming a module this installation lacks is passed over.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void startWith(Map<String, Map<String, String>> settings) {
        settings.forEach((moduleId, values) -> installed.find(moduleId).ifPresent(module -> {
            Map<String, String> merged = new java.util.LinkedHashMap<>(module.settings().defaults().values());
            merged.putAll(values);
            Map<String, Text> problems = module.settings().check(merged);
            if (!problems.isEmpty()) {
                throw new InvalidSettings(problems);
            }
            TenantModule row = row(module);
            String after = TenantModule.json(module.settings().accepted(merged).values());
            history.record(area(module), TenantModule.json(module.settings().defaults().values()), after);
            row.configure(after, TenantContext.actor());
        }));
        TenantContext.currentTenantId().ifPresent(states::forget);
    }

    private ModuleState state(LabDeskModule module) {
        return state(module, find(module.id()), tenant());
    }

    private static ModuleState state(LabDeskModule module, TenantModule row, Tenant tenant) {
        return new ModuleState(module, tenant.allows(module.id()),
                row != null && row.enabled() && tenant.allows(module.id()),
                module.settings().complete(row == null ? Map.of() : row.settingValues()),
                row == null ? 0 : row.version());
    }

    private LabDeskModule module(String moduleId) {
        return installed.find(moduleId).orElseThrow(() -> new NotFound("module", null));
    }

    private TenantModule row(LabDeskModule module) {
        TenantModule row = find(module.id());
        if (row == null) {
            row = new TenantModule(module.id(), false, TenantModule.json(module.settings().defaults().values()),
                    TenantContext.actor());
            tenantData.em().persist(row);
        }
        return row;
    }

    private TenantModule find(String moduleId) {
        return tenantData.em().createQuery("SELECT m FROM TenantModule m WHERE m.moduleId = :id", TenantModule.class)
                .setParameter("id", moduleId).getResultStream().findFirst().orElse(null);
    }

    private Tenant tenant() {
        UUID id = currentTenant.id().orElseThrow(() -> new NotFound("tenant", null));
        return tenantData.em().find(Tenant.class, id);
    }

    private static void checkVersion(TenantModule row, long expectedVersion, LabDeskModule module) {
        if (row.version() != expectedVersion) {
            throw new ConcurrentEdit(module.name().en());
        }
    }

    private void flush(LabDeskModule module) {
        try {
            tenantData.em().flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEdit(module.name().en());
        }
    }

    private static String area(LabDeskModule module) {
        return "module:" + module.id();
    }
}
