package io.labdesk.modules.complaints.interfaces;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import io.labdesk.modules.complaints.ComplaintsModule;
import io.labdesk.modules.complaints.application.ComplaintArchive;
import io.labdesk.modules.complaints.application.ComplaintFiles;
import io.labdesk.modules.complaints.application.ComplaintReplies;
import io.labdesk.modules.complaints.domain.Complaint;
import io.labdesk.modules.complaints.domain.ComplaintKinds;
import io.labdesk.modules.complaints.domain.Eligibility;
import io.labdesk.modules.complaints.domain.Languages;
import io.labdesk.platform.api.file.RecordFiles;
import io.labdesk.platform.api.identity.StaffDirectory;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.tenant.LocalTimes;
import io.labdesk.platform.api.ui.DeadlineBadge;
import io.labdesk.platform.api.ui.EmptyState;
import io.labdesk.platform.api.ui.Feedback;
import io.labdesk.platform.api.ui.FileLimits;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.function.Supplier;

/**
 * One complaint's file as a dialog: the record, its deadlines, and the next step offered to whoever may take it
 * (acknowledge, classify and assign, investigate with evidence, decide, reply, the customer's opinion), with the whole
 * file as PDF.
 */
public class ComplaintFileDialog extends Dialog {

    private final ComplaintFiles files;
    private final ComplaintReplies replies;
    private final ComplaintArchive archive;
    private final TenantModules modules;
    private final DialogParts forms;
    private final String currentUser;
    private final ZoneId zone;
    private final Div body = new Div();

