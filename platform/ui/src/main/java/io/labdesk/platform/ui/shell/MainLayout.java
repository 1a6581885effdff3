package io.labdesk.platform.ui.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import io.labdesk.platform.api.module.NavigationEntry;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.brand.Brands;
import io.labdesk.platform.core.identity.SignedInStaff;
import io.labdesk.platform.core.identity.TenantChoice;
import io.labdesk.platform.core.tenant.Tenant;
import io.labdesk.platform.ui.actions.ActionsView;
import io.labdesk.platform.ui.admin.brand.BrandView;
import io.labdesk.platform.ui.admin.calendar.CalendarView;
import io.labdesk.platform.ui.admin.history.SettingsHistoryView;
import io.labdesk.platform.ui.admin.intake.IntakeView;
import io.labdesk.platform.ui.admin.mailbox.MailboxView;
import io.labdesk.platform.ui.admin.modules.ModulesView;
import io.labdesk.platform.ui.admin.securitylog.SecurityLogView;
import io.labdesk.platform.ui.admin.sla.SlaPolicyView;
import io.labdesk.platform.ui.admin.staff.StaffView;
import io.labdesk.platform.ui.customers.CustomersView;
import io.labdesk.platform.ui.dashboard.DashboardView;
import io.labdesk.platform.ui.home.HomeView;
import io.labdesk.platform.ui.modules.ModuleRoutes;
import io.labdesk.platform.ui.notice.NoticeView;
import io.labdesk.platform.ui.platform.tenants.TenantsView;
import io.labdesk.platform.ui.requests.RequestQueueView;
import io.labdesk.platform.ui.tenantchoice.TenantChoiceView;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The frame of every staff view: brand, tenant (a switch for people in several institutions), user, language,
 * logout, and a navigation drawer that offers only what the user's roles allow.
 */
public class MainLayout extends AppLayout implements BeforeEnterObserver {

    private final SignedInStaff.Session session;

    private final Div logoHolder = new Div();

