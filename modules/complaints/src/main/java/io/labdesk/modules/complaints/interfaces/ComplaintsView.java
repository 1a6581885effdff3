package io.labdesk.modules.complaints.interfaces;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import io.labdesk.modules.complaints.ComplaintsModule;
import io.labdesk.modules.complaints.application.ComplaintArchive;
import io.labdesk.modules.complaints.application.ComplaintFiles;
import io.labdesk.modules.complaints.application.ComplaintReplies;
import io.labdesk.modules.complaints.domain.Complaint;
import io.labdesk.modules.complaints.domain.ComplaintFigures;
import io.labdesk.modules.complaints.domain.ComplaintKinds;
import io.labdesk.modules.complaints.domain.ComplaintTask;
import io.labdesk.modules.complaints.domain.ReplyLetter;
import io.labdesk.platform.api.letter.LetterTemplates;
import io.labdesk.platform.api.ui.Feedback;
import io.labdesk.platform.api.ui.LetterWordingDialog;
import io.labdesk.platform.api.deadline.TrackedDeadline;
import io.labdesk.platform.api.identity.StaffDirectory;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.sla.WorkingTime;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.LocalTimes;
import io.labdesk.platform.api.ui.DeadlineBadge;
import io.labdesk.platform.api.ui.EmptyState;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The complaint register: the latest complaints (or those a dashboard figure counts, or the one a link opens),
 * searched by number, complainant, organisation or report and by status, each with its running deadline. Recording a
 * complaint, its file and the reply templates open as dialogs of their own.
 */
public class ComplaintsView extends Div implements BeforeEnterObserver, HasUrlParameter<String> {


    private final ComplaintFiles files;
    private final ComplaintReplies replies;
    private final ComplaintArchive archive;
    private final String currentUser;
    /** The deadlines of the complaints listed, read once per listing rather than per row. */
    private Map<UUID, List<TrackedDeadline>> listedDeadlines = Map.of();
    private final Div filter = new Div();
    private final TextField search = new TextField();
    private final com.vaadin.flow.component.combobox.ComboBox<ComplaintKinds.Status> statusFilter =
            new com.vaadin.flow.component.combobox.ComboBox<>();
    /** The dashboard's filter (period and what a number counts), or null for the latest complaints. */
    private Supplier<List<Complaint>> listed;
    private final TenantModules modules;
    private final ZoneId zone;
    private final DialogParts forms;
    /** The complaint the address names, opened once the register is shown. */
    private String opened;
    private final Grid<Complaint> grid = new Grid<>();
    private final LetterTemplates letters;

