package io.labdesk.modules.complaints.domain;

import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

/**
 * A complaint file (投诉记录): what was received, whether it was accepted, how it is classified, and its parts as
 * the file grows — the investigation, the decision, the reply and the customer's opinion.
 */
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

    /** The institution's customer the complainant is, where their e-mail or phone matched one. */
    @Column(name = "customer_id")
    private java.util.UUID customerId;

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

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    /** The language the complainant reads (zh-CN, en): of the public form, else the institution's. */
    @Column(name = "complainant_language", length = 8)
    private String complainantLanguage;

    @Embedded
    private Investigation investigation;

    @Embedded
    private Decision decision;

    @Embedded
    private Reply reply;

    @Embedded
    private CustomerOpinion opinion;

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
        // Its questions_system column is never empty, so the decision part always exists.
        this.decision = new Decision();
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
        investigationToWrite().by(username);
        this.status = ComplaintKinds.Status.INVESTIGATING;
    }

    public void decideBy(String username) {
        decisionToWrite().by(username);
    }

    /** A retest the investigator ordered; kept as a task on the complaint until its result is recorded. */
    public void retestOrdered(String note) {
        investigationToWrite().retestOrdered(note);
    }

    /** The retest module reported on the retest it runs for this complaint: its case, where it stands, the outcome. */
    public void retestReported(String caseNumber, String stateZh, String stateEn, String result, Instant doneAt) {
        investigationToWrite().retestCase(caseNumber, stateZh, stateEn);
        if (result != null) {
            investigationToWrite().retestDone(result, doneAt);
        }
    }

    public void retestDone(String result, Instant at) {
        investigationToWrite().retestDone(result, at);
    }

    public String retestNote() {
        return investigation().retestNote();
    }

    public Instant retestDoneAt() {
        return investigation().retestDoneAt();
    }

    public String retestResult() {
        return investigation().retestResult();
    }

    public boolean questionsSystem() {
        return decision().questionsSystem();
    }

    public void investigated(java.util.Set<ComplaintKinds.Check> checks, String findings, Instant at) {
        investigationToWrite().recorded(checks, findings, at);
        this.status = ComplaintKinds.Status.INVESTIGATED;
    }

    public void decided(boolean upheld, String reason, boolean questionsSystem, Instant at) {
        decisionToWrite().made(upheld, reason, questionsSystem, at);
        this.status = ComplaintKinds.Status.DECIDED;
    }

    public void replyApproved(String by, Instant at) {
        replyToWrite().approved(by, at);
        this.status = ComplaintKinds.Status.REPLY_APPROVED;
    }

    public void replySent(String language, String text, Instant at) {
        replyToWrite().sent(language, text, at);
        this.status = ComplaintKinds.Status.REPLIED;
    }

    public void feedback(boolean satisfied, String opinion, String by, Instant at) {
        opinionToWrite().given(satisfied, opinion, by, at);
        this.status = ComplaintKinds.Status.CLOSED;
    }

    public String replyApprovedBy() {
        return reply().approvedBy();
    }

    public Instant replyApprovedAt() {
        return reply().approvedAt();
    }

    public Instant replySentAt() {
        return reply().sentAt();
    }

    public String replyLanguage() {
        return reply().language();
    }

    public String replyText() {
        return reply().text();
    }

    public Boolean feedbackSatisfied() {
        return opinion().satisfied();
    }

    public String feedbackOpinion() {
        return opinion().opinion();
    }

    public String feedbackBy() {
        return opinion().by();
    }

    public Instant feedbackAt() {
        return opinion().at();
    }

    public List<ComplaintKinds.Check> checked() {
        return investigation().checked();
    }

    public String findings() {
        return investigation().findings();
    }

    public Instant investigatedAt() {
        return investigation().investigatedAt();
    }

    public Boolean upheld() {
        return decision().upheld();
    }

    public String decisionReason() {
        return decision().reason();
    }

    public Instant decidedAt() {
        return decision().decidedAt();
    }

    /** The investigation so far (empty until someone is assigned). */
    public Investigation investigation() {
        return investigation != null ? investigation : new Investigation();
    }

    public Decision decision() {
        return decision != null ? decision : new Decision();
    }

    public Reply reply() {
        return reply != null ? reply : new Reply();
    }

    /** The complainant's opinion of the outcome, once given. */
    public CustomerOpinion opinion() {
        return opinion != null ? opinion : new CustomerOpinion();
    }

    // Hibernate leaves a part whose columns are all empty null; it is made when first written.
    private Investigation investigationToWrite() {
        if (investigation == null) {
            investigation = new Investigation();
        }
        return investigation;
    }

    private Decision decisionToWrite() {
        if (decision == null) {
            decision = new Decision();
        }
        return decision;
    }

    private Reply replyToWrite() {
        if (reply == null) {
            reply = new Reply();
        }
        return reply;
    }

    private CustomerOpinion opinionToWrite() {
        if (opinion == null) {
            opinion = new CustomerOpinion();
        }
        return opinion;
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

    public java.util.UUID customerId() {
        return customerId;
    }

    public void comesFrom(java.util.UUID customer) {
        this.customerId = customer;
    }

    /** What other modules learn of the complaint in its events: its number and, when known, whose it is. */
    public java.util.Map<String, String> eventData() {
        java.util.Map<String, String> data = new java.util.LinkedHashMap<>();
        data.put("number", number());
        if (customerId != null) {
            data.put("customerId", customerId.toString());
        }
        // Who handled it, so that a module auditing complaints can keep them from auditing their own work.
        if (investigator() != null) {
            data.put("investigator", investigator());
        }
        if (decider() != null) {
            data.put("decider", decider());
        }
        return data;
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
        return investigation().investigator();
    }

    public String decider() {
        return decision().decider();
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
