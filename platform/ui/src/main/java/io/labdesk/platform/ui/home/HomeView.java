package io.labdesk.platform.ui.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.labdesk.platform.api.identity.StaffDirectory;
import io.labdesk.platform.api.sla.SlaState;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.LocalTimes;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.identity.SignedInStaff;
import io.labdesk.platform.core.module.ModuleTasks;
import io.labdesk.platform.core.operator.PlatformTenants;
import io.labdesk.platform.core.sla.ShippedCalendars;
import io.labdesk.platform.core.sla.TenantCalendars;
import io.labdesk.platform.core.tenant.Tenant;
import io.labdesk.platform.core.work.OpenWork;
import io.labdesk.platform.ui.admin.calendar.CalendarShortfall;
import io.labdesk.platform.ui.admin.modules.SetupWarnings;
import io.labdesk.platform.ui.shell.MainLayout;
import io.labdesk.platform.ui.shell.StaffSession;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The start page after sign-in, by who signs in: staff see what waits for them (their requests, the corrective
 * actions they own, deadlines at risk that concern them, the tasks of the modules their institution runs), each a
 * link to the list behind it, and admins what is missing in the institution's set-up; staff without a role learn
 * whom to ask; the platform operator finds the institutions and the shipped calendars. Counts only, no lists.
 */
@Route(value = "", layout = MainLayout.class)
public class HomeView extends Div implements HasDynamicTitle {

    @Inject
    public HomeView(SignedInStaff signedInStaff, CurrentTenant currentTenant, TenantCalendars calendars,
                    OpenWork openWork, ModuleTasks moduleTasks, StaffDirectory staffDirectory,
                    PlatformTenants platformTenants, ShippedCalendars shippedCalendars) {
        addClassName("labdesk-page");
        SignedInStaff.Session session = StaffSession.current(signedInStaff).orElse(null);
        H2 welcome = new H2(getTranslation("home.welcome",
                session == null ? "" : session.identity().displayName()));
        welcome.setId("welcome");
        add(welcome);
        if (session == null) {
            return;
        }
        Tenant tenant = session.currentTenant().orElse(null);
        if (tenant != null && !session.roles().isEmpty()) {
            add(rolesLine(session));
            if (currentTenant.hasAny(TenantRole.TENANT_ADMIN)) {
                CalendarShortfall.of(calendars, true).ifPresent(this::add);
                add(new SetupWarnings(moduleTasks.setupWarnings()));
            }
            add(work(openWork.ofCurrentStaff(), moduleTasks.tasks(), ZoneId.of(tenant.timeZone())));
        } else if (tenant != null) {
            add(withoutRole(tenant, staffDirectory));
        }
        if (session.identity().isPlatformAdmin()) {
            add(operator(platformTenants, shippedCalendars));
        }
    }

    private Paragraph rolesLine(SignedInStaff.Session session) {
        String roles = session.sortedRoles().stream().map(r -> getTranslation(r.messageKey()))
                .collect(Collectors.joining(getTranslation("home.roles.separator")));
        Paragraph line = new Paragraph(getTranslation("home.roles", roles));
        line.setId("roles");
        line.addClassName("labdesk-muted");
        return line;
    }

