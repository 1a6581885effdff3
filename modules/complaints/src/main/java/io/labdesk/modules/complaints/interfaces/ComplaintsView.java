package io.labdesk.modules.complaints.interfaces;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import io.labdesk.modules.complaints.ComplaintsModule;
import io.labdesk.modules.complaints.application.ComplaintArchive;
import io.labdesk.modules.complaints.application.ComplaintFiles;
import io.labdesk.modules.complaints.application.ComplaintReplies;
import io.labdesk.modules.complaints.domain.Complaint;
import io.labdesk.modules.complaints.domain.ComplaintClock;
import io.labdesk.modules.complaints.domain.ComplaintFigures;
import io.labdesk.modules.complaints.domain.ComplaintKinds;
import io.labdesk.modules.complaints.domain.ComplaintVocabulary;
import io.labdesk.modules.complaints.domain.Languages;
import io.labdesk.modules.complaints.domain.ReplyLetter;
import io.labdesk.platform.api.capa.CorrectiveActions;
import io.labdesk.platform.api.data.ConcurrentEdit;
import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.api.file.RecordFiles;
import io.labdesk.platform.api.identity.StaffDirectory;
import io.labdesk.platform.api.module.InvalidModuleInput;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.sla.WorkingTime;
import io.labdesk.platform.api.tenant.AccessDenied;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.LocalTimes;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The complaint register: record a complaint (checked for acceptance at once), and take one through
 * acknowledgement, classification, investigator and decider (recused where involved), investigation and decision.
 */
public class ComplaintsView extends Div implements BeforeEnterObserver {


    private final ComplaintFiles files;
    private final ComplaintReplies replies;
    private final ComplaintArchive archive;
    private final String currentUser;
    /** The institution's warning share, read once per listing rather than per row. */
    private int warningPercent;
    private final Div filter = new Div();
    private final TextField search = new TextField();
    private final com.vaadin.flow.component.combobox.ComboBox<ComplaintKinds.Status> statusFilter =
            new com.vaadin.flow.component.combobox.ComboBox<>();
    /** The dashboard's filter (period and what a number counts), or null for the latest complaints. */
    private Supplier<List<Complaint>> listed;
    private final TenantModules modules;
    private final List<StaffDirectory.StaffMember> staff;
    private final ZoneId zone;
    private final Grid<Complaint> grid = new Grid<>();

