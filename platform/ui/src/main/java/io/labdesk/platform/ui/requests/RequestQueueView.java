package io.labdesk.platform.ui.requests;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinSession;
import io.labdesk.platform.api.request.RequestStatus;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.api.ui.EmptyState;
import io.labdesk.platform.core.customer.PersonalData;
import io.labdesk.platform.core.intake.IntakeForm;
import io.labdesk.platform.core.intake.IntakeForms;
import io.labdesk.platform.core.intake.RequestType;
import io.labdesk.platform.core.intake.RequestTypes;
import io.labdesk.platform.core.request.RequestIntake;
import io.labdesk.platform.core.request.RequestQueue;
import io.labdesk.platform.core.request.RequestSla;
import io.labdesk.platform.core.request.RequestSlas;
import io.labdesk.platform.core.request.ServiceRequest;
import io.labdesk.platform.core.settings.TenantSettings;
import io.labdesk.platform.core.staff.ActorNames;
import io.labdesk.platform.core.staff.StaffMembers;
import io.labdesk.platform.core.tenant.Tenant;
import io.labdesk.platform.ui.shell.MainLayout;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The work queue: mine, unassigned, the team's open requests or all, filtered by status, type and text, sorted by
 * column; the grid reads one page at a time, with the SLA badges of that page in one query.
 */
