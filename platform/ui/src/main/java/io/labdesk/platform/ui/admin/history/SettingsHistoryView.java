package io.labdesk.platform.ui.admin.history;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.module.InstalledModules;
import io.labdesk.platform.core.settings.SettingsChange;
import io.labdesk.platform.core.settings.SettingsHistory;
import io.labdesk.platform.core.settings.TenantSettings;
import io.labdesk.platform.ui.shell.MainLayout;
import jakarta.inject.Inject;

/** Every change of the institution's settings, newest first: when, who, what, before and after. */
@Route(value = "admin/settings-history", layout = MainLayout.class)
public class SettingsHistoryView extends Div implements HasDynamicTitle {

    @Inject
    public SettingsHistoryView(SettingsHistory history, CurrentTenant currentTenant, TenantSettings settings,
                               InstalledModules modules) {
        addClassName("labdesk-page");
        add(new H2(getTranslation("nav.settingsHistory")));
        if (!currentTenant.hasAny(TenantRole.TENANT_ADMIN)) {
            add(new Div(getTranslation("error.forbidden")));
            return;
        }
        var tenant = settings.current();
        Grid<SettingsChange> grid = new Grid<>();
        grid.setId("settings-history");
        grid.addColumn(c -> tenant.localTime(c.changedAt())).setHeader(getTranslation("log.time")).setAutoWidth(true);
        grid.addColumn(SettingsChange::actor).setHeader(getTranslation("log.actor")).setAutoWidth(true);
        grid.addColumn(c -> c.area().startsWith("module:")
                        ? getTranslation("history.area.module", modules.find(c.area().substring(7))
                        .map(m -> m.name().in(getLocale())).orElse(c.area().substring(7)))
                        : getTranslation("history.area." + c.area()))
                .setHeader(getTranslation("history.area")).setAutoWidth(true);
        grid.addColumn(c -> c.before() == null ? "" : c.before()).setHeader(getTranslation("history.before"))
                .setFlexGrow(1);
        grid.addColumn(c -> c.after() == null ? "" : c.after()).setHeader(getTranslation("history.after"))
                .setFlexGrow(1);
        grid.setItems(history.recent(null, 500));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.settingsHistory") + " · LabDesk";
    }
}
