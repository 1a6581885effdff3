package io.labdesk.platform.ui.admin.securitylog;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.security.SecurityEvent;
import io.labdesk.platform.core.security.SecurityLog;
import io.labdesk.platform.core.settings.TenantSettings;
import io.labdesk.platform.ui.shell.MainLayout;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The tenant's security log, newest first: sign-ins, switches, member and role changes. */
@Route(value = "admin/security-log", layout = MainLayout.class)
public class SecurityLogView extends Div implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    public SecurityLogView(SecurityLog log, CurrentTenant currentTenant, TenantSettings settings) {
        addClassName("labdesk-page");
        add(new H2(getTranslation("nav.securityLog")));
        if (!currentTenant.hasAny(TenantRole.TENANT_ADMIN)) {
            add(new Div(getTranslation("error.forbidden")));
            return;
        }
        ZoneId zone = ZoneId.of(settings.current().timeZone());
        Grid<SecurityEvent> grid = new Grid<>();
        grid.setId("security-log");
        grid.addColumn(e -> TIME.format(e.occurredAt().atZone(zone))).setHeader(getTranslation("log.time"))
                .setAutoWidth(true);
        grid.addColumn(SecurityEvent::actor).setHeader(getTranslation("log.actor")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("log.kind." + e.kind().name())).setHeader(getTranslation("log.kind"))
                .setAutoWidth(true);
        grid.addColumn(SecurityEvent::subject).setHeader(getTranslation("log.subject")).setAutoWidth(true);
        grid.addColumn(SecurityEvent::detail).setHeader(getTranslation("log.detail")).setFlexGrow(1);
        grid.setItems(log.latest(500));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.securityLog") + " · LabDesk";
    }
}