@Route(value = "requests", layout = MainLayout.class)
public class RequestQueueView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final RequestQueue queue;
    private final RequestSlas slas;
    private final Tenant tenant;
    private final Grid<ServiceRequest> grid = new Grid<>();
    private final Span count = new Span();
    private final Map<UUID, List<RequestSla>> pageTargets = new HashMap<>();
    /** The session attribute holding the keys of the columns the user hid. */
    private static final String HIDDEN_COLUMNS = RequestQueueView.class.getName() + ".hiddenColumns";
    private static final Map<String, String> COLUMN_LABELS = Map.of("SUBJECT", "request.subject",
            "STATUS", "request.status", "SLA", "request.sla", "TYPE", "request.type", "PRIORITY", "request.priority",
            "CUSTOMER", "request.customer", "ASSIGNEE", "request.assignee", "RECEIVED", "request.receivedAt");
    private RequestQueue.Scope scope = RequestQueue.Scope.TEAM;
    private final Tabs tabs;
    private final Select<RequestStatus> status = new Select<>();
    private final Select<String> type = new Select<>();
    private final TextField search = new TextField();

    @Inject
    public RequestQueueView(RequestQueue queue, RequestSlas slas, RequestTypes types, TenantSettings settings,
                            CurrentTenant currentTenant, RequestIntake intake, IntakeForms intakeForms,
                            StaffMembers members) {
        this.queue = queue;
        // Staff by name, read once for the listing (a member removed since shows by the username recorded).
        ActorNames names = members.names();
        IntakeForm asked = intakeForms.current();
        this.slas = slas;
        this.tenant = settings.current();
        addClassName("labdesk-page");
        add(new H2(getTranslation("nav.requests")));

        Map<Tab, RequestQueue.Scope> scopes = new LinkedHashMap<>();
        for (RequestQueue.Scope s : RequestQueue.Scope.values()) {
            Tab tab = new Tab(getTranslation("queue.scope." + s.name()));
            tab.setId("scope-" + s.name().toLowerCase(Locale.ROOT));
            scopes.put(tab, s);
        }
        tabs = new Tabs(scopes.keySet().toArray(Tab[]::new));
        tabs.setId("queue-scope");
        tabs.setSelectedIndex(RequestQueue.Scope.TEAM.ordinal());
        tabs.addSelectedChangeListener(e -> {
            scope = scopes.get(e.getSelectedTab());
            refresh();
        });

        status.setId("queue-status");
        status.setLabel(getTranslation("queue.status"));
        status.setItems(RequestStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("queue.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("queue.any")
                : getTranslation("request.status." + s.name()));
        status.addValueChangeListener(e -> refresh());

        Map<String, String> typeNames = new HashMap<>();
        for (RequestType t : types.list()) {
            typeNames.put(t.code(), t.name(getLocale()));
        }
        type.setId("queue-type");
        type.setLabel(getTranslation("queue.type"));
        type.setItems(typeNames.keySet().stream().sorted().toList());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("queue.any"));
        type.setItemLabelGenerator(code -> code == null ? getTranslation("queue.any") : typeNames.get(code));
        type.addValueChangeListener(e -> refresh());

        count.setId("queue-count");
        search.setId("queue-search");
        search.setPlaceholder(getTranslation("queue.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());

        // The list as filtered and sorted now, up to 10,000 rows.
        Div toolbar = new Div(search, status, type, count, RequestExportLink.of(this, ZoneId.of(tenant.timeZone()),
                () -> queue.page(query(null), 0, 10_000), "labdesk-requests"));
        toolbar.addClassName("labdesk-toolbar");
        if (currentTenant.hasAny(TenantRole.CUSTOMER_SERVICE, TenantRole.TENANT_ADMIN)) {
            Button create = new Button(getTranslation("queue.new"), VaadinIcon.PLUS.create(),
                    e -> new NewRequestDialog(intake, types, intakeForms.current(), this::refresh).open());
            create.setId("new-request");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.addComponentAsFirst(create);
        }

        grid.setId("request-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // Widths chosen so the default columns fit 1440 px with the drawer open; long texts wrap or are clamped.
        grid.addColumn(ServiceRequest::number).setHeader(getTranslation("request.number")).setKey("NUMBER")
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> clamped(r.subject())).setHeader(getTranslation("request.subject"))
                .setKey("SUBJECT").setWidth("9em").setFlexGrow(3).setTooltipGenerator(ServiceRequest::subject);
        grid.addColumn(r -> getTranslation("request.status." + r.status().name()))
                .setHeader(getTranslation("request.status")).setKey("STATUS").setSortable(true).setWidth("6.5em")
                .setFlexGrow(0);
        grid.addComponentColumn(r -> SlaBadges.of(this, pageTargets.getOrDefault(r.id(), List.of()), tenant,
                Instant.now())).setHeader(getTranslation("request.sla")).setKey("SLA").setWidth("10.5em")
                .setFlexGrow(1);
        grid.addColumn(r -> typeNames.getOrDefault(r.typeCode(), r.typeCode()))
                .setHeader(getTranslation("request.type")).setKey("TYPE").setWidth("8em").setFlexGrow(1);
        grid.addColumn(r -> (r.emergency() ? getTranslation("request.emergencyShort") + " · " : "")
                        + asked.name(r.priority(), getLocale()))
                .setHeader(getTranslation("request.priority")).setKey("PRIORITY").setSortable(true).setWidth("7em")
                .setFlexGrow(0);
        grid.addComponentColumn(r -> clamped(customer(r))).setHeader(getTranslation("request.customer"))
                .setKey("CUSTOMER").setWidth("8em").setFlexGrow(2).setTooltipGenerator(RequestQueueView::customer);
        grid.addColumn(r -> r.assignee() == null ? "" : names.staff(r.assignee())).setHeader(getTranslation("request.assignee"))
                .setKey("ASSIGNEE").setWidth("7em").setFlexGrow(0);
        grid.addColumn(r -> tenant.localTime(r.receivedAt())).setHeader(getTranslation("request.receivedAt"))
                .setKey("RECEIVED").setSortable(true).setWidth("8em").setFlexGrow(0);
        toolbar.add(columnChooser());
        Button clear = new Button(getTranslation("queue.empty.clear"), e -> clearFilters());
        clear.setId("queue-clear");
        EmptyState.in(grid, getTranslation("queue.empty"), getTranslation("queue.empty.next"), clear);
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("RECEIVED"), SortDirection.DESCENDING)));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(RequestView.class,
                new RouteParameters("requestId", e.getItem().id().toString()))));
        grid.setDataProvider(new CallbackDataProvider<>(q -> {
            List<ServiceRequest> page = queue.page(query(q.getSortOrders().stream().findFirst()
                    .map(o -> Map.entry(o.getSorted(), o.getDirection() == SortDirection.ASCENDING))
                    .orElse(null)), q.getOffset(), q.getLimit());
            pageTargets.clear();
            pageTargets.putAll(slas.of(page.stream().map(ServiceRequest::id).toList()));
            return page.stream();
        }, q -> {
            long total = queue.count(query(null));
            count.setText(getTranslation("queue.count", total));
            return (int) Math.min(total, Integer.MAX_VALUE);
        }));
        add(tabs, toolbar, grid);
        // The queue takes the whole width beside the drawer, not a reading page's.
        addClassName("labdesk-page-wide");
        setSizeFull();
        grid.setHeight("70vh");
    }

    /** {@code ?scope=mine} (unassigned, team, all): the home page's links open the queue on that tab. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> asked = event.getLocation().getQueryParameters().getParameters().get("scope");
        if (asked != null && !asked.isEmpty()) {
            for (RequestQueue.Scope s : RequestQueue.Scope.values()) {
                if (s.name().equalsIgnoreCase(asked.get(0))) {
                    tabs.setSelectedIndex(s.ordinal());
                }
            }
        }
    }

    private RequestQueue.Query query(Map.Entry<String, Boolean> sort) {
        RequestQueue.Sort by = sort == null ? RequestQueue.Sort.RECEIVED : RequestQueue.Sort.valueOf(sort.getKey());
        return new RequestQueue.Query(scope, status.getValue(), type.getValue(), search.getValue(), by,
                sort != null && sort.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** Back to the whole team's open requests, unfiltered: what an empty queue offers. */
    private void clearFilters() {
        search.clear();
        status.clear();
        type.clear();
        tabs.setSelectedIndex(RequestQueue.Scope.TEAM.ordinal());
        refresh();
    }

    private static String customer(ServiceRequest r) {
        return r.customerOrganisation() == null ? PersonalData.maskName(r.contactName())
                : r.customerOrganisation() + " · " + PersonalData.maskName(r.contactName());
    }

    /** Up to two lines of text; the column's tooltip shows all of it. */
    private static Span clamped(String text) {
        Span span = new Span(text == null ? "" : text);
        span.addClassName("labdesk-clamp");
        return span;
    }

    /**
     * A menu of the columns one may show or hide; the choice holds for the session (every queue opened in it).
     * Type is hidden at first: the type filter above the grid already narrows by it.
     */
    private Button columnChooser() {
        @SuppressWarnings("unchecked")
        Set<String> hidden = (Set<String>) VaadinSession.getCurrent().getAttribute(HIDDEN_COLUMNS);
        if (hidden == null) {
            hidden = new HashSet<>(Set.of("TYPE"));
            VaadinSession.getCurrent().setAttribute(HIDDEN_COLUMNS, hidden);
        }
        Set<String> chosen = hidden;
        Button button = new Button(getTranslation("queue.columns"), VaadinIcon.GRID_V.create());
        button.setId("queue-columns");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        ContextMenu menu = new ContextMenu(button);
        menu.setOpenOnClick(true);
        for (Grid.Column<ServiceRequest> column : grid.getColumns()) {
            String key = column.getKey();
            column.setVisible(!chosen.contains(key));
            if ("NUMBER".equals(key)) {
                continue; // the request's name: always shown
            }
            MenuItem item = menu.addItem(getTranslation(COLUMN_LABELS.get(key)), e -> {
                boolean show = e.getSource().isChecked();
                column.setVisible(show);
                if (show) {
                    chosen.remove(key);
                } else {
                    chosen.add(key);
                }
            });
            item.setId("column-" + key.toLowerCase(Locale.ROOT));
            item.setCheckable(true);
            item.setChecked(!chosen.contains(key));
            item.setKeepOpen(true);
        }
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.requests") + " · LabDesk";
    }
}