    @Inject
    public ComplaintsView(ComplaintFiles files, ComplaintReplies replies, ComplaintArchive archive,
                          TenantModules modules, StaffDirectory directory, WorkingTime workingTime,
                          CurrentTenant currentTenant, LetterTemplates letters) {
        this.currentUser = currentTenant.actor();
        this.letters = letters;
        this.files = files;
        this.replies = replies;
        this.archive = archive;
        this.modules = modules;
        this.forms = new DialogParts(directory.active(), workingTime.zone());
        this.zone = workingTime.zone();
        setId("complaints-view");
        addClassName("labdesk-page");
        add(new H2(forms.t("投诉处理", "Complaints")), new Paragraph(forms.t(
                "对报告的异议须在签发后规定日期内提出，其他投诉在规定月数内；被点名或参与被投诉工作的人员须回避。",
                "Objections to a report are accepted within the set days of issue, others within the set months; "
                        + "staff named in a complaint or who did the work step aside.")));
        HorizontalLayout actions = new HorizontalLayout();
        if (modules.permitted(ComplaintsModule.RECORD)) {
            Button record = new Button(forms.t("登记投诉", "Record a complaint"), VaadinIcon.PLUS.create(), e -> openNew());
            record.setId("record-complaint");
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(record);
        }
        if (modules.permitted(ComplaintsModule.MANAGE)) {
            Button templates = new Button(forms.t("复函模板", "Reply letter templates"), VaadinIcon.FILE_TEXT_O.create(),
                    e -> openTemplates());
            templates.setId("reply-templates");
            actions.add(templates);
        }
        search.setId("complaints-search");
        search.setPlaceholder(forms.t("编号、投诉人、单位或报告编号", "Number, complainant, organisation or report"));
        search.setClearButtonVisible(true);
        search.setWidth("22rem");
        search.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        statusFilter.setId("complaints-status");
        statusFilter.setPlaceholder(forms.t("全部状态", "Any status"));
        statusFilter.setItems(ComplaintKinds.Status.values());
        statusFilter.setItemLabelGenerator(forms::label);
        statusFilter.setClearButtonVisible(true);
        statusFilter.addValueChangeListener(e -> refresh());
        actions.add(search, statusFilter);
        actions.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        filter.setId("complaints-filter");
        filter.setVisible(false);
        add(actions, filter);
        grid.setId("complaints-grid");
        grid.addColumn(Complaint::number).setHeader(forms.t("编号", "Number")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(forms::statusBadge).setHeader(forms.t("状态", "Status")).setAutoWidth(true);
        grid.addColumn(c -> LocalTimes.format(c.receivedAt(), zone)).setHeader(forms.t("收到", "Received"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.complainantOrganisation() == null ? c.complainantName()
                : c.complainantOrganisation() + " · " + c.complainantName()).setHeader(forms.t("投诉人", "Complainant"))
                .setFlexGrow(1);
        grid.addColumn(c -> forms.label(c.subject())).setHeader(forms.t("事项", "Concerns")).setAutoWidth(true);
        grid.addColumn(c -> c.severity() == ComplaintKinds.Severity.MAJOR ? forms.t("重大", "Major") : "")
                .setHeader(forms.t("级别", "Severity")).setAutoWidth(true);
        grid.addColumn(c -> forms.name(c.investigator())).setHeader(forms.t("调查人", "Investigator"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::deadlineBadge).setHeader(forms.t("下一时限", "Next deadline")).setAutoWidth(true);
        grid.addItemClickListener(e -> open(e.getItem()));
        EmptyState.in(grid, forms.t("没有符合条件的投诉。", "No complaints match."), modules.permitted(ComplaintsModule.RECORD)
                ? forms.t("清除搜索和状态可查看最近的投诉；电话、来信或来访的投诉用“登记投诉”记录，网上投诉自动出现在这里。",
                        "Clear the search and status to see the latest complaints; record one received by phone, "
                                + "letter or visit with \"Record a complaint\"; complaints made online appear here.")
                : forms.t("清除搜索和状态可查看最近的投诉；投诉由客服登记。",
                        "Clear the search and status to see the latest complaints; customer service records them."));
        add(grid);
        refresh();
    }

    private void refresh() {
        List<Complaint> shown = listed == null ? files.search(search.getValue(), statusFilter.getValue(), 200)
                : listed.get();
        listedDeadlines = files.deadlinesOf(shown);
        grid.setItems(shown);
    }

    /** {@code ?from=…&until=…&facet=…[&value=…]}: the complaints a dashboard number counts. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> q = event.getLocation().getQueryParameters().getParameters();
        listed = null;
        filter.removeAll();
        filter.setVisible(false);
        Optional<ComplaintTask> task = q.getOrDefault("task", List.of()).stream().findFirst()
                .flatMap(ComplaintTask::of);
        if (task.isPresent()) {
            // ?task=…: the complaints a task on the home page counts.
            listed = () -> files.waitingFor(task.get());
            Span shown = new Span(forms.t("显示：", "Showing: ") + forms.t(task.get().label().zh(),
                    task.get().label().en()));
            shown.setId("complaints-filter-label");
            filter.add(shown, showAll());
            filter.setVisible(true);
            refresh();
            openNamed();
            return;
        }
        try {
            LocalDate from = LocalDate.parse(q.get("from").get(0));
            LocalDate until = LocalDate.parse(q.get("until").get(0));
            ComplaintFigures.Facet facet = ComplaintFigures.Facet.valueOf(q.get("facet").get(0));
            String value = q.containsKey("value") ? q.get("value").get(0) : null;
            listed = () -> files.behind(from, until, facet, value);
            Span shown = new Span(forms.t("显示：", "Showing: ") + facetLabel(facet, value) + " · " + from + " – "
                    + until.minusDays(1));
            shown.setId("complaints-filter-label");
            filter.add(shown, showAll());
            if (modules.permitted(ComplaintsModule.MANAGE)) {
                Button tendency = new Button(forms.t("为此趋势提出预防措施", "Raise a preventive action for this tendency"),
                        VaadinIcon.TRENDING_UP.create(), e -> openTendency(from, until, facet, value));
                tendency.setId("raise-tendency");
                filter.add(tendency);
            }
            filter.setVisible(true);
        } catch (RuntimeException e) {
            listed = null; // no or a malformed filter: the latest complaints
        }
        refresh();
        openNamed();
    }

    private Button showAll() {
        Button all = new Button(forms.t("显示全部", "Show all"), e -> {
            listed = null;
            filter.setVisible(false);
            refresh();
        });
        all.setId("complaints-filter-clear");
        return all;
    }

    /** The complaint the address names, if any, opened over the register. */
    private void openNamed() {
        if (opened != null) {
            Optional<Complaint> named;
            try {
                named = files.find(UUID.fromString(opened));
            } catch (IllegalArgumentException e) {
                named = Optional.empty();
            }
            // Not a complaint of this institution: said, and the register alone.
            named.ifPresentOrElse(this::open, () -> Feedback.refused(forms.t("找不到该投诉。", "There is no such complaint.")));
        }
    }

    /**
     * {@code complaints/<id>}: a deadline warning's link opens the complaint it is about. A path, not a query: the
     * sign-in on the way there keeps the path.
     */
    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String complaint) {
        opened = complaint;
    }

    private String facetLabel(ComplaintFigures.Facet facet, String value) {
        return switch (facet) {
            case RECEIVED -> forms.t("收到的投诉", "complaints received");
            case REFUSED -> forms.t("不予受理", "not accepted");
            case ACKNOWLEDGED_LATE -> forms.t("未及时确认", "not acknowledged in time");
            case ANSWERED_LATE -> forms.t("未按时答复", "not answered in time");
            case UPHELD -> forms.t("投诉成立", "upheld");
            case MAJOR_OPEN -> forms.t("未结重大投诉", "major complaints open");
            case CHANNEL -> forms.label(ComplaintKinds.Channel.valueOf(value));
            case NATURE -> "NONE".equals(value) ? forms.t("未分类", "not classified")
                    : forms.label(ComplaintKinds.Nature.valueOf(value));
        };
    }

    /** The deadline running now as an SLA badge (on track, at risk, breached), like a service request's. */
    private Component deadlineBadge(Complaint c) {
        return listedDeadlines.getOrDefault(c.id(), List.of()).stream().filter(d -> d.state().open()).findFirst()
                .<Component>map(d -> new DeadlineBadge(d, zone)).orElseGet(Span::new);
    }

    private void openNew() {
        new NewComplaintDialog(files, forms, recorded -> {
            refresh();
            open(recorded);
        }).open();
    }

    private void open(Complaint chosen) {
        new ComplaintFileDialog(files, replies, archive, modules, forms, currentUser, chosen, this::refresh).open();
    }

    private void openTemplates() {
        new LetterWordingDialog(letters, ComplaintsModule.ID, ReplyLetter.kind(ComplaintsModule.MANAGE)).open();
    }

    private void openTendency(LocalDate from, LocalDate until, ComplaintFigures.Facet facet, String value) {
        new TendencyDialog(files, forms, from, until, facet, value).open();
    }
}
