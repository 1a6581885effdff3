package io.labdesk.platform.ui.modules;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteConfiguration;
import io.labdesk.platform.api.module.LabDeskModule;
import io.labdesk.platform.api.module.ModuleView;
import io.labdesk.platform.api.module.NavigationEntry;
import io.labdesk.platform.core.module.InstalledModules;
import io.labdesk.platform.core.module.ModuleStates;
import io.labdesk.platform.ui.shell.MainLayout;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The views of plug-in modules, routed per Vaadin session: registered when a UI opens for the modules the
 * user's tenant runs and the user may use, removed when that no longer holds. A view whose module was switched off
 * while a page was open is "not found" at the next navigation.
 */
@ApplicationScoped
public class ModuleRoutes {

    @Inject
    InstalledModules installed;

    @Inject
    ModuleStates states;

    /** Brings the session's module routes in line with the tenant's modules and the user's permissions. */
    public void sync(UI ui) {
        if (installed.all().isEmpty()) {
            return;
        }
        RouteConfiguration routes = RouteConfiguration.forSessionScope();
        for (LabDeskModule module : installed.all()) {
            for (ModuleView view : module.views()) {
                Class<? extends Component> type = view.view().asSubclass(Component.class);
                boolean open = opens(module, view);
                boolean registered = routes.isRouteRegistered(type);
                if (open && !registered) {
                    routes.setRoute(view.path(), type, List.of(MainLayout.class));
                } else if (!open && registered) {
                    routes.removeRoute(type);
                }
            }
        }
    }

    /** Before every navigation: a module view opens only while its module runs and the user may use it. */
    public void guard(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        Optional<LabDeskModule> module = installed.owner(target).flatMap(installed::find);
        if (module.isEmpty()) {
            return;
        }
        Optional<ModuleView> view = module.get().views().stream().filter(v -> v.view().equals(target)).findFirst();
        if (view.isEmpty() || !opens(module.get(), view.get())) {
            sync(event.getUI());
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** The navigation entries of the modules the tenant runs, that the user may use. */
    public List<NavigationEntry> navigation() {
        List<NavigationEntry> entries = new ArrayList<>();
        for (LabDeskModule module : installed.all()) {
            if (states.enabled(module.id())) {
                module.navigation().stream()
                        .filter(e -> e.permission() == null || states.permitted(e.permission()))
                        .forEach(entries::add);
            }
        }
        return entries;
    }

    private boolean opens(LabDeskModule module, ModuleView view) {
        return states.enabled(module.id()) && (view.permission() == null || states.permitted(view.permission()));
    }
}
