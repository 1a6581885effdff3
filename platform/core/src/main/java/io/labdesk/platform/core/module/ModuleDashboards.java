package io.labdesk.platform.core.module;

import io.labdesk.platform.api.module.DashboardFigures;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.kpi.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The dashboard sections of the modules the current tenant runs, those the signed-in user may see. */
@ApplicationScoped
public class ModuleDashboards {

    private static final Logger LOG = Logger.getLogger(ModuleDashboards.class.getName());

    @Inject
    InstalledModules installed;

    @Inject
    ModuleStates states;

    @Inject
    CurrentTenant currentTenant;

    /** One module's section as computed for a period. */
    public record Shown(String module, Text title, DashboardFigures.Section section) {
    }

    public List<Shown> of(Period period) {
        currentTenant.requireAny(TenantRole.values());
        List<Shown> shown = new ArrayList<>();
        installed.all().stream().filter(m -> states.enabled(m.id())).forEach(m -> m.dashboard().stream()
                .filter(d -> d.permission() == null || states.permitted(d.permission()))
                .forEach(d -> {
                    try {
                        shown.add(new Shown(m.id(), d.title(), d.of(period.from(), period.to())));
                    } catch (RuntimeException e) {
                        // One module's failure leaves the dashboard and the other modules' figures standing.
                        LOG.log(Level.WARNING, "Dashboard figures of module " + m.id() + " failed", e);
                    }
                }));
        return shown;
    }
}
