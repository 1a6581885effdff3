package io.labdesk.modules.retest.interfaces;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import io.labdesk.modules.retest.RetestModule;
import io.labdesk.modules.retest.application.CustomerNotices;
import io.labdesk.modules.retest.application.RetestCases;
import io.labdesk.modules.retest.domain.RetestCase;
import io.labdesk.modules.retest.domain.RetestFigures;
import io.labdesk.modules.retest.domain.RetestStatus;
import io.labdesk.modules.retest.domain.ResultLetter;
import io.labdesk.platform.api.letter.LetterTemplates;
import io.labdesk.platform.api.ui.Feedback;
import io.labdesk.platform.api.ui.LetterWordingDialog;
import io.labdesk.platform.api.export.DocumentPrinter;
import io.labdesk.platform.api.identity.StaffDirectory;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.sla.WorkingTime;
import io.labdesk.platform.api.ui.EmptyState;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The retest cases: the latest (or those a dashboard figure counts, or the one a link opens), searched by number,
 * customer or report and by status. A new case, a case's file and the cause catalogue open as dialogs;
 * {@code retests?request=…} opens a new case on that request.
 */
public class RetestsView extends Div implements BeforeEnterObserver, HasUrlParameter<String> {

    private final RetestCases cases;
    private final CustomerNotices notices;
    private final DocumentPrinter printer;
    private final TenantModules modules;
    private final Words words;
    private final TextField search = new TextField();
    private final ComboBox<RetestStatus> statusFilter = new ComboBox<>();
    private final Div filter = new Div();
    private final Grid<RetestCase> grid = new Grid<>();
    /** The dashboard's filter, or null for the latest cases. */
    private Supplier<List<RetestCase>> listed;
    /** The case the address names, opened once the list is shown. */
    private String opened;
    private final LetterTemplates letters;

