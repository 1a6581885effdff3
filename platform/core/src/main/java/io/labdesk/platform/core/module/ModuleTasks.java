package io.labdesk.platform.core.module;

import io.labdesk.platform.api.module.LabDeskModule;
import io.labdesk.platform.api.module.SetupWarning;
import io.labdesk.platform.api.module.StaffTasks;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the modules the current tenant runs ask of the signed-in staff member (their tasks, those with a count) and,
 * for the tenant's admins, what they find missing in its set-up.
 */
@ApplicationScoped
public class ModuleTasks {

    private static final Logger LOG = Logger.getLogger(ModuleTasks.class.getName());

    @Inject
    InstalledModules installed;

    @Inject
    ModuleStates states;

    @Inject
    CurrentTenant currentTenant;

    /** One module's task with its count above zero. */
    public record Shown(String module, StaffTasks.Task task) {
    }

    /** One module's set-up warning. */
    public record Warning(String module, SetupWarning warning) {
    }

    /** The tasks waiting for the signed-in staff member, module by module; nothing without a role here. */
    public List<Shown> tasks() {
        List<Shown> shown = new ArrayList<>();
        if (currentTenant.id().isEmpty() || currentTenant.roles().isEmpty()) {
            return shown;
        }
        installed.all().stream().filter(m -> states.enabled(m.id())).forEach(m -> m.tasks().stream()
                .filter(t -> t.permission() == null || states.permitted(t.permission()))
                .forEach(t -> {
                    try {
                        t.ofCurrentStaff().stream().filter(task -> task.count() > 0)
                                .forEach(task -> shown.add(new Shown(m.id(), task)));
                    } catch (RuntimeException e) {
                        // One module's failure leaves the home page and the other modules' tasks standing.
                        LOG.log(Level.WARNING, "Tasks of module " + m.id() + " failed", e);
                    }
                }));
        return shown;
    }

    /** The set-up warnings of every module the tenant runs, for its admins (nothing for others). */
    public List<Warning> setupWarnings() {
        List<Warning> warnings = new ArrayList<>();
        if (!currentTenant.hasAny(TenantRole.TENANT_ADMIN)) {
            return warnings;
        }
        installed.all().stream().filter(m -> states.enabled(m.id()))
                .forEach(m -> warnings.addAll(setupWarnings(m)));
        return warnings;
    }

    /** The set-up warnings of one module the tenant runs, for its admins: what to fix right after switching it on. */
    public List<Warning> setupWarnings(String moduleId) {
        if (!currentTenant.hasAny(TenantRole.TENANT_ADMIN) || !states.enabled(moduleId)) {
            return List.of();
        }
        return installed.find(moduleId).map(this::setupWarnings).orElse(List.of());
    }

    private List<Warning> setupWarnings(LabDeskModule module) {
        List<Warning> warnings = new ArrayList<>();
        module.setupChecks().forEach(check -> {
            try {
                check.warnings().forEach(w -> warnings.add(new Warning(module.id(), w)));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Set-up check of module " + module.id() + " failed", e);
            }
        });
        return warnings;
    }
}