    @Inject
    public ComplaintsView(ComplaintFiles files, ComplaintReplies replies, ComplaintArchive archive,
                          TenantModules modules, StaffDirectory directory, WorkingTime workingTime,
                          CurrentTenant currentTenant) {
        this.currentUser = currentTenant.actor();
        this.files = files;
        this.replies = replies;
        this.archive = archive;
        this.modules = modules;
        this.staff = directory.active();
        this.zone = workingTime.zone();
        setId("complaints-view");
        addClassName("labdesk-page");
        add(new H2(t("投诉处理", "Complaints")), new Paragraph(t(
                "对报告的异议须在签发后规定日期内提出，其他投诉在规定月数内；被点名或参与被投诉工作的人员须回避。",
                "Objections to a report are accepted within the set days of issue, others within the set months; "
                        + "staff named in a complaint or who did the work step aside.")));
        HorizontalLayout actions = new HorizontalLayout();
        if (modules.permitted(ComplaintsModule.RECORD)) {
            Button record = new Button(t("登记投诉", "Record a complaint"), VaadinIcon.PLUS.create(), e -> openNew());
            record.setId("record-complaint");
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(record);
        }
        if (modules.permitted(ComplaintsModule.MANAGE)) {
            Button templates = new Button(t("复函模板", "Reply letter templates"), VaadinIcon.FILE_TEXT_O.create(),
                    e -> openTemplates());
            templates.setId("reply-templates");
            actions.add(templates);
        }
        search.setId("complaints-search");
        search.setPlaceholder(t("编号、投诉人、单位或报告编号", "Number, complainant, organisation or report"));
        search.setClearButtonVisible(true);
        search.setWidth("22rem");
        search.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        statusFilter.setId("complaints-status");
        statusFilter.setPlaceholder(t("全部状态", "Any status"));
        statusFilter.setItems(ComplaintKinds.Status.values());
        statusFilter.setItemLabelGenerator(this::label);
        statusFilter.setClearButtonVisible(true);
        statusFilter.addValueChangeListener(e -> refresh());
        actions.add(search, statusFilter);
        actions.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        filter.setId("complaints-filter");
        filter.setVisible(false);
        add(actions, filter);
        grid.setId("complaints-grid");
        grid.addColumn(Complaint::number).setHeader(t("编号", "Number")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::statusBadge).setHeader(t("状态", "Status")).setAutoWidth(true);
        grid.addColumn(c -> LocalTimes.format(c.receivedAt(), zone)).setHeader(t("收到", "Received"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.complainantOrganisation() == null ? c.complainantName()
                : c.complainantOrganisation() + " · " + c.complainantName()).setHeader(t("投诉人", "Complainant"))
                .setFlexGrow(1);
        grid.addColumn(c -> label(c.subject())).setHeader(t("事项", "Concerns")).setAutoWidth(true);
        grid.addColumn(c -> c.severity() == ComplaintKinds.Severity.MAJOR ? t("重大", "Major") : "")
                .setHeader(t("级别", "Severity")).setAutoWidth(true);
        grid.addColumn(c -> c.investigator() == null ? "" : c.investigator()).setHeader(t("调查人", "Investigator"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::deadlineBadge).setHeader(t("下一时限", "Next deadline")).setAutoWidth(true);
        grid.addItemClickListener(e -> open(e.getItem()));
        add(grid);
        refresh();
    }

    private void refresh() {
        warningPercent = files.warningPercent();
        grid.setItems(listed == null ? files.search(search.getValue(), statusFilter.getValue(), 200) : listed.get());
    }

    /** {@code ?from=…&until=…&facet=…[&value=…]}: the complaints a dashboard number counts. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> q = event.getLocation().getQueryParameters().getParameters();
        listed = null;
        filter.removeAll();
        filter.setVisible(false);
        try {
            LocalDate from = LocalDate.parse(q.get("from").get(0));
            LocalDate until = LocalDate.parse(q.get("until").get(0));
            ComplaintFigures.Facet facet = ComplaintFigures.Facet.valueOf(q.get("facet").get(0));
            String value = q.containsKey("value") ? q.get("value").get(0) : null;
            listed = () -> files.behind(from, until, facet, value);
            Span shown = new Span(t("显示：", "Showing: ") + facetLabel(facet, value) + " · " + from + " – "
                    + until.minusDays(1));
            shown.setId("complaints-filter-label");
            Button all = new Button(t("显示全部", "Show all"), e -> {
                listed = null;
                filter.setVisible(false);
                refresh();
            });
            all.setId("complaints-filter-clear");
            filter.add(shown, all);
            if (modules.permitted(ComplaintsModule.MANAGE)) {
                Button tendency = new Button(t("为此趋势提出预防措施", "Raise a preventive action for this tendency"),
                        VaadinIcon.TRENDING_UP.create(), e -> openTendency(from, until, facet, value));
                tendency.setId("raise-tendency");
                filter.add(tendency);
            }
            filter.setVisible(true);
        } catch (RuntimeException e) {
            listed = null; // no or a malformed filter: the latest complaints
        }
        refresh();
    }

    /** The complaints shown become a preventive action, with what the manager observed. */
    private void openTendency(LocalDate from, LocalDate until, ComplaintFigures.Facet facet, String value) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(t("为此趋势提出预防措施", "Raise a preventive action for this tendency"));
        TextArea observation = new TextArea(t("观察到的问题（可选）", "What you observe (optional)"));
        observation.setId("tendency-observation");
        observation.setWidth("36rem");
        Button raise = new Button(t("提出", "Raise"), e -> {
            CorrectiveActions.Summary[] raised = new CorrectiveActions.Summary[1];
            if (attempt(Map.of("observation", observation), () -> raised[0] = files.raiseForTendency(from, until,
                    facet, value, observation.getValue()))) {
                dialog.close();
                Notification.show(t("已提出预防措施 ", "Preventive action raised: ") + raised[0].number(), 5000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
        });
        raise.setId("save-tendency");
        raise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(t("下列投诉将作为依据记入纠正与预防措施登记册。",
                "The complaints listed go into the register of corrective and preventive actions as its grounds.")),
                observation);
        dialog.getFooter().add(new Button(t("取消", "Cancel"), e -> dialog.close()), raise);
        dialog.open();
    }

    private String facetLabel(ComplaintFigures.Facet facet, String value) {
        return switch (facet) {
            case RECEIVED -> t("收到的投诉", "complaints received");
            case REFUSED -> t("不予受理", "not accepted");
            case ACKNOWLEDGED_LATE -> t("未及时确认", "not acknowledged in time");
            case ANSWERED_LATE -> t("未按时答复", "not answered in time");
            case UPHELD -> t("投诉成立", "upheld");
            case MAJOR_OPEN -> t("未结重大投诉", "major complaints open");
            case CHANNEL -> label(ComplaintKinds.Channel.valueOf(value));
            case NATURE -> "NONE".equals(value) ? t("未分类", "not classified")
                    : label(ComplaintKinds.Nature.valueOf(value));
        };
    }

    /** The deadline running now as an SLA badge (on track, at risk, breached), like a service request's. */
    private Component deadlineBadge(Complaint c) {
        Optional<ComplaintClock.Measured> running = ComplaintClock.running(c, Instant.now(), warningPercent);
        if (running.isEmpty()) {
            return new Span();
        }
        ComplaintClock.Measured m = running.get();
        Span badge = new Span(target(m.target()) + " " + LocalTimes.format(m.due(), zone) + " · "
                + getTranslation(m.state().messageKey()));
        // The platform theme's SLA badge classes: the same colours as on service requests.
        badge.addClassNames("labdesk-badge", "labdesk-sla-" + m.state().name().toLowerCase(Locale.ROOT));
        badge.getElement().setAttribute("data-state", m.state().name());
        return badge;
    }

    private String target(ComplaintClock.Target target) {
        return switch (target) {
            case ACKNOWLEDGE -> t("确认", "Acknowledge");
            case PRELIMINARY -> t("初步方案", "Preliminary");
            case DETAILED -> t("详细方案", "Detailed");
            case FINAL -> t("最终答复", "Final answer");
        };
    }

    private Span statusBadge(Complaint c) {
        Span badge = new Span(label(c.status()));
        badge.getElement().getThemeList().add(switch (c.status()) {
            case REFUSED -> "badge contrast";
            case REPLIED, CLOSED -> "badge success";
            default -> "badge";
        });
        return badge;
    }

    private void openNew() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(t("登记投诉", "Record a complaint"));
        Select<ComplaintKinds.Channel> channel = select("new-channel", t("渠道", "Channel"),
                List.of(ComplaintKinds.Channel.values()), this::label);
        channel.setValue(ComplaintKinds.Channel.PHONE);
        TextField transferredFrom = text("new-transferred-from", t("转交单位", "Passed on by"));
        transferredFrom.setVisible(false);
        channel.addValueChangeListener(e -> transferredFrom.setVisible(e.getValue() == ComplaintKinds.Channel.TRANSFERRED));
        Select<ComplaintKinds.Subject> subject = select("new-subject", t("事项", "Concerns"),
                List.of(ComplaintKinds.Subject.values()), this::label);
        subject.setValue(ComplaintKinds.Subject.REPORT_OBJECTION);
        TextField report = text("new-report", t("报告编号", "Report number"));
        DatePicker about = new DatePicker(t("报告签发日期 / 事项日期", "Report issued / date of the matter"));
        about.setId("new-about");
        Checkbox repeatable = new Checkbox(t("试验可重复", "The test can be repeated"), true);
        repeatable.setId("new-repeatable");
        MultiSelectComboBox<String> named = people("new-named", t("被点名的员工", "Staff named"));
        MultiSelectComboBox<String> performed = people("new-performed", t("完成被投诉工作的员工",
                "Staff who did the work"));
        TextField name = text("new-complainant", t("投诉人", "Complainant"));
        TextField organisation = text("new-organisation", t("单位", "Organisation"));
        TextField phone = text("new-phone", t("电话", "Phone"));
        EmailField email = new EmailField(t("电子邮箱", "E-mail"));
        email.setId("new-email");
        TextArea description = new TextArea(t("投诉内容", "The complaint"));
        description.setId("new-description");
        FormLayout form = new FormLayout(channel, transferredFrom, subject, report, about, repeatable, named, performed,
                name, organisation, phone, email, description);
        form.setColspan(description, 2);
        dialog.add(form);
        Button save = new Button(t("保存", "Save"), e -> {
            Complaint[] saved = new Complaint[1];
            if (attempt(Map.of("channel", channel, "transferredFrom", transferredFrom, "subject", subject,
                    "aboutDate", about, "complainantName", name, "complainantPhone", phone, "complainantEmail", email,
                    "description", description, "namedStaff", named), () -> saved[0] = files.record(
                    new ComplaintFiles.NewComplaint(channel.getValue(), transferredFrom.getValue(), subject.getValue(),
                            report.getValue(), about.getValue(), repeatable.getValue(), null,
                            List.copyOf(named.getValue()), List.copyOf(performed.getValue()), name.getValue(),
                            organisation.getValue(), phone.getValue(), email.getValue(), description.getValue(),
                            null)))) {
                dialog.close();
                refresh();
                open(saved[0]);
            }
        });
        save.setId("save-complaint");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(t("取消", "Cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void open(Complaint chosen) {
        Dialog dialog = new Dialog();
        dialog.setWidth("52rem");
        Div body = new Div();
        dialog.add(body);
        dialog.getFooter().add(new Button(t("关闭", "Close"), e -> dialog.close()));
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                refresh();
            }
        });
        show(dialog, body, chosen);
        dialog.open();
    }

