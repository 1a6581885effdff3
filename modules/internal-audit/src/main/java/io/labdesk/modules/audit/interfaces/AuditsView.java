package io.labdesk.modules.audit.interfaces;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import io.labdesk.modules.audit.AuditModule;
import io.labdesk.modules.audit.application.AuditReport;
import io.labdesk.modules.audit.application.Audits;
import io.labdesk.modules.audit.application.ManagementReview;
import io.labdesk.modules.audit.domain.Area;
import io.labdesk.modules.audit.domain.Audit;
import io.labdesk.modules.audit.domain.AuditStatus;
import io.labdesk.modules.audit.domain.Clause;
import io.labdesk.modules.audit.domain.ClauseLibrary;
import io.labdesk.modules.audit.domain.Coverage;
import io.labdesk.modules.audit.domain.Programme;
import io.labdesk.platform.api.export.DocumentPrinter;
import io.labdesk.platform.api.export.Spreadsheets;
import io.labdesk.platform.api.identity.StaffDirectory;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.sla.WorkingTime;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.ui.Attempt;
import io.labdesk.platform.api.ui.EmptyState;
import io.labdesk.platform.api.ui.Feedback;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The year's audit programme: its audits by month, the coverage of clauses and areas with the gaps flagged, its
 * approval; the institution's areas. An audit opens as a dialog ({@code audits?id=…}); {@code ?year=…} picks a year.
 */
public class AuditsView extends Div implements BeforeEnterObserver {

    private final Audits audits;
    private final TenantModules modules;
    private final Words words;
    private final IntegerField year = new IntegerField();
    private final Div programme = new Div();
    private final Div areas = new Div();
    private final int thisYear;
    private final String me;
    /** From the home page's tasks: only the audits the user is on, or only those at a status. */
    private boolean mineOnly;
    private AuditStatus statusOnly;

    private final AuditReport report;
    private final DocumentPrinter printer;
    private final ManagementReview review;
    private final Spreadsheets spreadsheets;

    @Inject
    public AuditsView(Audits audits, TenantModules modules, StaffDirectory directory, WorkingTime workingTime,
                      CurrentTenant currentTenant, AuditReport report, DocumentPrinter printer,
                      ManagementReview review, Spreadsheets spreadsheets) {
        this.review = review;
        this.spreadsheets = spreadsheets;
        this.audits = audits;
        this.report = report;
        this.printer = printer;
        this.me = currentTenant.actor();
        this.modules = modules;
        this.words = new Words(directory.active());
        this.thisYear = LocalDate.now(workingTime.zone()).getYear();
        setId("audits-view");
        addClassName("labdesk-page");
        add(new H2(words.t("内部审核", "Internal audits")), new Paragraph(words.t(
                "年度方案覆盖全部条款和区域，12 个月内未审核的标为缺口；审核员须有有效内审员资格，且不审核自己工作的区域和经手的记录。",
                "The year's programme covers every clause and area; any not audited within 12 months is a gap. "
                        + "Auditors hold a valid internal-auditor qualification and never audit an area they work "
                        + "in or records they handled.")));
        year.setId("audits-year");
        year.setLabel(words.t("年度", "Year"));
        year.setStepButtonsVisible(true);
        year.setValue(thisYear);
        year.addValueChangeListener(e -> refresh());
        programme.setId("audits-programme");
        areas.setId("audits-areas");
        add(year, programme, areas);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> q = event.getLocation().getQueryParameters().getParameters();
        mineOnly = q.containsKey("mine");
        try {
            statusOnly = q.containsKey("status") ? AuditStatus.valueOf(q.get("status").get(0)) : null;
        } catch (IllegalArgumentException e) {
            statusOnly = null; // not a status: every audit
        }
        try {
            if (q.containsKey("year")) {
                year.setValue(Integer.parseInt(q.get("year").get(0)));
            }
        } catch (NumberFormatException e) {
            // not a year: this year
        }
        refresh();
        if (q.containsKey("id")) {
            try {
                openAudit(UUID.fromString(q.get("id").get(0)));
            } catch (IllegalArgumentException e) {
                // not an audit's id: the programme alone
            }
        }
    }

    private int year() {
        return year.getValue() == null ? thisYear : year.getValue();
    }

    private void refresh() {
        programme.removeAll();
        areas.removeAll();
        int y = year();
        Optional<Audits.Plan> plan = audits.plan(y);
        if (plan.isEmpty()) {
            programme.add(new EmptyState(words.t(y + " 年还没有内审方案。", "No audit programme for " + y + " yet."),
                    words.t("建立方案后按月计划审核，覆盖全部条款和区域。",
                            "Open it, then plan audits by month so that every clause and area is covered.")));
            if (modules.permitted(AuditModule.PLAN)) {
                Button open = new Button(words.t("建立 " + y + " 年方案", "Open the " + y + " programme"),
                        VaadinIcon.PLUS.create(), e -> {
                    if (Attempt.run(Map.of(), () -> audits.openProgramme(y))) {
                        refresh();
                    }
                });
                open.setId("open-programme");
                open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                programme.add(open);
            }
        } else {
            showPlan(plan.get());
        }
        showAreas();
    }