    ComplaintFileDialog(ComplaintFiles files, ComplaintReplies replies, ComplaintArchive archive, TenantModules modules,
                        DialogParts forms, String currentUser, Complaint complaint, Runnable closed) {
        this.files = files;
        this.replies = replies;
        this.archive = archive;
        this.modules = modules;
        this.forms = forms;
        this.currentUser = currentUser;
        this.zone = forms.zone();
        setWidth("52rem");
        add(body);
        getFooter().add(new Button(forms.t("关闭", "Close"), e -> close()));
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                closed.run();
            }
        });
        show(complaint);
    }

    /** The file and the next step, offered to whoever may take it. */
    void show(Complaint c) {
        setHeaderTitle(c.number() + " · " + forms.label(c.status()));
        body.removeAll();
        Span status = forms.statusBadge(c);
        status.setId("complaint-status");
        body.add(status, new Paragraph(c.description()), new Paragraph(forms.label(c.channel()) + " · "
                + forms.label(c.subject()) + " · " + forms.t("收到：", "received ")
                + LocalTimes.format(c.receivedAt(), zone)), contact(c), report(c));
        if (c.status() == ComplaintKinds.Status.REFUSED) {
            Paragraph refusal = new Paragraph(forms.zh() ? c.refusalZh() : c.refusalEn());
            refusal.setId("complaint-refusal");
            body.add(new H3(forms.t("不予受理的说明（告知客户）", "Explanation to the customer")), refusal, fileLink(c));
            return;
        }
        Div deadlines = new Div();
        files.deadlinesOf(c.id()).forEach(d -> deadlines.add(new DeadlineBadge(d, zone)));
        deadlines.setId("complaint-deadlines");
        deadlines.addClassName("labdesk-sla");
        body.add(deadlines);
        if (c.investigator() != null || c.decider() != null) {
            Paragraph people = new Paragraph(forms.t("调查人：", "Investigator: ") + forms.person(c.investigator()) + " · "
                    + forms.t("决定人：", "decider: ") + (c.decider() == null ? "—" : forms.person(c.decider())));
            people.setId("complaint-people");
            body.add(people);
        }
        boolean manage = modules.permitted(ComplaintsModule.MANAGE);
        if (c.status() == ComplaintKinds.Status.RECEIVED && modules.permitted(ComplaintsModule.RECORD)) {
            body.add(button("acknowledge-complaint", forms.t("确认已收到", "Acknowledge receipt"),
                    () -> files.acknowledge(c.id(), c.version())));
        }
        if (manage && (c.status() == ComplaintKinds.Status.RECEIVED
                || c.status() == ComplaintKinds.Status.ACKNOWLEDGED)) {
            TextField reason = forms.text("refusal-reason", forms.t("按规定不予受理的理由（告知客户）",
                    "Not accepted under the rules: the reason the customer is told"));
            reason.setWidthFull();
            body.add(forms.row(reason, button("refuse-complaint", forms.t("不予受理", "Do not accept"),
                    () -> files.refuse(c.id(), reason.getValue(), c.version()))));
        }
        if (manage && c.status().compareTo(ComplaintKinds.Status.INVESTIGATED) < 0) {
            Select<ComplaintKinds.Severity> severity = forms.select("classify-severity", forms.t("级别", "Severity"),
                    List.of(ComplaintKinds.Severity.values()), forms::label);
            severity.setValue(c.severity());
            Select<ComplaintKinds.Nature> nature = forms.select("classify-nature", forms.t("性质", "Nature"),
                    List.of(ComplaintKinds.Nature.values()), forms::label);
            nature.setValue(c.nature());
            Button classify = button("save-classification", forms.t("保存分类", "Save the classification"),
                    () -> files.classify(c.id(), severity.getValue(), nature.getValue(), c.version()));
            Select<String> investigator = candidates("assign-investigator", forms.t("调查人", "Investigator"),
                    Eligibility.Part.INVESTIGATOR, c, c.investigator());
            Button assign = button("save-investigator", forms.t("指派调查人", "Assign"),
                    () -> files.assignInvestigator(c.id(), investigator.getValue(), c.version()));
            Select<String> decider = candidates("assign-decider", forms.t("决定人", "Decider"),
                    Eligibility.Part.DECIDER, c, c.decider());
            Button decide = button("save-decider", forms.t("指派决定人", "Assign"),
                    () -> files.assignDecider(c.id(), decider.getValue(), c.version()));
            body.add(new H3(forms.t("分类与指派", "Classification and assignment")), forms.row(severity, nature, classify),
                    forms.row(investigator, assign), forms.row(decider, decide));
        }
        if (c.status() == ComplaintKinds.Status.INVESTIGATING) {
            CheckboxGroup<ComplaintKinds.Check> checks = new CheckboxGroup<>(forms.t("核查内容", "Checked"));
            checks.setId("investigation-checks");
            checks.setItems(ComplaintKinds.Check.values());
            checks.setItemLabelGenerator(forms::label);
            TextArea findings = new TextArea(forms.t("调查结论", "Findings"));
            findings.setId("investigation-findings");
            findings.setWidthFull();
            TextField retest = forms.text("investigation-retest", forms.t("需复测的内容（如需要）", "Retest to do (if any)"));
            retest.setWidthFull();
            body.add(new H3(forms.t("投诉处理记录", "Investigation record")), checks, findings, retest,
                    button("save-investigation", forms.t("保存调查记录", "Save the record"),
                            () -> files.recordInvestigation(c.id(), checks.getValue(), findings.getValue(),
                                    retest.getValue(), c.version())));
        }
        if (c.findings() != null) {
            body.add(new H3(forms.t("调查结论", "Findings")), new Paragraph(c.findings()));
        }
        evidence(c);
        if (c.retestNote() != null) {
            // Run by the retest module: its case and where it stands, as that module reported; else a task here.
            String runBy = c.investigation().retestCase() == null ? "" : " · " + c.investigation().retestCase() + " "
                    + forms.t(c.investigation().retestStateZh(), c.investigation().retestStateEn());
            Paragraph retestLine = new Paragraph(forms.t("复测：", "Retest: ") + c.retestNote() + runBy
                    + (c.retestResult() == null || !runBy.isEmpty() ? "" : " → " + c.retestResult()));
            retestLine.setId("complaint-retest");
            body.add(retestLine);
            if (c.retestDoneAt() == null && c.investigation().retestCase() == null) {
                TextField result = forms.text("retest-result", forms.t("复测结果", "Retest result"));
                result.setWidthFull();
                body.add(forms.row(result, button("save-retest", forms.t("记录复测结果", "Record the result"),
                        () -> files.recordRetest(c.id(), result.getValue(), c.version()))));
            }
        }
        if (c.status() == ComplaintKinds.Status.INVESTIGATED) {
            RadioButtonGroup<Boolean> upheld = new RadioButtonGroup<>(forms.t("决定", "Decision"));
            upheld.setId("decision-upheld");
            upheld.setItems(true, false);
            upheld.setItemLabelGenerator(b -> b ? forms.t("投诉成立", "Upheld") : forms.t("投诉不成立", "Not upheld"));
            TextArea reason = new TextArea(forms.t("理由", "Reasons"));
            reason.setId("decision-reason");
            reason.setWidthFull();
            Checkbox system = new Checkbox(forms.t("涉及管理体系（需附加内部审核）",
                    "Questions the quality system (an additional internal audit follows)"));
            system.setId("decision-system");
            body.add(new H3(forms.t("决定", "Decision")), upheld, reason, system,
                    button("save-decision", forms.t("作出决定", "Decide"), () -> files.decide(c.id(), upheld.getValue(),
                            reason.getValue(), system.getValue(), c.version())));
        }
        if (c.upheld() != null) {
            Paragraph decision = new Paragraph((c.upheld() ? forms.t("投诉成立：", "Upheld: ") : forms.t("投诉不成立：",
                    "Not upheld: ")) + c.decisionReason());
            decision.setId("complaint-decision");
            body.add(decision);
            files.actionsOf(c.id()).forEach(a -> body.add(new Paragraph(a.number() + " · " + a.problem())));
            reply(c);
        }
        body.add(fileLink(c));
    }

    /** Who complains and how to reach them, as they gave it. */
    private Paragraph contact(Complaint c) {
        Paragraph contact = new Paragraph(forms.t("投诉人：", "Complainant: ") + Stream.of(c.complainantOrganisation(),
                c.complainantName(), c.complainantPhone(), c.complainantEmail()).filter(Objects::nonNull)
                .collect(Collectors.joining(" · ")));
        contact.setId("complaint-contact");
        return contact;
    }

    /** The report objected to (its number and issue date), or the date of what happened. */
    private Paragraph report(Complaint c) {
        String date = c.aboutDate() == null ? null : c.aboutDate().toString();
        String text = c.subject() == ComplaintKinds.Subject.REPORT_OBJECTION
                ? forms.t("报告编号：", "Report ") + (c.reportNumber() == null ? "—" : c.reportNumber()) + " · "
                + forms.t("签发日期：", "issued ") + (date == null ? "—" : date)
                : (c.reportNumber() == null ? "" : forms.t("报告编号：", "Report ") + c.reportNumber() + " · ")
                + forms.t("发生日期：", "happened on ") + (date == null ? "—" : date);
        Paragraph report = new Paragraph(text);
        report.setId("complaint-report");
        return report;
    }

    /**
     * The staff {@link Eligibility} allows for {@code part}; a helper text names the others and why they are not
     * offered, so nobody wonders where a colleague went.
     */
    private Select<String> candidates(String id, String label, Eligibility.Part part, Complaint c, String current) {
        List<String> eligible = Eligibility.eligible(part, c, forms.staff()).stream()
                .map(StaffDirectory.StaffMember::username).toList();
        Select<String> select = forms.select(id, label, eligible, forms::person);
        if (current != null && eligible.contains(current)) {
            select.setValue(current);
        }
        select.setWidth("26rem"); // room for the note on who is not offered
        if (part == Eligibility.Part.INVESTIGATOR && c.nature() == null) {
            select.setHelperText(Eligibility.CLASSIFY_FIRST.in(forms.locale()));
        } else {
            List<Eligibility.Excluded> excluded = Eligibility.excluded(part, c, forms.staff());
            if (!excluded.isEmpty()) {
                select.setHelperText(forms.t("未列出：", "Not offered: ") + excluded.stream()
                        .map(e -> forms.person(e.member().username()) + forms.t("（", " (")
                                + e.bar().brief().in(forms.locale()) + forms.t("）", ")"))
                        .collect(Collectors.joining(forms.t("；", "; "))));
            }
        }
        return select;
    }

    /** Files kept with the investigation record, and an upload for the investigator or a manager. */
    private void evidence(Complaint c) {
        List<RecordFiles.StoredFile> all = files.filesOf(c.id());
        // On the public form the complainant's files are stored by the form's actor, who recorded the complaint.
        List<RecordFiles.StoredFile> theirs = all.stream().filter(f -> c.channel() == ComplaintKinds.Channel.ONLINE
                && f.uploadedBy().equals(c.recordedBy())).toList();
        List<RecordFiles.StoredFile> stored = all.stream().filter(f -> !theirs.contains(f)).toList();
        if (!theirs.isEmpty()) {
            body.add(new H3(forms.t("投诉人提交的文件", "Files from the complainant")),
                    fileList("complainant-files", c, theirs));
        }
        boolean may = c.investigator() != null && (modules.permitted(ComplaintsModule.MANAGE)
                || c.investigator().equals(currentUser)) && c.status() != ComplaintKinds.Status.CLOSED;
        if (stored.isEmpty() && !may) {
            return;
        }
        body.add(new H3(forms.t("调查证据", "Evidence")), stored.isEmpty()
                ? new EmptyState(forms.t("还没有调查证据。", "No evidence yet."), forms.t(
                        "在下方添加原始记录、设备记录或报告副本。", "Add original records, equipment logs or report copies below."))
                : fileList("complaint-evidence", c, stored));
        if (may) {
            Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
                if (forms.attempt(Map.of(), () -> files.attach(c.id(), metadata.fileName(), bytes))) {
                    show(files.find(c.id()).orElseThrow());
                    Feedback.done(forms.t("已添加文件：", "File added: ") + metadata.fileName());
                }
            }));
            upload.setId("evidence-upload");
            FileLimits.apply(upload, 10 * 1024 * 1024);
            upload.setAcceptedFileTypes(".pdf", ".png", ".jpg", ".jpeg", ".docx", ".xlsx", ".txt", ".csv");
            upload.setUploadButton(new Button(forms.t("添加文件", "Add a file"), VaadinIcon.UPLOAD.create()));
            upload.setDropLabel(new Span(forms.t("原始记录、设备记录、报告副本等，每个不超过 10 MB",
                    "Original records, equipment logs, report copies…; up to 10 MB each")));
            body.add(upload);
        }
    }

    private Div fileList(String id, Complaint c, List<RecordFiles.StoredFile> stored) {
        Div list = new Div();
        list.setId(id);
        for (RecordFiles.StoredFile f : stored) {
            Anchor link = new Anchor(DownloadHandler.fromInputStream(e -> {
                RecordFiles.Content content = files.file(c.id(), f.id()).orElseThrow();
                return new DownloadResponse(new ByteArrayInputStream(content.bytes()), content.fileName(),
                        content.contentType(), content.bytes().length);
            }), f.fileName() + " (" + Math.max(1, f.sizeBytes() / 1024) + " KB)");
            list.add(new Div(link));
        }
        return list;
    }

    /** The reply (C5): the letter, the director's approval where needed, sending, and the customer's opinion. */
    private void reply(Complaint c) {
        boolean approval = ComplaintReplies.needsApproval(c);
        body.add(new H3(forms.t("复函", "Reply letter")));
        Anchor letter = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] pdf = replies.letter(c.id(), Languages.of(getLocale()));
            return new DownloadResponse(new ByteArrayInputStream(pdf), "reply-" + c.number() + ".pdf",
                    "application/pdf", pdf.length);
        }), c.replySentAt() == null ? forms.t("预览复函（PDF）", "Preview the reply letter (PDF)")
                : forms.t("已发出的复函（PDF）", "The reply as sent (PDF)"));
        letter.setId("reply-pdf");
        letter.setTarget("_blank");
        body.add(letter);
        if (c.replyApprovedBy() != null) {
            Paragraph approved = new Paragraph(forms.t("批准人：", "Approved by ") + forms.person(c.replyApprovedBy()) + " · "
                    + forms.when(c.replyApprovedAt()));
            approved.setId("reply-approved");
            body.add(approved);
        } else if (approval && c.status() == ComplaintKinds.Status.DECIDED) {
            body.add(new Paragraph(forms.t("重大投诉和转交投诉的复函须经总经理批准后发出。",
                    "The director approves the reply to a major or transferred complaint before it goes out.")));
            if (modules.permitted(ComplaintsModule.APPROVE)) {
                body.add(button("approve-reply", forms.t("批准复函", "Approve the reply"),
                        () -> replies.approve(c.id(), c.version())));
            }
        }
        if (c.status() == (approval ? ComplaintKinds.Status.REPLY_APPROVED : ComplaintKinds.Status.DECIDED)
                && modules.permitted(ComplaintsModule.RECORD)) {
            Select<String> language = forms.select("reply-language", forms.t("复函语言", "Language of the letter"),
                    List.of(Languages.CHINESE, Languages.ENGLISH), forms::languageName);
            language.setValue(Languages.code(c.complainantLanguage()));
            body.add(forms.row(language, button("send-reply", c.complainantEmail() != null
                    ? forms.t("发送复函（电子邮件附 PDF）", "Send the reply (e-mail with the PDF)")
                    : forms.t("登记复函已寄出", "Record the reply as sent"),
                    () -> replies.send(c.id(), language.getValue(), c.version()))));
        }
        if (c.replySentAt() != null) {
            Paragraph sent = new Paragraph(forms.t("复函发出：", "Reply sent ") + forms.when(c.replySentAt()));
            sent.setId("reply-sent");
            body.add(sent);
        }
        if (c.status() == ComplaintKinds.Status.REPLIED && modules.permitted(ComplaintsModule.RECORD)) {
            RadioButtonGroup<Boolean> satisfied = new RadioButtonGroup<>(forms.t("客户对处理结果的意见", "The customer's opinion"));
            satisfied.setId("feedback-satisfied");
            satisfied.setItems(true, false);
            satisfied.setItemLabelGenerator(b -> b ? forms.t("满意", "Satisfied") : forms.t("不满意", "Not satisfied"));
            TextArea opinion = new TextArea(forms.t("意见", "What they said"));
            opinion.setId("feedback-opinion");
            opinion.setWidthFull();
            body.add(satisfied, opinion, button("save-feedback", forms.t("记录意见并结案", "Record and close the file"),
                    () -> replies.feedback(c.id(), satisfied.getValue(), opinion.getValue(), c.version())));
        }
        if (c.feedbackAt() != null) {
            Paragraph feedback = new Paragraph((Boolean.TRUE.equals(c.feedbackSatisfied()) ? forms.t("客户满意", "Satisfied")
                    : forms.t("客户不满意", "Not satisfied")) + (c.feedbackOpinion() == null ? "" : "：" + c.feedbackOpinion()));
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
        }), forms.t("投诉档案（PDF）", "The complaint file (PDF)"));
        file.setId("complaint-file-pdf");
        file.setTarget("_blank");
        return file;
    }

    private Button button(String id, String label, Supplier<Complaint> action) {
        Button button = new Button(label, e -> {
            Complaint[] saved = new Complaint[1];
            if (forms.attempt(Map.of(), () -> saved[0] = action.get())) {
                show(saved[0]);
                forms.done(saved[0], label);
            }
        });
        button.setId(id);
        return button;
    }

}
