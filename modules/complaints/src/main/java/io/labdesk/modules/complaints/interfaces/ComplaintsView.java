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
import io.labdesk.modules.complaints.ComplaintsModule;
import io.labdesk.modules.complaints.application.ComplaintFiles;
import io.labdesk.modules.complaints.domain.Complaint;
import io.labdesk.modules.complaints.domain.ComplaintKinds;
import io.labdesk.platform.api.data.ConcurrentEdit;
import io.labdesk.platform.api.identity.StaffDirectory;
import io.labdesk.platform.api.module.InvalidModuleInput;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.sla.WorkingTime;
import io.labdesk.platform.api.tenant.AccessDenied;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The complaint register: record a complaint (checked for acceptance at once), and take one through
 * acknowledgement, classification, investigator and decider (recused where involved), investigation and decision.
 */
public class ComplaintsView extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ComplaintFiles files;
    private final TenantModules modules;
    private final List<StaffDirectory.StaffMember> staff;
    private final ZoneId zone;
    private final Grid<Complaint> grid = new Grid<>();

    @Inject
    public ComplaintsView(ComplaintFiles files, TenantModules modules, StaffDirectory directory,
                          WorkingTime workingTime) {
        this.files = files;
        this.modules = modules;
        this.staff = directory.active();
        this.zone = workingTime.zone();
        setId("complaints-view");
        addClassName("labdesk-page");
        add(new H2(t("投诉处理", "Complaints")), new Paragraph(t(
                "对报告的异议须在签发后规定日期内提出，其他投诉在规定月数内；被点名或参与被投诉工作的人员须回避。",
                "Objections to a report are accepted within the set days of issue, others within the set months; "
                        + "staff named in a complaint or who did the work step aside.")));
        if (modules.permitted(ComplaintsModule.RECORD)) {
            Button record = new Button(t("登记投诉", "Record a complaint"), VaadinIcon.PLUS.create(), e -> openNew());
            record.setId("record-complaint");
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(record);
        }
        grid.setId("complaints-grid");
        grid.addColumn(Complaint::number).setHeader(t("编号", "Number")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::statusBadge).setHeader(t("状态", "Status")).setAutoWidth(true);
        grid.addColumn(c -> TIME.format(c.receivedAt().atZone(zone))).setHeader(t("收到", "Received"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.complainantOrganisation() == null ? c.complainantName()
                : c.complainantOrganisation() + " · " + c.complainantName()).setHeader(t("投诉人", "Complainant"))
                .setFlexGrow(1);
        grid.addColumn(c -> label(c.subject())).setHeader(t("事项", "Concerns")).setAutoWidth(true);
        grid.addColumn(c -> c.severity() == ComplaintKinds.Severity.MAJOR ? t("重大", "Major") : "")
                .setHeader(t("级别", "Severity")).setAutoWidth(true);
        grid.addColumn(c -> c.investigator() == null ? "" : c.investigator()).setHeader(t("调查人", "Investigator"))
                .setAutoWidth(true);
        grid.addColumn(this::nextDue).setHeader(t("下一时限", "Next deadline")).setAutoWidth(true);
        grid.addItemClickListener(e -> open(e.getItem()));
        add(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(files.latest(200));
    }

    private Component statusBadge(Complaint c) {
        Span badge = new Span(label(c.status()));
        badge.getElement().getThemeList().add(c.status() == ComplaintKinds.Status.REFUSED ? "badge contrast"
                : c.status() == ComplaintKinds.Status.DECIDED ? "badge success" : "badge");
        return badge;
    }

    private String nextDue(Complaint c) {
        Instant due = c.status() == ComplaintKinds.Status.RECEIVED ? c.acknowledgeDue()
                : c.status() == ComplaintKinds.Status.DECIDED || c.status() == ComplaintKinds.Status.REFUSED ? null
                : c.severity() == ComplaintKinds.Severity.MAJOR && c.detailedDue() != null ? c.detailedDue()
                : c.preliminaryDue();
        if (due == null) {
            return "";
        }
        return TIME.format(due.atZone(zone)) + (due.isBefore(Instant.now()) ? " · " + t("已超时", "overdue") : "");
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
        Span status = new Span(label(c.status()));
        status.setId("complaint-status");
        body.add(status, new Paragraph(c.description()), new Paragraph(label(c.channel()) + " · " + label(c.subject())
                + (c.reportNumber() == null ? "" : " · " + c.reportNumber()) + " · "
                + TIME.format(c.receivedAt().atZone(zone))));
        if (c.status() == ComplaintKinds.Status.REFUSED) {
            Paragraph refusal = new Paragraph(zh() ? c.refusalZh() : c.refusalEn());
            refusal.setId("complaint-refusal");
            body.add(new H3(t("不予受理的说明（告知客户）", "Explanation to the customer")), refusal);
            return;
        }
        Paragraph deadlines = new Paragraph(t("确认时限 ", "Acknowledge by ") + when(c.acknowledgeDue()) + " · "
                + t("初步方案 ", "preliminary solution by ") + when(c.preliminaryDue())
                + (c.detailedDue() == null ? "" : " · " + t("详细方案 ", "detailed solution by ") + when(c.detailedDue()))
                + (c.finalDue() == null ? "" : " · " + t("最终答复 ", "final answer by ") + when(c.finalDue())));
        deadlines.setId("complaint-deadlines");
        body.add(deadlines);
        boolean manage = modules.permitted(ComplaintsModule.MANAGE);
        if (c.status() == ComplaintKinds.Status.RECEIVED && modules.permitted(ComplaintsModule.RECORD)) {
            body.add(button("acknowledge-complaint", t("确认已收到", "Acknowledge receipt"),
                    () -> files.acknowledge(c.id(), c.version()), dialog, body));
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
        }
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
        return at == null ? "—" : TIME.format(at.atZone(zone));
    }

    private boolean zh() {
        return !"en".equals(getLocale().getLanguage());
    }

    private String t(String zh, String en) {
        return Text.of(zh, en).in(getLocale() == null ? Locale.SIMPLIFIED_CHINESE : getLocale());
    }

    private String label(Enum<?> value) {
        return switch (value.name()) {
            case "PHONE" -> t("电话", "Phone");
            case "EMAIL" -> t("电子邮件", "E-mail");
            case "ONLINE" -> t("在线", "Online");
            case "LETTER" -> t("信函", "Letter");
            case "IN_PERSON" -> t("来访", "In person");
            case "TRANSFERRED" -> t("转交", "Transferred");
            case "REPORT_OBJECTION" -> t("对报告的异议", "Objection to a report");
            case "OTHER" -> t("其他", "Other");
            case "NORMAL" -> t("一般", "Normal");
            case "MAJOR" -> t("重大", "Major");
            case "TECHNICAL" -> t("技术类（结果、数据）", "Technical (results, data)");
            case "PROCEDURAL" -> t("程序类（流程、合同、行为、保密）", "Procedural (process, contract, conduct, confidentiality)");
            case "RECEIVED" -> t("已收到", "Received");
            case "REFUSED" -> t("不予受理", "Not accepted");
            case "ACKNOWLEDGED" -> t("已确认", "Acknowledged");
            case "INVESTIGATING" -> t("调查中", "Being investigated");
            case "INVESTIGATED" -> t("已调查", "Investigated");
            case "DECIDED" -> t("已决定", "Decided");
            case "ORIGINAL_RECORDS" -> t("原始记录", "Original records");
            case "EQUIPMENT" -> t("设备", "Equipment");
            case "METHOD" -> t("方法", "Method");
            case "ENVIRONMENT" -> t("环境条件", "Environment");
            case "REPORT_COPIES" -> t("报告副本", "Report copies");
            default -> value.name();
        };
    }
}
