package io.labdesk.platform.ui.requests;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.labdesk.platform.api.language.Languages;
import io.labdesk.platform.api.tenant.AccessDenied;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.intake.IntakeForms;
import io.labdesk.platform.core.intake.RequestTypes;
import io.labdesk.platform.core.module.ModuleRequestSections;
import io.labdesk.platform.core.request.Attachments;
import io.labdesk.platform.core.request.RequestArchive;
import io.labdesk.platform.core.request.RequestAttachment;
import io.labdesk.platform.core.request.RequestEvent;
import io.labdesk.platform.core.request.RequestLifecycle;
import io.labdesk.platform.core.request.RequestSla;
import io.labdesk.platform.core.request.RequestSlas;
import io.labdesk.platform.core.request.RequestWorkflow;
import io.labdesk.platform.core.request.ServiceRequest;
import io.labdesk.platform.core.request.ServiceRequests;
import io.labdesk.platform.core.request.Timeline;
import io.labdesk.platform.core.request.TimelineText;
import io.labdesk.platform.core.settings.TenantSettings;
import io.labdesk.platform.core.sla.SlaPolicy;
import io.labdesk.platform.core.sla.TenantCalendars;
import io.labdesk.platform.core.staff.ActorNames;
import io.labdesk.platform.core.staff.StaffMembers;
import io.labdesk.platform.core.tenant.Tenant;
import io.labdesk.platform.ui.shell.FactList;
import io.labdesk.platform.ui.shell.MainLayout;
import io.labdesk.platform.ui.shell.RouteIds;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One request: what the customer asked, who they are (each view is logged), its SLA badges, files, the moves open to
 * the user's roles, and the timeline with its integrity check. Another tenant's id shows "not found".
 */