    /** The file and the next step, offered to whoever may take it. */
    private void show(Dialog dialog, Div body, Complaint c) {
        dialog.setHeaderTitle(c.number() + " · " + label(c.status()));
        body.removeAll();
        Span status = statusBadge(c);
        status.setId("complaint-status");
        body.add(status, new Paragraph(c.description()), new Paragraph(label(c.channel()) + " · " + label(c.subject())
                + (c.reportNumber() == null ? "" : " · " + c.reportNumber()) + " · "
                + LocalTimes.format(c.receivedAt(), zone)));
        if (c.status() == ComplaintKinds.Status.REFUSED) {
            Paragraph refusal = new Paragraph(zh() ? c.refusalZh() : c.refusalEn());
            refusal.setId("complaint-refusal");
            body.add(new H3(t("不予受理的说明（告知客户）", "Explanation to the customer")), refusal, fileLink(c));
            return;
        }
        Paragraph deadlines = new Paragraph(t("确认时限 ", "Acknowledge by ") + when(c.acknowledgeDue()) + " · "
                + t("初步方案 ", "preliminary solution by ") + when(c.preliminaryDue())
                + (c.detailedDue() == null ? "" : " · " + t("详细方案 ", "detailed solution by ") + when(c.detailedDue()))
                + (c.finalDue() == null ? "" : " · " + t("最终答复 ", "final answer by ") + when(c.finalDue())));
        deadlines.setId("complaint-deadlines");
        body.add(deadlines);
        if (c.investigator() != null || c.decider() != null) {
            Paragraph people = new Paragraph(t("调查人：", "Investigator: ") + person(c.investigator()) + " · "
                    + t("决定人：", "decider: ") + (c.decider() == null ? "—" : person(c.decider())));
            people.setId("complaint-people");
            body.add(people);
        }
        boolean manage = modules.permitted(ComplaintsModule.MANAGE);
        if (c.status() == ComplaintKinds.Status.RECEIVED && modules.permitted(ComplaintsModule.RECORD)) {
            body.add(button("acknowledge-complaint", t("确认已收到", "Acknowledge receipt"),
                    () -> files.acknowledge(c.id(), c.version()), dialog, body));
        }
        if (manage && (c.status() == ComplaintKinds.Status.RECEIVED
                || c.status() == ComplaintKinds.Status.ACKNOWLEDGED)) {
            TextField reason = text("refusal-reason", t("按规定不予受理的理由（告知客户）",
                    "Not accepted under the rules: the reason the customer is told"));
            reason.setWidthFull();
            body.add(row(reason, button("refuse-complaint", t("不予受理", "Do not accept"),
                    () -> files.refuse(c.id(), reason.getValue(), c.version()), dialog, body)));
        }
        if (manage && c.status().compareTo(ComplaintKinds.Status.INVESTIGATED) < 0) {
            Select<ComplaintKinds.Severity> severity = select("classify-severity", t("级别", "Severity"),
                    List.of(ComplaintKinds.Severity.values()), this::label);
            severity.setValue(c.severity());
            Select<ComplaintKinds.Nature> nature = select("classify-nature", t("性质", "Nature"),
                    List.of(ComplaintKinds.Nature.values()), this::label);
            nature.setValue(c.nature());
            Button classify = button("save-classification", t("保存分类", "Save the classification"),
                    () -> files.classify(c.id(), severity.getValue(), nature.getValue(), c.version()), dialog, body);
            Select<String> investigator = select("assign-investigator", t("调查人", "Investigator"),
                    staff.stream().map(StaffDirectory.StaffMember::username).toList(), this::person);
            investigator.setValue(c.investigator());
            Button assign = button("save-investigator", t("指派调查人", "Assign"),
                    () -> files.assignInvestigator(c.id(), investigator.getValue(), c.version()), dialog, body);
            Select<String> decider = select("assign-decider", t("决定人", "Decider"),
                    staff.stream().map(StaffDirectory.StaffMember::username).toList(), this::person);
            decider.setValue(c.decider());
            Button decide = button("save-decider", t("指派决定人", "Assign"),
                    () -> files.assignDecider(c.id(), decider.getValue(), c.version()), dialog, body);
            body.add(new H3(t("分类与指派", "Classification and assignment")), row(severity, nature, classify),
                    row(investigator, assign), row(decider, decide));
        }
        if (c.status() == ComplaintKinds.Status.INVESTIGATING) {
            CheckboxGroup<ComplaintKinds.Check> checks = new CheckboxGroup<>(t("核查内容", "Checked"));
            checks.setId("investigation-checks");
            checks.setItems(ComplaintKinds.Check.values());
            checks.setItemLabelGenerator(this::label);
            TextArea findings = new TextArea(t("调查结论", "Findings"));
            findings.setId("investigation-findings");
            findings.setWidthFull();
            TextField retest = text("investigation-retest", t("需复测的内容（如需要）", "Retest to do (if any)"));
            retest.setWidthFull();
            body.add(new H3(t("投诉处理记录", "Investigation record")), checks, findings, retest,
                    button("save-investigation", t("保存调查记录", "Save the record"),
                            () -> files.recordInvestigation(c.id(), checks.getValue(), findings.getValue(),
                                    retest.getValue(), c.version()), dialog, body));
        }
        if (c.findings() != null) {
            body.add(new H3(t("调查结论", "Findings")), new Paragraph(c.findings()));
        }
        evidence(dialog, body, c);
        if (c.retestNote() != null) {
            body.add(new Paragraph(t("复测：", "Retest: ") + c.retestNote() + (c.retestResult() == null ? ""
                    : " → " + c.retestResult())));
            if (c.retestDoneAt() == null) {
                TextField result = text("retest-result", t("复测结果", "Retest result"));
                result.setWidthFull();
                body.add(row(result, button("save-retest", t("记录复测结果", "Record the result"),
                        () -> files.recordRetest(c.id(), result.getValue(), c.version()), dialog, body)));
            }
        }
        if (c.status() == ComplaintKinds.Status.INVESTIGATED) {
            RadioButtonGroup<Boolean> upheld = new RadioButtonGroup<>(t("决定", "Decision"));
            upheld.setId("decision-upheld");
            upheld.setItems(true, false);
            upheld.setItemLabelGenerator(b -> b ? t("投诉成立", "Upheld") : t("投诉不成立", "Not upheld"));
            TextArea reason = new TextArea(t("理由", "Reasons"));
            reason.setId("decision-reason");
            reason.setWidthFull();
            Checkbox system = new Checkbox(t("涉及管理体系（需附加内部审核）",
                    "Questions the quality system (an additional internal audit follows)"));
            system.setId("decision-system");
            body.add(new H3(t("决定", "Decision")), upheld, reason, system,
                    button("save-decision", t("作出决定", "Decide"), () -> files.decide(c.id(), upheld.getValue(),
                            reason.getValue(), system.getValue(), c.version()), dialog, body));
        }
        if (c.upheld() != null) {
            Paragraph decision = new Paragraph((c.upheld() ? t("投诉成立：", "Upheld: ") : t("投诉不成立：",
                    "Not upheld: ")) + c.decisionReason());
            decision.setId("complaint-decision");
            body.add(decision);
            files.actionsOf(c.id()).forEach(a -> body.add(new Paragraph(a.number() + " · " + a.problem())));
            reply(dialog, body, c);
        }
        body.add(fileLink(c));
    }

