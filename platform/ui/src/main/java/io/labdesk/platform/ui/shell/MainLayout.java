package io.labdesk.platform.ui.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.labdesk.platform.core.identity.SignedInStaff;
import io.labdesk.platform.ui.home.HomeView;
import jakarta.inject.Inject;

/** The frame of every staff view: brand, tenant, user, language, logout, and the navigation drawer. */
public class MainLayout extends AppLayout {

    @Inject
    public MainLayout(SignedInStaff signedInStaff) {
        SignedInStaff.Session session = StaffSession.current(signedInStaff).orElse(null);

        H1 brand = new H1("LabDesk");
        brand.addClassName("labdesk-brand");

        Span tenant = new Span(session == null ? "" : session.currentTenant()
                .map(t -> t.name(getLocale()))
                .orElseGet(() -> getTranslation(session.identity().isPlatformAdmin()
                        ? "shell.tenant.platform" : "shell.tenant.none")));
        tenant.setId("tenant-name");
        tenant.addClassName("labdesk-tenant");

        Span user = new Span(session == null ? "" : session.identity().displayName());
        user.setId("user-name");
        user.addClassName("labdesk-user");

        Button logout = new Button(getTranslation("shell.logout"), VaadinIcon.SIGN_OUT.create(),
                e -> Logout.signOut(e.getSource().getUI().orElseThrow()));
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        Div spacer = new Div();
        spacer.addClassName("labdesk-spacer");
        Div navbar = new Div(new DrawerToggle(), brand, tenant, spacer, user, new LanguageSwitch(getLocale()), logout);
        navbar.addClassName("labdesk-navbar");
        addToNavbar(navbar);

        SideNav nav = new SideNav();
        nav.setId("main-nav");
        nav.addItem(new SideNavItem(getTranslation("nav.home"), HomeView.class, VaadinIcon.HOME.create()));
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }
}
