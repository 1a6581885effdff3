package io.labdesk.modules.instruments.interfaces;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import io.labdesk.modules.instruments.InstrumentServiceModule;
import io.labdesk.modules.instruments.application.Instruments;
import io.labdesk.modules.instruments.application.ServiceCases;
import io.labdesk.modules.instruments.domain.CaseStatus;
import io.labdesk.modules.instruments.domain.ServiceCase;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.sla.WorkingTime;
import io.labdesk.platform.api.ui.EmptyState;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The service cases: the latest, or those a dashboard figure counts, searched by number, request or customer and by
 * status; {@code service-cases/<id>} (a deadline warning's link) opens the case.
 */
public class ServiceCasesView extends Div implements BeforeEnterObserver, HasUrlParameter<String> {

    private final ServiceCases cases;
    private final Instruments instruments;
    private final TenantModules modules;
    private final Words words;
    private final TextField search = new TextField();
    private final ComboBox<CaseStatus> statusFilter = new ComboBox<>();
    private final Grid<ServiceCase> grid = new Grid<>();
    private List<ServiceCase> listed;
    private String opened;

    @Inject
    public ServiceCasesView(ServiceCases cases, Instruments instruments, TenantModules modules,
                            WorkingTime workingTime) {
        this.cases = cases;
        this.instruments = instruments;
        this.modules = modules;
        this.words = new Words(workingTime.zone());
        setId("service-cases-view");
        addClassName("labdesk-page");
        add(new H2(words.t("仪器服务单", "Service cases")), new Paragraph(words.t(
                "维修、更换、安装调试与维护保养：开单即判定保修，诊断后确定服务方式；收费服务须客户接受报价后开始。",
                "Repair, replacement, installation and maintenance: the warranty is decided when a case opens and the "
                        + "way once diagnosed; chargeable work starts once the customer accepts the quote.")));
        search.setId("service-cases-search");
        search.setPlaceholder(words.t("服务单、请求编号或客户", "Case, request or customer"));
        search.setClearButtonVisible(true);
        search.setWidth("20rem");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> {
            listed = null;
            refresh();
        });
        statusFilter.setId("service-cases-status");
        statusFilter.setPlaceholder(words.t("全部状态", "Any status"));
        statusFilter.setItems(CaseStatus.values());
        statusFilter.setItemLabelGenerator(s -> words.of(s.label()));
        statusFilter.setClearButtonVisible(true);
        statusFilter.addValueChangeListener(e -> {
            listed = null;
            refresh();
        });
        HorizontalLayout actions = new HorizontalLayout();
        if (modules.permitted(InstrumentServiceModule.SERVICE)) {
            Button open = new Button(words.t("开服务单", "Open a service case"), VaadinIcon.PLUS.create(),
                    e -> openNew(null));
            open.setId("open-service-case");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(open);
        }
        actions.add(search, statusFilter);
        actions.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(actions);

        grid.setId("service-cases-grid");
        grid.addColumn(ServiceCase::number).setHeader(words.t("编号", "Number")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(c -> words.badge(c.status())).setHeader(words.t("状态", "Status")).setAutoWidth(true);
        grid.addColumn(c -> words.of(c.kind().label())).setHeader(words.t("类型", "Kind")).setAutoWidth(true);
        grid.addColumn(c -> words.when(c.openedAt())).setHeader(words.t("开单", "Opened")).setAutoWidth(true);
        grid.addColumn(ServiceCase::requestNumber).setHeader(words.t("请求", "Request")).setAutoWidth(true);
        grid.addColumn(ServiceCase::customerName).setHeader(words.t("客户", "Customer")).setFlexGrow(1);
        grid.addComponentColumn(c -> words.badge(c.warranty(), c.chargeable())).setHeader(words.t("保修", "Warranty"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.way() == null ? "" : words.of(c.way().label())).setHeader(words.t("服务方式", "Way"))
                .setFlexGrow(1);
        grid.addItemClickListener(e -> open(e.getItem().id()));
        EmptyState.in(grid, words.t("没有服务单。", "No service cases."), words.t(
                "在维修、更换、安装调试或维护保养请求上为客户的仪器开服务单。",
                "Open a case for the customer's instrument on a repair, replacement, installation or maintenance "
                        + "request."));
        add(grid);
    }

    private void refresh() {
        grid.setItems(listed != null ? listed : cases.search(search.getValue(), statusFilter.getValue(), 200));
    }

    /** {@code ?from=…&until=…&facet=…[&value=…]}: the cases a dashboard number counts. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> q = event.getLocation().getQueryParameters().getParameters();
        listed = null;
        try {
            listed = cases.behind(LocalDate.parse(q.get("from").get(0)), LocalDate.parse(q.get("until").get(0)),
                    q.get("facet").get(0), q.containsKey("value") ? q.get("value").get(0) : null);
        } catch (RuntimeException e) {
            listed = null; // no or a malformed filter: the latest cases
        }
        if (listed == null && q.containsKey("status")) {
            try {
                statusFilter.setValue(CaseStatus.valueOf(q.get("status").get(0)));
            } catch (IllegalArgumentException e) {
                // not a status: the latest cases
            }
        }
        refresh();
        if (q.containsKey("request") && modules.permitted(InstrumentServiceModule.SERVICE)) {
            openNew(q.get("request").get(0));
        }
        if (opened != null) {
            try {
                open(UUID.fromString(opened));
            } catch (IllegalArgumentException e) {
                // not a case's id: the list alone
            }
        }
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String id) {
        opened = id;
    }

    private void openNew(String requestNumber) {
        new NewServiceCaseDialog(cases, instruments, words, requestNumber, c -> {
            refresh();
            open(c.id());
        }).open();
    }

    private void open(UUID id) {
        new ServiceCaseDialog(cases, modules, words, id, this::refresh).open();
    }
}