    /** What waits for the staff member: one line per kind of work with something in it, each a link. */
    private Component work(OpenWork.Counts counts, List<ModuleTasks.Shown> tasks, ZoneId zone) {
        Div card = new Div();
        card.setId("home-work");
        card.addClassName("labdesk-card");
        card.add(new H3(getTranslation("home.work")));
        Div list = new Div();
        list.addClassName("labdesk-tasks");
        if (counts.requests() > 0) {
            list.add(item("home-my-requests", counts.requests(), getTranslation("home.work.requests"),
                    "requests?scope=mine", null));
        }
        if (counts.requestsBreached() > 0) {
            list.add(item("home-requests-breached", counts.requestsBreached(),
                    getTranslation("home.work.requestsBreached"), "requests?scope=mine", SlaState.BREACHED));
        }
        if (counts.requestsAtRisk() > 0) {
            list.add(item("home-requests-at-risk", counts.requestsAtRisk(),
                    getTranslation("home.work.requestsAtRisk"), "requests?scope=mine", SlaState.AT_RISK));
        }
        if (counts.actions() > 0) {
            list.add(item("home-my-actions", counts.actions(), getTranslation("home.work.actions"),
                    "actions?mine", null));
        }
        int i = 0;
        for (OpenWork.Deadline d : counts.deadlines()) {
            String text = d.label().in(getLocale()) + " · " + d.reference() + " · "
                    + getTranslation(d.breached() ? "home.work.deadline.breached" : "home.work.deadline.atRisk",
                    LocalTimes.format(d.due(), zone));
            list.add(item("home-deadline-" + i++, null, text, d.link() == null ? "" : d.link(),
                    d.breached() ? SlaState.BREACHED : SlaState.AT_RISK));
        }
        if (counts.deadlinesTotal() > counts.deadlines().size()) {
            Paragraph more = new Paragraph(getTranslation("home.work.deadline.more",
                    counts.deadlinesTotal() - counts.deadlines().size()));
            more.addClassName("labdesk-hint");
            list.add(more);
        }
        for (ModuleTasks.Shown shown : tasks) {
            list.add(item("home-task-" + shown.task().id(), shown.task().count(),
                    shown.task().label().in(getLocale()), shown.task().link(), null));
        }
        if (list.getComponentCount() == 0) {
            Paragraph nothing = new Paragraph(getTranslation("home.work.nothing"));
            nothing.setId("home-nothing");
            Anchor unassigned = new Anchor("requests?scope=unassigned", getTranslation("home.work.unassigned"));
            unassigned.setId("home-unassigned");
            list.add(nothing, unassigned);
        }
        card.add(list);
        return card;
    }

    /** A line of work: its count (if any) and what it is, as one link to the list behind it. */
    private Anchor item(String id, Long count, String text, String link, SlaState state) {
        Anchor a = new Anchor(link, "");
        a.setId(id);
        a.addClassName("labdesk-task");
        if (count != null) {
            Span number = new Span(String.valueOf(count));
            number.addClassName("labdesk-task-count");
            a.add(number);
        } else if (state == null) {
            // No number to show: an arrow keeps the line's text where the others' is.
            Icon go = VaadinIcon.ARROW_RIGHT.create();
            go.addClassName("labdesk-task-count");
            go.setSize("1em");
            a.add(go);
        }
        if (state != null) {
            Span badge = new Span(getTranslation(state.messageKey()));
            badge.addClassNames("labdesk-badge", "labdesk-sla-" + state.name().toLowerCase(Locale.ROOT));
            a.add(badge);
        }
        a.add(new Span(text));
        return a;
    }

    /** Signed in, a member, but without a role: nothing to open yet, and who grants one. */
    private Component withoutRole(Tenant tenant, StaffDirectory directory) {
        List<String> admins = directory.holding(TenantRole.TENANT_ADMIN).stream()
                .map(StaffDirectory.StaffMember::displayName).toList();
        Div card = new Div();
        card.addClassName("labdesk-card");
        Paragraph roles = new Paragraph(getTranslation("home.roles.none", tenant.name(getLocale())));
        roles.setId("roles");
        Paragraph ask = new Paragraph(admins.isEmpty() ? getTranslation("home.roles.askOperator")
                : getTranslation("home.roles.ask", String.join(getTranslation("home.roles.separator"), admins)));
        ask.setId("home-ask-admin");
        card.add(roles, ask);
        return card;
    }

    /** The platform operator's part: the institutions and the shipped calendars, and which calendars run short. */
    private Component operator(PlatformTenants tenants, ShippedCalendars shipped) {
        Div card = new Div();
        card.setId("home-operator");
        card.addClassName("labdesk-card");
        card.add(new H3(getTranslation("home.operator")));
        List<Tenant> all = tenants.allTenants();
        long suspended = all.stream().filter(Tenant::suspended).count();
        Div list = new Div();
        list.addClassName("labdesk-tasks");
        list.add(item("home-institutions", (long) all.size(), getTranslation("home.operator.institutions",
                suspended), "platform/tenants", null));
        int lacking = shipped.shortfalls().size();
        if (lacking > 0) {
            Anchor shortfalls = item("home-calendar-shortfalls", (long) lacking,
                    getTranslation("home.operator.shortfalls"), "platform/tenants", null);
            shortfalls.addClassName("labdesk-task-alert");
            list.add(shortfalls);
        }
        list.add(item("home-shipped-calendars", null, getTranslation("home.operator.calendars"),
                "platform/tenants", null));
        card.add(list);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " · LabDesk";
    }
}