    @Inject
    public RetestsView(RetestCases cases, CustomerNotices notices, DocumentPrinter printer, TenantModules modules,
                       StaffDirectory directory, WorkingTime workingTime, LetterTemplates letters) {
        this.cases = cases;
        this.letters = letters;
        this.notices = notices;
        this.printer = printer;
        this.modules = modules;
        this.words = new Words(directory.active(), workingTime.zone());
        setId("retests-view");
        addClassName("labdesk-page");
        add(new H2(words.t("复测", "Retests")), new Paragraph(words.t(
                "按原因判定责任与费用：本机构原因免费复测，客户原因有条件收费，无法确定的协商处理；复测结果以 En 值与原结果比对。",
                "Who is at fault decides who pays: free when it is the institution, charged when it is the customer's "
                        + "side, negotiated when unclear; the retest is compared with the original by En.")));
        HorizontalLayout actions = new HorizontalLayout();
        if (modules.permitted(RetestModule.RECORD)) {
            Button open = new Button(words.t("登记复测申请", "Record a retest request"), VaadinIcon.PLUS.create(),
                    e -> openNew(null));
            open.setId("record-retest");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(open);
        }
        if (modules.permitted(RetestModule.MANAGE)) {
            Button causes = new Button(words.t("原因目录", "Cause catalogue"), VaadinIcon.LIST.create(),
                    e -> new CauseCatalogueDialog(cases, words).open());
            causes.setId("retest-causes");
            Button letter = new Button(words.t("结果通知书措辞", "Result letter wording"), VaadinIcon.FILE_TEXT_O.create(),
                    e -> new LetterWordingDialog(letters, RetestModule.ID, ResultLetter.kind(RetestModule.MANAGE))
                            .open());
            letter.setId("retest-letter-wording");
            actions.add(causes, letter);
        }
        search.setId("retests-search");
        search.setPlaceholder(words.t("编号、客户或报告编号", "Number, customer or report"));
        search.setClearButtonVisible(true);
        search.setWidth("20rem");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        statusFilter.setId("retests-status");
        statusFilter.setPlaceholder(words.t("全部状态", "Any status"));
        statusFilter.setItems(RetestStatus.values());
        statusFilter.setItemLabelGenerator(s -> words.of(s.label()));
        statusFilter.setClearButtonVisible(true);
        statusFilter.addValueChangeListener(e -> refresh());
        actions.add(search, statusFilter);
        actions.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        filter.setId("retests-filter");
        filter.setVisible(false);
        add(actions, filter);

        grid.setId("retests-grid");
        grid.addColumn(RetestCase::number).setHeader(words.t("编号", "Number")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(c -> words.badge(c.status())).setHeader(words.t("状态", "Status")).setAutoWidth(true);
        grid.addColumn(c -> words.when(c.openedAt())).setHeader(words.t("收到", "Received")).setAutoWidth(true);
        grid.addColumn(c -> c.customerOrganisation() == null ? c.customerName()
                        : c.customerOrganisation() + " · " + c.customerName()).setHeader(words.t("客户", "Customer"))
                .setFlexGrow(1);
        grid.addColumn(RetestCase::reportNumber).setHeader(words.t("报告", "Report")).setAutoWidth(true);
        grid.addColumn(c -> c.causeClass() == null ? "" : words.of(c.causeClass().label()))
                .setHeader(words.t("类别", "Class")).setFlexGrow(1);
        grid.addColumn(c -> c.overall() == null ? "" : words.of(c.overall().label()))
                .setHeader(words.t("比对", "Comparison")).setAutoWidth(true);
        grid.addItemClickListener(e -> open(e.getItem().id()));
        EmptyState.in(grid, words.t("没有复测记录。", "No retests."), words.t(
                "客户可在服务跟踪页或公开表单申请复测；也可在此登记电话或来函提出的申请。",
                "Customers ask from their tracking page or the public form; record requests made by phone or "
                        + "letter here."));
        add(grid);
    }

    private void refresh() {
        grid.setItems(listed == null ? cases.search(search.getValue(), statusFilter.getValue(), 200) : listed.get());
    }

    /** {@code ?from=…&until=…&facet=…[&value=…]}: the cases a dashboard number counts; {@code ?request=…}: a new case. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> q = event.getLocation().getQueryParameters().getParameters();
        listed = null;
        filter.removeAll();
        filter.setVisible(false);
        try {
            LocalDate from = LocalDate.parse(q.get("from").get(0));
            LocalDate until = LocalDate.parse(q.get("until").get(0));
            RetestFigures.Facet facet = RetestFigures.Facet.valueOf(q.get("facet").get(0));
            String value = q.containsKey("value") ? q.get("value").get(0) : null;
            listed = () -> cases.behind(from, until, facet, value);
            Span shown = new Span(words.t("显示：", "Showing: ") + facetLabel(facet) + (value == null ? "" : " " + value)
                    + " · " + from + " – " + until.minusDays(1));
            shown.setId("retests-filter-label");
            Button all = new Button(words.t("显示全部", "Show all"), e -> {
                listed = null;
                filter.setVisible(false);
                refresh();
            });
            all.setId("retests-filter-clear");
            filter.add(shown, all);
            filter.setVisible(true);
        } catch (RuntimeException e) {
            listed = null; // no or a malformed filter: the latest cases
        }
        if (listed == null && q.containsKey("status")) {
            try {
                statusFilter.setValue(RetestStatus.valueOf(q.get("status").get(0)));
            } catch (IllegalArgumentException e) {
                // not a status: the latest cases
            }
        }
        refresh();
        if (q.containsKey("request") && modules.permitted(RetestModule.RECORD)) {
            openNew(q.get("request").get(0));
        }
        if (opened != null) {
            try {
                UUID id = UUID.fromString(opened);
                cases.detail(id);
                open(id);
            } catch (IllegalArgumentException | jakarta.ws.rs.NotFoundException e) {
                // Not a case of this institution (or no id at all): said, and the list alone.
                Feedback.refused(words.t("找不到该复测案例。", "There is no such retest case."));
            }
        }
    }

    /** {@code retests/<id>}: a deadline warning's or a request page's link opens the case it is about. */
    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String id) {
        opened = id;
    }

    private String facetLabel(RetestFigures.Facet facet) {
        return switch (facet) {
            case OPENED -> words.t("收到的复测申请", "retests asked for");
            case INSTITUTION_AT_FAULT -> words.t("本机构原因", "at the institution's fault");
            case AGREED -> words.t("复测结果一致", "agreeing with the original");
            case CLASS -> words.t("类别", "class");
            case CAUSE -> words.t("原因", "cause");
        };
    }

    private void openNew(String requestNumber) {
        new NewRetestDialog(cases, words, requestNumber, c -> {
            refresh();
            open(c.id());
        }).open();
    }

    private void open(UUID id) {
        new RetestCaseDialog(cases, notices, printer, modules, words, id, this::refresh).open();
    }
}
