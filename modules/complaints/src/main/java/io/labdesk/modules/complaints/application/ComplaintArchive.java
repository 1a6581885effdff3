package io.labdesk.modules.complaints.application;

import io.labdesk.modules.complaints.ComplaintsModule;
import io.labdesk.modules.complaints.domain.Complaint;
import io.labdesk.modules.complaints.infrastructure.persistence.ComplaintRegister;
import io.labdesk.modules.complaints.domain.ComplaintVocabulary;
import io.labdesk.platform.api.capa.CorrectiveActions;
import io.labdesk.platform.api.deadline.TrackedDeadline;
import io.labdesk.platform.api.export.DocumentPrinter;
import io.labdesk.platform.api.export.PrintedDocument;
import io.labdesk.platform.api.file.RecordFiles;
import io.labdesk.platform.api.identity.StaffDirectory;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.notification.CustomerMessages;
import io.labdesk.platform.api.sla.WorkingTime;
import io.labdesk.platform.api.tenant.Institution;
import io.labdesk.platform.api.tenant.LocalTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The complaint's whole file as one PDF (C7), for the records administrator to archive: the record and its
 * acceptance check, classification and deadlines, the investigation and any retest, the decision, the reply as it
 * went out with its approval, the corrective actions it raised, the messages sent about it, and the opinion.
 */
@ApplicationScoped
public class ComplaintArchive {

    @Inject
    ComplaintRegister register;

    @Inject
    TenantModules modules;

    @Inject
    DocumentPrinter printer;

    @Inject
    Institution institution;

    @Inject
    WorkingTime workingTime;

    @Inject
    CorrectiveActions actions;

    @Inject
    CustomerMessages messages;

    @Inject
    RecordFiles files;

    @Inject
    DeadlineTracking deadlines;

    @Inject
    StaffDirectory staff;