    /** Files kept with the investigation record, and an upload for the investigator or a manager. */
    private void evidence(Dialog dialog, Div body, Complaint c) {
        List<RecordFiles.StoredFile> stored = files.filesOf(c.id());
        boolean may = c.investigator() != null && (modules.permitted(ComplaintsModule.MANAGE)
                || c.investigator().equals(currentUser)) && c.status() != ComplaintKinds.Status.CLOSED;
        if (stored.isEmpty() && !may) {
            return;
        }
        Div list = new Div();
        list.setId("complaint-evidence");
        for (RecordFiles.StoredFile f : stored) {
            Anchor link = new Anchor(DownloadHandler.fromInputStream(e -> {
                RecordFiles.Content content = files.file(c.id(), f.id()).orElseThrow();
                return new DownloadResponse(new ByteArrayInputStream(content.bytes()), content.fileName(),
                        content.contentType(), content.bytes().length);
            }), f.fileName() + " (" + Math.max(1, f.sizeBytes() / 1024) + " KB)");
            list.add(new Div(link));
        }
        body.add(new H3(t("调查证据", "Evidence")), list);
        if (may) {
            Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
                if (attempt(Map.of(), () -> files.attach(c.id(), metadata.fileName(), bytes))) {
                    show(dialog, body, files.find(c.id()).orElseThrow());
                }
            }));
            upload.setId("evidence-upload");
            upload.setMaxFileSize(10 * 1024 * 1024);
            upload.setAcceptedFileTypes(".pdf", ".png", ".jpg", ".jpeg", ".docx", ".xlsx", ".txt", ".csv");
            upload.setUploadButton(new Button(t("添加文件", "Add a file"), VaadinIcon.UPLOAD.create()));
            upload.setDropLabel(new Span(t("原始记录、设备记录、报告副本等，每个不超过 10 MB",
                    "Original records, equipment logs, report copies…; up to 10 MB each")));
            body.add(upload);
        }
    }

    /** The reply (C5): the letter, the director's approval where needed, sending, and the customer's opinion. */
    private void reply(Dialog dialog, Div body, Complaint c) {
        boolean approval = ComplaintReplies.needsApproval(c);
        body.add(new H3(t("复函", "Reply letter")));
        Anchor letter = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] pdf = replies.letter(c.id(), Languages.of(getLocale()));
            return new DownloadResponse(new ByteArrayInputStream(pdf), "reply-" + c.number() + ".pdf",
                    "application/pdf", pdf.length);
        }), c.replySentAt() == null ? t("预览复函（PDF）", "Preview the reply letter (PDF)")
                : t("已发出的复函（PDF）", "The reply as sent (PDF)"));
        letter.setId("reply-pdf");
        letter.setTarget("_blank");
        body.add(letter);
        if (c.replyApprovedBy() != null) {
            Paragraph approved = new Paragraph(t("批准人：", "Approved by ") + person(c.replyApprovedBy()) + " · "
                    + when(c.replyApprovedAt()));
            approved.setId("reply-approved");
            body.add(approved);
        } else if (approval && c.status() == ComplaintKinds.Status.DECIDED) {
            body.add(new Paragraph(t("重大投诉和转交投诉的复函须经总经理批准后发出。",
                    "The director approves the reply to a major or transferred complaint before it goes out.")));
            if (modules.permitted(ComplaintsModule.APPROVE)) {
                body.add(button("approve-reply", t("批准复函", "Approve the reply"),
                        () -> replies.approve(c.id(), c.version()), dialog, body));
            }
        }
        if (c.status() == (approval ? ComplaintKinds.Status.REPLY_APPROVED : ComplaintKinds.Status.DECIDED)
                && modules.permitted(ComplaintsModule.RECORD)) {
            Select<String> language = select("reply-language", t("复函语言", "Language of the letter"),
                    List.of(Languages.CHINESE, Languages.ENGLISH), this::languageName);
            language.setValue(Languages.code(c.complainantLanguage()));
            body.add(row(language, button("send-reply", c.complainantEmail() != null
                    ? t("发送复函（电子邮件附 PDF）", "Send the reply (e-mail with the PDF)")
                    : t("登记复函已寄出", "Record the reply as sent"),
                    () -> replies.send(c.id(), language.getValue(), c.version()), dialog, body)));
        }
        if (c.replySentAt() != null) {
            Paragraph sent = new Paragraph(t("复函发出：", "Reply sent ") + when(c.replySentAt()));
            sent.setId("reply-sent");
            body.add(sent);
        }
        if (c.status() == ComplaintKinds.Status.REPLIED && modules.permitted(ComplaintsModule.RECORD)) {
            RadioButtonGroup<Boolean> satisfied = new RadioButtonGroup<>(t("客户对处理结果的意见", "The customer's opinion"));
            satisfied.setId("feedback-satisfied");
            satisfied.setItems(true, false);
            satisfied.setItemLabelGenerator(b -> b ? t("满意", "Satisfied") : t("不满意", "Not satisfied"));
            TextArea opinion = new TextArea(t("意见", "What they said"));
            opinion.setId("feedback-opinion");
            opinion.setWidthFull();
            body.add(satisfied, opinion, button("save-feedback", t("记录意见并结案", "Record and close the file"),
                    () -> replies.feedback(c.id(), satisfied.getValue(), opinion.getValue(), c.version()), dialog,
                    body));
        }
        if (c.feedbackAt() != null) {
            Paragraph feedback = new Paragraph((Boolean.TRUE.equals(c.feedbackSatisfied()) ? t("客户满意", "Satisfied")
                    : t("客户不满意", "Not satisfied")) + (c.feedbackOpinion() == null ? "" : "：" + c.feedbackOpinion()));
            feedback.setId("complaint-feedback");
            body.add(feedback);
        }
    }

    /** The whole file (C7) as one PDF. */
    private Anchor fileLink(Complaint c) {
        Anchor file = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] pdf = archive.pdf(c.id(), getLocale());
            return new DownloadResponse(new ByteArrayInputStream(pdf), "complaint-" + c.number() + ".pdf",
                    "application/pdf", pdf.length);
        }), t("投诉档案（PDF）", "The complaint file (PDF)"));
        file.setId("complaint-file-pdf");
        file.setTarget("_blank");
        return file;
    }

    /** The institution's own wording of the reply letter, per language, with the placeholders it may use. */
    private void openTemplates() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(t("复函模板", "Reply letter templates"));
        dialog.setWidth("52rem");
        Select<String> language = select("template-language", t("语言", "Language"),
                List.of(Languages.CHINESE, Languages.ENGLISH), this::languageName);
        TextArea body = new TextArea(t("模板", "Template"));
        body.setId("template-body");
        body.setWidthFull();
        body.setMinHeight("18rem");
        body.setHelperText(t("可用占位符：", "Placeholders: ") + ReplyLetter.PLACEHOLDERS.stream()
                .map(p -> "{" + p + "}").collect(java.util.stream.Collectors.joining(" ")));
        ComplaintReplies.Template[] current = new ComplaintReplies.Template[1];
        language.addValueChangeListener(e -> {
            current[0] = replies.template(e.getValue());
            body.setValue(current[0].body());
        });
        language.setValue(Languages.of(getLocale()));
        Button save = new Button(t("保存", "Save"), e -> {
            if (attempt(Map.of("body", body), () -> current[0] = replies.saveTemplate(language.getValue(),
                    body.getValue(), current[0].version()))) {
                Notification.show(t("模板已保存。", "The template is saved."), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
        });
        save.setId("save-template");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(language, body);
        dialog.getFooter().add(new Button(t("关闭", "Close"), e -> dialog.close()), save);
        dialog.open();
    }

    private Button button(String id, String label, Supplier<Complaint> action, Dialog dialog, Div body) {
        Button button = new Button(label, e -> {
            Complaint[] saved = new Complaint[1];
            if (attempt(Map.of(), () -> saved[0] = action.get())) {
                show(dialog, body, saved[0]);
            }
        });
        button.setId(id);
        return button;
    }

    /** Runs a change; shows why it was refused, at the field concerned where there is one. */
    private boolean attempt(Map<String, ? extends HasValidation> fields, Runnable action) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            action.run();
            return true;
        } catch (InvalidModuleInput e) {
            e.messages().forEach((field, text) -> {
                HasValidation target = fields.get(field);
                if (target != null) {
                    target.setErrorMessage(text.in(getLocale()));
                    target.setInvalid(true);
                } else {
                    error(text.in(getLocale()));
                }
            });
        } catch (InvalidInput e) {
            // The platform's own checks (a file's kind or size) come with its message keys.
            e.fieldMessageKeys().values().forEach(key -> error(getTranslation(key)));
        } catch (ConcurrentEdit e) {
            error(t("其他人已修改此投诉，请关闭后重新打开。", "Someone else changed this complaint: close and open it again."));
        } catch (AccessDenied e) {
            error(t("您在本机构没有此操作所需的角色。", "You do not have the role this needs in this institution."));
        }
        return false;
    }

    private static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private <T> Select<T> select(String id, String label, List<T> items,
                                 com.vaadin.flow.component.ItemLabelGenerator<T> names) {
        Select<T> select = new Select<>();
        select.setId(id);
        select.setLabel(label);
        select.setItems(items);
        select.setItemLabelGenerator(names);
        return select;
    }

    private MultiSelectComboBox<String> people(String id, String label) {
        MultiSelectComboBox<String> box = new MultiSelectComboBox<>(label);
        box.setId(id);
        box.setItems(staff.stream().map(StaffDirectory.StaffMember::username).toList());
        box.setItemLabelGenerator(this::person);
        return box;
    }

    private String person(String username) {
        return staff.stream().filter(s -> s.username().equals(username)).findFirst()
                .map(s -> s.displayName() + " (" + username + ")").orElse(username == null ? "" : username);
    }

    private static TextField text(String id, String label) {
        TextField field = new TextField(label);
        field.setId(id);
        return field;
    }

    private static HorizontalLayout row(Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return row;
    }

    private String when(Instant at) {
        return at == null ? "—" : LocalTimes.format(at, zone);
    }

    private String languageName(String code) {
        return Languages.ENGLISH.equals(code) ? "English" : "中文";
    }

    private boolean zh() {
        return !"en".equals(getLocale().getLanguage());
    }

    private String t(String zh, String en) {
        return Text.of(zh, en).in(getLocale() == null ? Locale.SIMPLIFIED_CHINESE : getLocale());
    }

    private String label(Enum<?> value) {
        return ComplaintVocabulary.of(value).in(getLocale() == null ? Locale.SIMPLIFIED_CHINESE : getLocale());
    }
}