@Route(value = "requests/:requestId", layout = MainLayout.class)
public class RequestView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ServiceRequests requests;
    private final RequestSlas slas;
    private final RequestWorkflow workflow;
    private final Timeline timeline;
    private final Attachments attachments;
    private final StaffMembers members;
    private final RequestTypes types;
    private final TenantCalendars calendars;
    private final RequestArchive archive;
    private final CurrentTenant currentTenant;
    private final Tenant tenant;
    private String title = "";

    private final IntakeForms intakeForms;
    private final ModuleRequestSections moduleSections;
    private final io.labdesk.platform.core.mailbox.OutgoingMail outgoingMail;

    @Inject
    public RequestView(ServiceRequests requests, RequestSlas slas, RequestWorkflow workflow, Timeline timeline,
                       Attachments attachments, StaffMembers members, RequestTypes types, TenantCalendars calendars,
                       CurrentTenant currentTenant, TenantSettings settings, RequestArchive archive,
                       IntakeForms intakeForms, ModuleRequestSections moduleSections,
                       io.labdesk.platform.core.mailbox.OutgoingMail outgoingMail) {
        this.requests = requests;
        this.outgoingMail = outgoingMail;
        this.moduleSections = moduleSections;
        this.intakeForms = intakeForms;
        this.slas = slas;
        this.workflow = workflow;
        this.timeline = timeline;
        this.attachments = attachments;
        this.members = members;
        this.types = types;
        this.calendars = calendars;
        this.archive = archive;
        this.currentTenant = currentTenant;
        this.tenant = settings.current();
        addClassName("labdesk-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> id = RouteIds.uuid(event, "requestId");
        show(id.orElse(null));
    }

    private void show(UUID id) {
        removeAll();
        Optional<ServiceRequest> found;
        try {
            found = id == null ? Optional.empty() : requests.open(id);
        } catch (AccessDenied e) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            H2 notFound = new H2(getTranslation("error.notFound"));
            notFound.setId("not-found");
            add(notFound);
            return;
        }
        ServiceRequest r = found.get();
        List<RequestSla> targets = slas.of(r.id());
        title = r.number() + " · " + r.subject();
        H2 heading = new H2(title);
        heading.setId("request-title");
        Span status = new Span(getTranslation("request.status." + r.status().name()));
        status.setId("request-status");
        status.addClassNames("labdesk-badge", "labdesk-status");
        Div header = new Div(heading, status, SlaBadges.of(this, targets, tenant, Instant.now()));
        header.addClassName("labdesk-request-header");
        add(header, actions(r, targets));

        String type = types.names(getLocale()).getOrDefault(r.typeCode(), r.typeCode());
        ActorNames names = members.names();
        FactList facts = new FactList();
        facts.setId("request-facts");
        fact(facts, "request.type", type);
        fact(facts, "request.priority", (r.emergency() ? getTranslation("request.emergencyShort") + " · " : "")
                + intakeForms.current().name(r.priority(), getLocale()));
        fact(facts, "request.channel", getTranslation("request.channel." + r.channel().name()));
        fact(facts, "request.receivedAt", tenant.localTime(r.receivedAt()));
        fact(facts, "request.recordedBy", names.of(r.recordedBy(), r.contactName(), getLocale()));
        fact(facts, "request.assignee", r.assignee() == null ? getTranslation("request.nobody")
                : names.staff(r.assignee()));
        fact(facts, "request.agreedFollowUpAt", tenant.localTime(r.agreedFollowUpAt()));
        fact(facts, "request.agreedDeliveryAt", tenant.localTime(r.agreedDeliveryAt()));
        fact(facts, "request.organisation", r.customerOrganisation());
        fact(facts, "request.contactName", r.contactName());
        fact(facts, "request.contactPhone", r.contactPhone());
        fact(facts, "request.contactEmail", r.contactEmail());
        fact(facts, "request.customerLanguage", r.customerLanguage().map(Languages::name).orElse(null));
        Paragraph description = new Paragraph(r.description());
        description.setId("request-description");
        description.addClassName("labdesk-text");
        add(facts, new H3(getTranslation("request.description")), description);
        add(new ModuleSections(moduleSections.of(r.id(), r.number()), getLocale()));

        List<RequestAttachment> files = attachments.of(r.id());
        if (!files.isEmpty()) {
            Div list = new Div();
            list.setId("request-files");
            for (RequestAttachment file : files) {
                UUID fileId = file.id();
                Anchor link = new Anchor(DownloadHandler.fromInputStream(e -> {
                    byte[] content = attachments.content(fileId);
                    return new DownloadResponse(new ByteArrayInputStream(content), file.fileName(),
                            file.contentType(), content.length);
                }), file.fileName() + " (" + Math.max(1, file.sizeBytes() / 1024) + " KB)");
                link.getElement().setAttribute("title", "SHA-256 " + file.sha256());
                list.add(new Div(link));
            }
            add(new H3(getTranslation("request.files")), list);
        }
        Anchor archivePdf = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] pdf = archive.pdf(r.id(), getLocale());
            return new DownloadResponse(new ByteArrayInputStream(pdf), r.number() + ".pdf", "application/pdf",
                    pdf.length);
        }), getTranslation("archive.pdf"));
        archivePdf.setId("archive-pdf");
        add(new H3(getTranslation("request.timeline")), timeline(r), archivePdf);
    }

    /** The moves the user's roles allow from the request's status. */
    private Component actions(ServiceRequest r, List<RequestSla> targets) {
        Div bar = new Div();
        bar.setId("request-actions");
        bar.addClassName("labdesk-toolbar");
        for (RequestLifecycle.Action action : RequestLifecycle.available(r.status(), currentTenant.roles())) {
            Button button = new Button(getTranslation("request.action." + action.name()), e ->
                    new RequestActionDialog(workflow, r, action, ZoneId.of(tenant.timeZone()),
                            action == RequestLifecycle.Action.ASSIGN ? members.active() : List.of(),
                            action == RequestLifecycle.Action.ACKNOWLEDGE ? suggestion(r, targets) : null,
                            () -> show(r.id())).open());
            button.setId("action-" + action.name().toLowerCase().replace('_', '-'));
            bar.add(button);
        }
        if (r.contactEmail() != null && currentTenant.hasAny(TenantRole.CUSTOMER_SERVICE, TenantRole.TENANT_ADMIN,
                TenantRole.TESTER, TenantRole.TECHNICAL_MANAGER, TenantRole.QUALITY_MANAGER)) {
            Button email = new Button(getTranslation("request.email"), e -> new EmailAnswerDialog(outgoingMail, r,
                    attachments.of(r.id()), () -> show(r.id())).open());
            email.setId("action-email");
            bar.add(email);
        }
        return bar;
    }

    /** Agreed times to propose: a follow-up one working day on, delivery when the delivery target falls due. */
    private RequestActionDialog.Suggestion suggestion(ServiceRequest r, List<RequestSla> targets) {
        Instant followUp = calendars.measuringCalendar().deadline(Instant.now(), Duration.ofHours(8));
        Instant delivery = targets.stream().filter(t -> t.kind() == SlaPolicy.Kind.DELIVERY).findFirst()
                .map(RequestSla::dueAt).filter(d -> d.isAfter(Instant.now())).orElse(followUp);
        return new RequestActionDialog.Suggestion(followUp, delivery.isBefore(followUp) ? followUp : delivery);
    }

    private Component timeline(ServiceRequest r) {
        TimelineText text = timeline.reader(r, getLocale(), tenant);
        Grid<RequestEvent> grid = new Grid<>();
        grid.setId("request-timeline");
        // Long replies and notes wrap within their row: the timeline never scrolls sideways.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> tenant.localTime(e.occurredAt())).setHeader(getTranslation("request.timeline.when"))
                .setWidth("10.5rem").setFlexGrow(0);
        grid.addColumn(text::who).setHeader(getTranslation("request.timeline.who")).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(text::what).setHeader(getTranslation("request.timeline.what")).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(text::detail).setHeader(getTranslation("request.timeline.detail")).setFlexGrow(1);
        grid.addColumn(e -> e.forCustomer() ? "✓" : "").setHeader(getTranslation("request.timeline.forCustomer"))
                .setWidth("7rem").setFlexGrow(0);
        grid.setItems(timeline.of(r.id()));
        grid.setAllRowsVisible(true);
        Paragraph integrity = new Paragraph(timeline.firstBroken(r.id()).stream()
                .mapToObj(n -> getTranslation("request.timeline.broken", n)).findFirst()
                .orElseGet(() -> getTranslation("request.timeline.intact")));
        integrity.setId("timeline-integrity");
        integrity.addClassName("labdesk-hint");
        return new Div(grid, integrity);
    }

    /** A fact under its translated label; the value's id ("fact-contactEmail") follows the key. */
    private void fact(FactList facts, String key, String value) {
        facts.add(getTranslation(key), value, "fact-" + key.substring(key.indexOf('.') + 1));
    }

    @Override
    public String getPageTitle() {
        return title + " · LabDesk";
    }
}
