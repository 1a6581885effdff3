package io.labdesk.modules.complaints.domain;

import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A complaint file (投诉记录): what was received, whether it was accepted, how it is classified and by whom handled. */
@Entity
@Table(name = "complaint")
public class Complaint extends TenantOwned {

    @Id
    private UUID id;

    @Column(nullable = false, length = 20)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ComplaintKinds.Channel channel;

    @Column(name = "transferred_from", length = 200)
    private String transferredFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, length = 20)
    private ComplaintKinds.Subject subject;

    @Column(name = "report_number", length = 100)
    private String reportNumber;

    @Column(name = "about_date")
    private LocalDate aboutDate;

    @Column(nullable = false)
    private boolean repeatable;

    @Column(name = "request_number", length = 40)
    private String requestNumber;

    @Column(name = "named_staff", nullable = false, length = 1000)
    private String namedStaff;

    @Column(name = "performed_by", nullable = false, length = 1000)
    private String performedBy;

    @Column(name = "complainant_name", nullable = false, length = 100)
    private String complainantName;

    @Column(name = "complainant_organisation", length = 200)
    private String complainantOrganisation;

    @Column(name = "complainant_phone", length = 40)
    private String complainantPhone;

    @Column(name = "complainant_email", length = 320)
    private String complainantEmail;

    @Column(nullable = false, length = 10000)
    private String description;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ComplaintKinds.Status status;

    @Enumerated(EnumType.STRING)
    @Column(name = "refusal", length = 20)
    private Acceptance.Refusal refusal;

    @Column(name = "refusal_zh", length = 1000)
    private String refusalZh;

    @Column(name = "refusal_en", length = 1000)
    private String refusalEn;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private ComplaintKinds.Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private ComplaintKinds.Nature nature;

    @Column(length = 100)
    private String investigator;

    @Column(length = 100)
    private String decider;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(length = 200)
    private String checked;

    @Column(length = 10000)
    private String findings;

    @Column(name = "investigated_at")
    private Instant investigatedAt;

    private Boolean upheld;

    @Column(name = "decision_reason", length = 10000)
    private String decisionReason;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "retest_note", length = 2000)
    private String retestNote;

    @Column(name = "retest_done_at")
    private Instant retestDoneAt;

    @Column(name = "retest_result", length = 4000)
    private String retestResult;

    @Column(name = "questions_system", nullable = false)
    private boolean questionsSystem;

    @Column(name = "reply_approved_by", length = 100)
    private String replyApprovedBy;

    @Column(name = "reply_approved_at")
    private Instant replyApprovedAt;

    @Column(name = "reply_sent_at")
    private Instant replySentAt;

    /** The language the complainant reads (zh-CN, en): of the public form, else the institution's. */
    @Column(name = "complainant_language", length = 8)
    private String complainantLanguage;

    @Column(name = "reply_language", length = 8)
    private String replyLanguage;

    /** The letter as it went out: the archive keeps it even when the template is reworded later. */
    @Column(name = "reply_text", length = 12000)
    private String replyText;

    @Column(name = "feedback_satisfied")
    private Boolean feedbackSatisfied;

    @Column(name = "feedback_opinion", length = 4000)
    private String feedbackOpinion;

    @Column(name = "feedback_at")
    private Instant feedbackAt;

    /** Who recorded the opinion: a member of staff, or {@code public} when the complainant gave it by the link. */
    @Column(name = "feedback_by", length = 100)
    private String feedbackBy;

    @Version
    private long version;

    protected Complaint() {
    }

    /** A complaint as received; {@link #accept} or {@link #refuse} follows at once. */
    public Complaint(String number, ComplaintKinds.Channel channel, String transferredFrom,
                     ComplaintKinds.Subject subject, String reportNumber, LocalDate aboutDate, boolean repeatable,
                     String requestNumber, List<String> namedStaff, List<String> performedBy, String complainantName,
                     String complainantOrganisation, String complainantPhone, String complainantEmail,
                     String description, Instant receivedAt, String recordedBy) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.channel = channel;
        this.transferredFrom = transferredFrom;
        this.subject = subject;
        this.reportNumber = reportNumber;
        this.aboutDate = aboutDate;
        this.repeatable = repeatable;
        this.requestNumber = requestNumber;
        this.namedStaff = String.join(",", namedStaff);
        this.performedBy = String.join(",", performedBy);
        this.complainantName = complainantName;
        this.complainantOrganisation = complainantOrganisation;
        this.complainantPhone = complainantPhone;
        this.complainantEmail = complainantEmail;
        this.description = description;
        this.receivedAt = receivedAt;
        this.recordedBy = recordedBy;
        this.status = ComplaintKinds.Status.RECEIVED;
        this.severity = ComplaintKinds.Severity.NORMAL;
    }

    public void speaks(String language) {
        this.complainantLanguage = language;
    }

    public String complainantLanguage() {
        return complainantLanguage;
    }

    public void accept() {
        this.status = ComplaintKinds.Status.RECEIVED;
    }

    public void refuse(Acceptance.Refusal refusal, String explanationZh, String explanationEn) {
        this.status = ComplaintKinds.Status.REFUSED;
        this.refusal = refusal;
        this.refusalZh = explanationZh;
        this.refusalEn = explanationEn;
    }

    public void acknowledge(Instant at) {
        this.status = ComplaintKinds.Status.ACKNOWLEDGED;
        this.acknowledgedAt = at;
    }

    public void classify(ComplaintKinds.Severity severity, ComplaintKinds.Nature nature) {
        this.severity = severity;
        this.nature = nature;
    }

    public void investigateBy(String username) {
        this.investigator = username;
        this.status = ComplaintKinds.Status.INVESTIGATING;
    }

    public void decideBy(String username) {
        this.decider = username;
    }

    /** A retest the investigator ordered; kept as a task on the complaint until its result is recorded. */
    public void retestOrdered(String note) {
        this.retestNote = note;
    }

    public void retestDone(String result, Instant at) {
        this.retestResult = result;
        this.retestDoneAt = at;
    }

    public String retestNote() {
        return retestNote;
    }

    public Instant retestDoneAt() {
        return retestDoneAt;
    }

    public String retestResult() {
        return retestResult;
    }

    public boolean questionsSystem() {
        return questionsSystem;
    }

    public void investigated(java.util.Set<ComplaintKinds.Check> checks, String findings, Instant at) {
        this.checked = String.join(",", checks.stream().map(Enum::name).sorted().toList());
        this.findings = findings;
        this.investigatedAt = at;
        this.status = ComplaintKinds.Status.INVESTIGATED;
    }

    public void decided(boolean upheld, String reason, boolean questionsSystem, Instant at) {
        this.upheld = upheld;
        this.questionsSystem = questionsSystem;
        this.decisionReason = reason;
        this.decidedAt = at;
        this.status = ComplaintKinds.Status.DECIDED;
    }

    public void replyApproved(String by, Instant at) {
        this.replyApprovedBy = by;
        this.replyApprovedAt = at;
        this.status = ComplaintKinds.Status.REPLY_APPROVED;
    }

    public void replySent(String language, String text, Instant at) {
        this.replyLanguage = language;
        this.replyText = text;
        this.replySentAt = at;
        this.status = ComplaintKinds.Status.REPLIED;
    }

    public void feedback(boolean satisfied, String opinion, String by, Instant at) {
        this.feedbackBy = by;
        this.feedbackSatisfied = satisfied;
        this.feedbackOpinion = opinion;
        this.feedbackAt = at;
        this.status = ComplaintKinds.Status.CLOSED;
    }

    public String replyApprovedBy() {
        return replyApprovedBy;
    }

    public Instant replyApprovedAt() {
        return replyApprovedAt;
    }

    public Instant replySentAt() {
        return replySentAt;
    }

    public String replyLanguage() {
        return replyLanguage;
    }

    public String replyText() {
        return replyText;
    }

    public Boolean feedbackSatisfied() {
        return feedbackSatisfied;
    }

    public String feedbackOpinion() {
        return feedbackOpinion;
    }

    public String feedbackBy() {
        return feedbackBy;
    }

    public Instant feedbackAt() {
        return feedbackAt;
    }

    public List<ComplaintKinds.Check> checked() {
        return split(checked).stream().map(ComplaintKinds.Check::valueOf).toList();
    }

    public String findings() {
        return findings;
    }

    public Instant investigatedAt() {
        return investigatedAt;
    }

    public Boolean upheld() {
        return upheld;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public ComplaintKinds.Channel channel() {
        return channel;
    }

    public String transferredFrom() {
        return transferredFrom;
    }

    public ComplaintKinds.Subject subject() {
        return subject;
    }

    public String reportNumber() {
        return reportNumber;
    }

    public LocalDate aboutDate() {
        return aboutDate;
    }

    public boolean repeatable() {
        return repeatable;
    }

    public String requestNumber() {
        return requestNumber;
    }

    public List<String> namedStaff() {
        return split(namedStaff);
    }

    public List<String> performedBy() {
        return split(performedBy);
    }

    public String complainantName() {
        return complainantName;
    }

    public String complainantOrganisation() {
        return complainantOrganisation;
    }

    public String complainantPhone() {
        return complainantPhone;
    }

    public String complainantEmail() {
        return complainantEmail;
    }

    public String description() {
        return description;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public ComplaintKinds.Status status() {
        return status;
    }

    public Acceptance.Refusal refusal() {
        return refusal;
    }

    public String refusalZh() {
        return refusalZh;
    }

    public String refusalEn() {
        return refusalEn;
    }

    public ComplaintKinds.Severity severity() {
        return severity;
    }

    public ComplaintKinds.Nature nature() {
        return nature;
    }

    public String investigator() {
        return investigator;
    }

    public String decider() {
        return decider;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public long version() {
        return version;
    }

    public boolean transferred() {
        return channel == ComplaintKinds.Channel.TRANSFERRED;
    }

    private static List<String> split(String list) {
        return list == null || list.isBlank() ? List.of() : Arrays.asList(list.split(","));
    }
}
