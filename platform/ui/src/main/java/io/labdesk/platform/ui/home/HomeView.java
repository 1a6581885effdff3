package io.labdesk.platform.ui.home;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.identity.SignedInStaff;
import io.labdesk.platform.core.sla.TenantCalendars;
import io.labdesk.platform.ui.admin.calendar.CalendarShortfall;
import io.labdesk.platform.ui.shell.MainLayout;
import io.labdesk.platform.ui.shell.StaffSession;
import jakarta.inject.Inject;
import java.util.stream.Collectors;

/** The start page after sign-in: who you are here and what you may do. */
@Route(value = "", layout = MainLayout.class)
public class HomeView extends Div implements HasDynamicTitle {

    @Inject
    public HomeView(SignedInStaff signedInStaff, CurrentTenant currentTenant, TenantCalendars calendars) {
        addClassName("labdesk-page");
        SignedInStaff.Session session = StaffSession.current(signedInStaff).orElse(null);
        H2 welcome = new H2(getTranslation("home.welcome",
                session == null ? "" : session.identity().displayName()));
        welcome.setId("welcome");
        add(welcome);
        if (currentTenant.hasAny(TenantRole.TENANT_ADMIN)) {
            CalendarShortfall.of(calendars, true).ifPresent(this::add);
        }

        Div card = new Div();
        card.addClassName("labdesk-card");
        String roles = session == null || session.roles().isEmpty() ? getTranslation("home.roles.none")
                : session.sortedRoles().stream().map(r -> getTranslation(r.messageKey()))
                        .collect(Collectors.joining(getTranslation("home.roles.separator")));
        Paragraph rolesLine = new Paragraph(getTranslation("home.roles", roles));
        rolesLine.setId("roles");
        card.add(rolesLine, new Paragraph(getTranslation("home.next")));
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " · LabDesk";
    }
}