    private void showPlan(Audits.Plan plan) {
        Programme p = plan.programme();
        Span state = new Span(words.t("修订版 " + p.revision() + " · ", "Revision " + p.revision() + " · ")
                + (p.status() == Programme.Status.APPROVED
                ? words.t("已由 " + words.name(p.approvedBy()) + " 批准", "approved by " + words.name(p.approvedBy()))
                : words.t("草稿，待批准", "draft, to be approved")));
        state.setId("programme-state");
        HorizontalLayout actions = new HorizontalLayout(state);
        actions.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        if (modules.permitted(AuditModule.PLAN)) {
            Button plan1 = new Button(words.t("计划审核", "Plan an audit"), VaadinIcon.PLUS.create(),
                    e -> new PlanAuditDialog(audits, words, year(), a -> {
                        refresh();
                        openAudit(a.id());
                    }).open());
            plan1.setId("plan-audit");
            plan1.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(plan1);
        }
        if (p.status() == Programme.Status.DRAFT && modules.permitted(AuditModule.APPROVE)) {
            Button approve = new Button(words.t("批准方案", "Approve the programme"), VaadinIcon.CHECK.create(), e -> {
                if (Attempt.run(Map.of(), () -> audits.approve(p.year(), p.version()))) {
                    Feedback.done(words.t("方案已批准。", "The programme is approved."));
                    refresh();
                }
            });
            approve.setId("approve-programme");
            actions.add(approve);
        }
        actions.add(download("review-pdf", words.t("管理评审输入（PDF）", "Management review input (PDF)"),
                "internal-audits-" + p.year() + ".pdf", "application/pdf",
                () -> printer.pdf(review.pdf(review.of(p.year()), words.locale()))));
        actions.add(download("review-xlsx", words.t("发现清单（Excel）", "Findings (Excel)"),
                "internal-audits-" + p.year() + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                () -> spreadsheets.write(Integer.toString(p.year()), review.headers(words.locale()),
                        review.sheet(review.of(p.year()), words.locale()))));
        programme.add(actions);

        Grid<Audit> grid = new Grid<>();
        grid.setId("audits-grid");
        grid.addColumn(Audit::number).setHeader(words.t("编号", "Number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.plannedMonth().getMonthValue()).setHeader(words.t("月份", "Month")).setAutoWidth(true);
        grid.addColumn(Audit::title).setHeader(words.t("审核", "Audit")).setFlexGrow(1);
        grid.addColumn(a -> words.of(a.status().text())).setHeader(words.t("状态", "Status")).setAutoWidth(true);
        grid.addColumn(a -> String.join(" ", a.clauses())).setHeader(words.t("条款", "Clauses")).setFlexGrow(1);
        grid.addColumn(a -> String.join(" ", a.areas())).setHeader(words.t("区域", "Areas")).setAutoWidth(true);
        grid.addColumn(a -> words.names(a.auditors())).setHeader(words.t("审核组", "Team")).setAutoWidth(true);
        grid.addItemClickListener(e -> openAudit(e.getItem().id()));
        grid.setItems(plan.audits().stream().filter(a -> !mineOnly || a.auditors().contains(me))
                .filter(a -> statusOnly == null || a.status() == statusOnly).toList());
        grid.setAllRowsVisible(true);
        EmptyState.in(grid, words.t("方案中还没有审核。", "No audits in the programme yet."),
                words.t("用“计划审核”按月安排，使全年覆盖全部条款和区域。",
                        "Use \"Plan an audit\" month by month until the year covers every clause and area."));
        programme.add(grid);

        programme.add(new H3(words.t("覆盖情况", "Coverage")));
        Div gaps = new Div();
        gaps.setId("coverage-gaps");
        if (plan.gaps().isEmpty()) {
            gaps.add(new Span(words.t("全部条款和区域在 12 个月内均有审核。",
                    "Every clause and area is audited within 12 months.")));
        } else {
            ClauseLibrary library = audits.library();
            List<String> named = new ArrayList<>();
            for (Coverage.Gap g : plan.gaps()) {
                String item = library.find(g.item()).map(c -> c.label(words.locale())).orElse(g.item());
                named.add(item + (g.why() == Coverage.Why.NOT_IN_YEAR ? words.t("（本年未审核）", " (not audited this year)")
                        : words.t("（间隔超过 12 个月，上次 " + g.since() + "）",
                        " (more than 12 months since " + g.since() + ")")));
            }
            gaps.add(new Span(words.t("缺口 " + named.size() + " 项：", named.size() + " gaps: ")
                    + String.join(words.t("；", "; "), named)));
            gaps.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        programme.add(gaps, matrix(plan));
    }

    /** Clauses and areas against the months of the year; a dot where an audit covers it. */
    private Grid<Map.Entry<String, java.util.TreeSet<Integer>>> matrix(Audits.Plan plan) {
        Grid<Map.Entry<String, java.util.TreeSet<Integer>>> matrix = new Grid<>();
        matrix.setId("coverage-matrix");
        ClauseLibrary library = audits.library();
        matrix.addColumn(e -> library.find(e.getKey()).map(c -> c.label(words.locale())).orElse(e.getKey()))
                .setHeader(words.t("条款 / 区域", "Clause / area")).setAutoWidth(true).setFrozen(true);
        for (int m = 1; m <= 12; m++) {
            int month = m;
            matrix.addColumn(e -> e.getValue().contains(month) ? "●" : "").setHeader(Integer.toString(m))
                    .setWidth("3rem").setFlexGrow(0);
        }
        List<Map.Entry<String, java.util.TreeSet<Integer>>> rows = new ArrayList<>(plan.clauses().entrySet());
        rows.addAll(plan.areas().entrySet());
        matrix.setItems(rows);
        matrix.setAllRowsVisible(true);
        return matrix;
    }

    private void showAreas() {
        areas.add(new H3(words.t("区域与人员", "Areas and their staff")));
        Grid<Area> grid = new Grid<>();
        grid.setId("areas-grid");
        grid.addColumn(Area::code).setHeader(words.t("代码", "Code")).setAutoWidth(true);
        grid.addColumn(Area::name).setHeader(words.t("名称", "Name")).setFlexGrow(1);
        grid.addColumn(a -> words.names(a.staff())).setHeader(words.t("在此工作的人员", "Staff working here"))
                .setFlexGrow(1);
        grid.setItems(audits.areas());
        grid.setAllRowsVisible(true);
        EmptyState.in(grid, words.t("还没有区域。", "No areas yet."), words.t(
                "登记部门、实验室和活动（样品接收、报告、客户服务）及在其中工作的人员：审核员不审核自己工作的区域。",
                "Record departments, laboratories and activities (sample receipt, reporting, customer service) with "
                        + "the staff who work there: auditors never audit an area they work in."));
        if (modules.permitted(AuditModule.PLAN)) {
            grid.addItemClickListener(e -> areaDialog(e.getItem()));
            Button add = new Button(words.t("添加区域", "Add an area"), VaadinIcon.PLUS.create(), e -> areaDialog(null));
            add.setId("add-area");
            areas.add(add);
        }
        areas.add(grid);
    }

    private void areaDialog(Area area) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(area == null ? words.t("添加区域", "Add an area") : area.name());
        TextField code = new TextField(words.t("代码", "Code"));
        code.setId("area-code");
        TextField name = new TextField(words.t("名称", "Name"));
        name.setId("area-name");
        MultiSelectComboBox<String> people = new MultiSelectComboBox<>(words.t("在此工作的人员", "Staff working here"));
        people.setId("area-staff");
        people.setItems(words.staff().stream().map(StaffDirectory.StaffMember::username).toList());
        people.setItemLabelGenerator(words::name);
        if (area != null) {
            code.setValue(area.code());
            code.setReadOnly(true);
            name.setValue(area.name());
            people.setValue(new java.util.HashSet<>(area.staff()));
        }
        dialog.add(new FormLayout(code, name, people));
        Button save = new Button(words.t("保存", "Save"), e -> {
            if (Attempt.run(Map.of("code", code, "name", name, "staff", people), () -> audits.saveArea(
                    code.getValue(), name.getValue(), new ArrayList<>(people.getValue())))) {
                dialog.close();
                refresh();
            }
        });
        save.setId("save-area");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(words.t("取消", "Cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private static com.vaadin.flow.component.html.Anchor download(String id, String label, String fileName,
                                                                  String type,
                                                                  java.util.function.Supplier<byte[]> content) {
        com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor(
                com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(e -> {
                    byte[] bytes = content.get();
                    return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(bytes),
                            fileName, type, bytes.length);
                }), label);
        link.setId(id);
        return link;
    }

    private void openAudit(UUID id) {
        new AuditDialog(audits, modules, words, me, id, this::refresh,
                d -> printer.pdf(report.of(d, audits.library(), words.locale()))).open();
    }

    static String clauseLabel(ClauseLibrary library, String number, Words words) {
        return library.find(number).map((Clause c) -> c.label(words.locale())).orElse(number);
    }

    static ComboBox<String> staffChoice(Words words, String label) {
        ComboBox<String> box = new ComboBox<>(label);
        box.setItems(words.staff().stream().map(StaffDirectory.StaffMember::username).toList());
        box.setItemLabelGenerator(words::name);
        return box;
    }
}