    @Inject
    public MainLayout(SignedInStaff signedInStaff, TenantChoice tenantChoice, ModuleRoutes moduleRoutes,
                      Brands brands) {
        session = StaffSession.current(signedInStaff).orElse(null);
        if (session != null) {
            tenantChoice.recordSignIn(StaffSession.httpRequest(), session);
        }

        H1 brand = new H1("LabDesk");
        brand.addClassName("labdesk-brand");

        Div spacer = new Div();
        spacer.addClassName("labdesk-spacer");
        Span user = new Span(session == null ? "" : session.identity().displayName());
        user.setId("user-name");
        user.addClassName("labdesk-user");

        Button logout = new Button(getTranslation("shell.logout"), VaadinIcon.SIGN_OUT.create(),
                e -> Logout.signOut(e.getSource().getUI().orElseThrow()));
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        logoHolder.addClassName("labdesk-logo-holder");
        Div navbar = new Div(new DrawerToggle(), brand, logoHolder, tenantLabel(), tenantSwitch(tenantChoice), spacer, user,
                new LanguageSwitch(getLocale()), logout);
        navbar.addClassName("labdesk-navbar");
        addToNavbar(navbar);

        SideNav nav = new SideNav();
        nav.setId("main-nav");
        nav.addItem(new SideNavItem(getTranslation("nav.home"), HomeView.class, VaadinIcon.HOME.create()));
        if (session != null && !session.roles().isEmpty()) {
            nav.addItem(new SideNavItem(getTranslation("nav.requests"), RequestQueueView.class,
                    VaadinIcon.TASKS.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.customers"), CustomersView.class,
                    VaadinIcon.USER_CARD.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.dashboard"), DashboardView.class,
                    VaadinIcon.CHART.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.actions"), ActionsView.class,
                    VaadinIcon.CHECK_SQUARE_O.create()));
            for (NavigationEntry entry : moduleRoutes.navigation()) {
                SideNavItem item = new SideNavItem(entry.label().in(getLocale()), entry.path(), icon(entry.icon()));
                item.setId("nav-" + entry.path().replace('/', '-'));
                nav.addItem(item);
            }
        }
        if (session != null && session.roles().contains(TenantRole.TENANT_ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.staff"), StaffView.class, VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.intake"), IntakeView.class,
                    VaadinIcon.FORM.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.brand"), BrandView.class,
                    VaadinIcon.PALETTE.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.mailbox"), MailboxView.class,
                    VaadinIcon.ENVELOPE.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.slaPolicy"), SlaPolicyView.class,
                    VaadinIcon.TIMER.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.calendar"), CalendarView.class,
                    VaadinIcon.CALENDAR.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.modules"), ModulesView.class,
                    VaadinIcon.PLUG.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.settingsHistory"), SettingsHistoryView.class,
                    VaadinIcon.TIME_BACKWARD.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.securityLog"), SecurityLogView.class,
                    VaadinIcon.LOCK.create()));
        }
        if (session != null && session.identity().isPlatformAdmin()) {
            nav.addItem(new SideNavItem(getTranslation("nav.tenants"), TenantsView.class,
                    VaadinIcon.BUILDING.create()));
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
        Tenant tenant = session == null ? null : session.currentTenant().orElse(null);
        if (tenant != null && !session.tenantSuspended()) {
            Brands.Look look = brands.look();
            showLogo(Branding.logo(tenant, look));
            addAttachListener(e -> Branding.apply(e.getUI(), tenant, look));
        }
    }

    /** Shows the institution's logo beside LabDesk's name (null: none). */
    void showLogo(Image logo) {
        logoHolder.removeAll();
        if (logo != null) {
            logoHolder.add(logo);
        }
    }

    /** A module's icon, named as Vaadin's icon element takes it ({@code vaadin:comments}). */
    private static Icon icon(String name) {
        if (name == null || !name.contains(":")) {
            return VaadinIcon.PUZZLE_PIECE.create();
        }
        return new Icon(name.substring(0, name.indexOf(':')), name.substring(name.indexOf(':') + 1));
    }

    private Span tenantLabel() {
        Span tenant = new Span(session == null ? "" : session.currentTenant()
                .map(t -> t.name(getLocale()))
                .orElseGet(() -> getTranslation(session.identity().isPlatformAdmin()
                        ? "shell.tenant.platform" : "shell.tenant.none")));
        tenant.setId("tenant-name");
        tenant.addClassName("labdesk-tenant");
        return tenant;
    }

    /** For people in several institutions: switch without signing in again. */
    private Div tenantSwitch(TenantChoice tenantChoice) {
        Div holder = new Div();
        if (session == null || session.identity().organizations().size() < 2) {
            return holder;
        }
        List<Tenant> choices = tenantChoice.choices(session);
        Select<Tenant> select = new Select<>();
        select.setId("tenant-switch");
        select.setAriaLabel(getTranslation("shell.switchTenant"));
        select.setItems(choices);
        select.setItemLabelGenerator(t -> t.name(getLocale()));
        select.setPlaceholder(getTranslation("shell.switchTenant"));
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null
                    && tenantChoice.choose(StaffSession.httpRequest(), e.getValue().slug())) {
                getUI().ifPresent(ui -> ui.getPage().setLocation("/"));
            }
        });
        holder.add(select);
        return holder;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (session == null) {
            return;
        }
        if (session.mustChooseTenant()) {
            event.rerouteTo(TenantChoiceView.class);
        } else if (session.tenantSuspended() && !session.identity().isPlatformAdmin()) {
            event.rerouteTo(NoticeView.class, NoticeView.SUSPENDED);
        } else if (session.withoutMembership() && !session.identity().isPlatformAdmin()) {
            event.rerouteTo(NoticeView.class, NoticeView.NO_MEMBERSHIP);
        }
    }
}