    @Transactional
    public byte[] pdf(UUID id, Locale locale) {
        modules.require(ComplaintsModule.READ);
        Complaint c = register.get(id);
        Labels l = new Labels(locale);
        StaffNames people = new StaffNames(staff);
        PrintedDocument.Builder doc = PrintedDocument.titled(l.t("投诉档案 ", "Complaint file ") + c.number())
                .field(l.t("机构", "Institution"), institution.name(locale))
                .heading(l.t("投诉登记", "Record"))
                .field(l.t("编号", "Number"), c.number())
                .field(l.t("渠道", "Channel"), l.of(c.channel()) + (c.transferredFrom() == null ? ""
                        : l.t("，转交单位：", ", from ") + c.transferredFrom()))
                .field(l.t("收到时间", "Received"), l.time(c.receivedAt()))
                .field(l.t("登记人", "Recorded by"), people.of(c.recordedBy()))
                .field(l.t("投诉人", "Complainant"), join(c.complainantName(), c.complainantOrganisation()))
                .field(l.t("联系方式", "Contact"), join(c.complainantPhone(), c.complainantEmail()))
                .field(l.t("投诉事项", "Concerns"), l.of(c.subject()))
                .field(l.t("报告编号", "Report"), c.reportNumber())
                .field(l.t("报告签发或事情发生日期", "Report issued or matter dated"),
                        c.aboutDate() == null ? null : c.aboutDate().toString())
                .field(l.t("相关服务单", "Service request"), c.requestNumber())
                .field(l.t("被点名人员", "Staff named"), people.of(c.namedStaff(), l.zh))
                .field(l.t("从事被投诉工作的人员", "Did the work"), people.of(c.performedBy(), l.zh))
                .paragraph(c.description())
                .heading(l.t("受理审查", "Acceptance"));
        if (c.refusal() != null) {
            doc.field(l.t("结论", "Outcome"), l.t("不予受理", "Not accepted") + " · " + l.of(c.refusal()))
                    .paragraph(l.zh ? c.refusalZh() : c.refusalEn());
            return printer.pdf(trail(doc, c, l).build());
        }
        doc.field(l.t("结论", "Outcome"), l.t("予以受理", "Accepted"))
                .heading(l.t("分类与时限", "Classification and deadlines"))
                .field(l.t("级别", "Severity"), l.of(c.severity()))
                .field(l.t("性质", "Nature"), c.nature() == null ? null : l.of(c.nature()));
        for (TrackedDeadline d : deadlines.of(c.id())) {
            doc.field(l.t(d.label().zh() + "时限 / 完成", "Deadline for " + d.label().en() + " / done"),
                    l.time(d.due()) + " / " + (d.metAt() == null ? l.t("未完成", "not yet") : l.time(d.metAt()))
                            + (d.late() ? l.t("（超时）", " (late)") : ""));
        }
        doc.heading(l.t("投诉处理记录", "Investigation"))
                .field(l.t("调查人", "Investigator"), people.of(c.investigator()))
                .field(l.t("核查内容", "Checked"), c.checked().stream().map(l::of).collect(Collectors.joining("、")))
                .field(l.t("调查完成", "Investigated"), l.time(c.investigatedAt()));
        if (c.findings() != null) {
            doc.paragraph(c.findings());
        }
        for (RecordFiles.StoredFile f : files.of(ComplaintsModule.ID, c.id())) {
            doc.field(l.t("证据文件", "Evidence"), f.fileName() + " · " + Math.max(1, f.sizeBytes() / 1024) + " KB · "
                    + people.of(f.uploadedBy()) + " · " + l.time(f.uploadedAt()) + " · SHA-256 " + f.sha256());
        }
        if (c.retestNote() != null) {
            doc.field(l.t("复测", "Retest"), c.retestNote())
                    .field(l.t("复测结果", "Retest result"), c.retestResult() == null ? null
                            : c.retestResult() + " · " + l.time(c.retestDoneAt()));
        }
        doc.heading(l.t("决定", "Decision"))
                .field(l.t("决定人", "Decided by"), people.of(c.decider()))
                .field(l.t("结论", "Outcome"), c.upheld() == null ? null
                        : c.upheld() ? l.t("投诉成立", "Upheld") : l.t("投诉不成立", "Not upheld"))
                .field(l.t("决定时间", "Decided"), l.time(c.decidedAt()))
                .field(l.t("涉及管理体系", "Questions the quality system"), c.questionsSystem() ? l.t("是", "yes")
                        : l.t("否", "no"));
        if (c.decisionReason() != null) {
            doc.paragraph(c.decisionReason());
        }
        doc.heading(l.t("复函", "Reply"))
                .field(l.t("批准人", "Approved by"), c.replyApprovedBy() == null ? null
                        : people.of(c.replyApprovedBy()) + " · " + l.time(c.replyApprovedAt()))
                .field(l.t("发出时间", "Sent"), l.time(c.replySentAt()));
        if (c.replyText() != null) {
            for (String paragraph : c.replyText().split("\n\n")) {
                doc.paragraph(paragraph.strip());
            }
        }
        List<CorrectiveActions.Summary> raised = actions.raisedBy(ComplaintsModule.ID, c.id());
        doc.heading(l.t("纠正和预防措施", "Corrective and preventive actions"));
        if (raised.isEmpty()) {
            doc.paragraph(l.t("无", "None"));
        }
        for (CorrectiveActions.Summary a : raised) {
            doc.field(a.number(), l.t(a.kind() == CorrectiveActions.Kind.CORRECTIVE ? "纠正措施" : "预防措施",
                            a.kind() == CorrectiveActions.Kind.CORRECTIVE ? "Corrective" : "Preventive") + " · "
                            + a.status() + " · " + a.problem())
                    .field(l.t("原因 / 负责人 / 期限", "Root cause / owner / due"), join(a.rootCause(), a.owner(),
                            a.dueOn() == null ? null : a.dueOn().toString()))
                    .field(l.t("有效性验证", "Effectiveness checked"), join(a.verifiedBy(), a.verificationNote(),
                            a.closedAt() == null ? null : l.time(a.closedAt())));
        }
        doc.heading(l.t("客户意见", "The customer's opinion"))
                .field(l.t("是否满意", "Satisfied"), c.feedbackSatisfied() == null ? null
                        : c.feedbackSatisfied() ? l.t("满意", "yes") : l.t("不满意", "no"))
                .field(l.t("记录", "Recorded"), c.feedbackAt() == null ? null : l.time(c.feedbackAt()) + " · "
                        + ("public".equals(c.feedbackBy()) ? l.t("投诉人经链接填写", "given by the complainant online")
                        : people.of(c.feedbackBy())));
        if (c.feedbackOpinion() != null) {
            doc.paragraph(c.feedbackOpinion());
        }
        return printer.pdf(trail(doc, c, l).build());
    }

    /** What was sent about the complaint, to the complainant and to staff, last in the file. */
    private PrintedDocument.Builder trail(PrintedDocument.Builder doc, Complaint c, Labels l) {
        doc.heading(l.t("发出的消息", "Messages sent"));
        List<CustomerMessages.Sent> sent = messages.about(c.id());
        if (sent.isEmpty()) {
            doc.paragraph(l.t("无", "None"));
        }
        for (CustomerMessages.Sent m : sent) {
            doc.field(l.time(m.createdAt()), m.channel() + " · " + m.recipient() + " · " + m.subject()
                    + (m.attachments().isEmpty() ? "" : " · " + String.join(", ", m.attachments()))
                    + (m.sentAt() == null ? l.t("（待发送）", " (waiting)") : ""));
        }
        return doc;
    }

    private static String join(String... parts) {
        String joined = java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank())
                .collect(Collectors.joining(" · "));
        return joined.isEmpty() ? null : joined;
    }

    private final class Labels {

        final boolean zh;

        Labels(Locale locale) {
            this.zh = locale == null || "zh".equals(locale.getLanguage());
        }

        String t(String zhText, String en) {
            return zh ? zhText : en;
        }

        String of(Enum<?> value) {
            Text text = ComplaintVocabulary.of(value);
            return zh ? text.zh() : text.en();
        }

        String time(Instant at) {
            return at == null ? "—" : LocalTimes.format(at, workingTime.zone());
        }
    }
}
