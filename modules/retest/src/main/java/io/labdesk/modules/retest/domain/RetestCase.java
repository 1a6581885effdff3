package io.labdesk.modules.retest.domain;

import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A retest case (复测记录, R4): the original test and what the customer questions, whether it may go ahead, the
 * investigation and the cause, the decision with its approver and fee, the retest's comparison and the conclusion.
 * Its test items with their results are {@link RetestItem}s.
 */
@Entity
@Table(name = "retest_case")
public class RetestCase extends TenantOwned {

    @Id
    private UUID id;

    @Column(nullable = false, length = 20, updatable = false)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private Origin origin;

    @Column(name = "request_id")
    private UUID requestId;

    @Column(name = "request_number", length = 40)
    private String requestNumber;

    @Column(name = "complaint_id")
    private UUID complaintId;

    @Column(name = "complaint_number", length = 20)
    private String complaintNumber;

    @Column(name = "customer_name", nullable = false, length = 100)
    private String customerName;

    @Column(name = "customer_organisation", length = 200)
    private String customerOrganisation;

    @Column(name = "customer_email", length = 320)
    private String customerEmail;

    @Column(name = "customer_phone", length = 40)
    private String customerPhone;

    @Column(name = "customer_language", nullable = false, length = 10)
    private String customerLanguage;

    @Column(name = "report_number", nullable = false, length = 100)
    private String reportNumber;

    @Column(name = "report_date", nullable = false)
    private LocalDate reportDate;

    @Column(length = 200)
    private String sample;

    @Column(name = "tested_by", length = 100)
    private String testedBy;

    @Column(name = "instrument", length = 200)
    private String instrument;

    @Column(name = "report_approved_by", length = 100)
    private String reportApprovedBy;

    @Column(nullable = false, length = 4000)
    private String claim;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RetestStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Eligibility.Outcome eligibility;

    @Column(name = "eligibility_reasons_zh", length = 2000)
    private String eligibilityReasonsZh;

    @Column(name = "eligibility_reasons_en", length = 2000)
    private String eligibilityReasonsEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "sample_state", length = 10)
    private SampleKeeping.State sampleState;

    @Column(name = "sample_kept_until")
    private LocalDate sampleKeptUntil;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, length = 100, updatable = false)
    private String openedBy;

    @Column(length = 10000)
    private String investigation;

    @Column(name = "cause_code", length = 40)
    private String causeCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "cause_class", length = 24)
    private CauseClass causeClass;

    @Column(name = "class_reason", length = 2000)
    private String classReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "fee_kind", length = 12)
    private Fee.Kind feeKind;

    @Column(name = "fee_amount", precision = 14, scale = 2)
    private BigDecimal feeAmount;

    @Column(name = "fee_agreement", length = 2000)
    private String feeAgreement;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "quote_id")
    private UUID quoteId;

    @Column(name = "retest_started_at")
    private Instant retestStartedAt;

    @Column(name = "retested_by", length = 100)
    private String retestedBy;

    @Column(name = "result_at")
    private Instant resultAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "overall", length = 16)
    private Comparison.Verdict overall;

    @Column(name = "review_zh", length = 1000)
    private String reviewZh;

    @Column(name = "review_en", length = 1000)
    private String reviewEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "final_class", length = 24)
    private CauseClass finalClass;

    @Column(name = "conclusion", length = 4000)
    private String conclusion;

    @Column(name = "amended_report", length = 100)
    private String amendedReport;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 100)
    private String closedBy;

    @Column(name = "refusal", length = 2000)
    private String refusal;

    /** The result letter as it went to the customer, so that it reads the same after a rewording of the template. */
    @Column(name = "letter_language", length = 8)
    private String letterLanguage;

    @Column(name = "letter_text", length = 12000)
    private String letterText;

    @Version
    private long version;

    protected RetestCase() {
    }

    /** What the customer or staff filed, and how it was opened. */
    public record Opening(Origin origin, String customerName, String customerOrganisation, String customerEmail,
                          String customerPhone, String customerLanguage, String reportNumber, LocalDate reportDate,
                          String sample, String claim) {
    }

    public RetestCase(String number, Opening o, Eligibility.Verdict verdict, Instant at, String by) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.origin = o.origin();
        this.customerName = o.customerName();
        this.customerOrganisation = o.customerOrganisation();
        this.customerEmail = o.customerEmail();
        this.customerPhone = o.customerPhone();
        this.customerLanguage = o.customerLanguage();
        this.reportNumber = o.reportNumber();
        this.reportDate = o.reportDate();
        this.sample = o.sample();
        this.claim = o.claim();
        this.openedAt = at;
        this.openedBy = by;
        checked(verdict);
        this.status = verdict.mayGoAhead() ? RetestStatus.RECEIVED : RetestStatus.NOT_ELIGIBLE;
        if (!verdict.mayGoAhead()) {
            this.closedAt = at;
        }
    }

    /** Links the case both ways: to the request it was opened on. */
    public void onRequest(UUID requestId, String requestNumber) {
        this.requestId = requestId;
        this.requestNumber = requestNumber;
    }

    /** Links the case to the complaint whose investigation ordered it. */
    public void forComplaint(UUID complaintId, String complaintNumber) {
        this.complaintId = complaintId;
        this.complaintNumber = complaintNumber;
    }

    /** Who did the original test, on which instrument, and who approved its report (for independence). */
    public void originalTest(String testedBy, String instrument, String reportApprovedBy) {
        this.testedBy = testedBy;
        this.instrument = instrument;
        this.reportApprovedBy = reportApprovedBy;
    }

    /** What staff recorded of the sample, and the eligibility that follows from it. */
    public void sampleKept(SampleKeeping keeping, Eligibility.Verdict verdict) {
        this.sampleState = keeping.state();
        this.sampleKeptUntil = keeping.keptUntil();
        checked(verdict);
    }

    private void checked(Eligibility.Verdict verdict) {
        this.eligibility = verdict.outcome();
        this.eligibilityReasonsZh = verdict.reasons().isEmpty() ? null
                : String.join("\n", verdict.reasons().stream().map(t -> t.zh()).toList());
        this.eligibilityReasonsEn = verdict.reasons().isEmpty() ? null
                : String.join("\n", verdict.reasons().stream().map(t -> t.en()).toList());
    }

    public void decide(String investigation, Cause cause, CauseClass decidedClass, String classReason, Fee fee,
                       String agreement, String by, Instant at) {
        this.investigation = investigation;
        this.causeCode = cause.code();
        this.causeClass = decidedClass;
        this.classReason = classReason;
        this.feeKind = fee.kind();
        this.feeAmount = fee.amount();
        this.feeAgreement = agreement;
        this.decidedBy = by;
        this.decidedAt = at;
        this.approvedBy = null;
        this.approvedAt = null;
        this.status = RetestStatus.DECIDED;
    }

    /** Approved: the retest starts, or waits for the customer to accept the quote first. */
    public void approve(String by, Instant at, boolean quoteNeeded) {
        this.approvedBy = by;
        this.approvedAt = at;
        if (quoteNeeded) {
            this.status = RetestStatus.AWAITING_ACCEPTANCE;
        } else {
            startRetest(at);
        }
    }

    public void quoted(UUID quoteId) {
        this.quoteId = quoteId;
    }

    /** The customer answered the quote. */
    public void quoteAnswered(boolean accepted, Instant at) {
        if (accepted) {
            startRetest(at);
        } else {
            this.status = RetestStatus.DECLINED;
            this.closedAt = at;
        }
    }

    private void startRetest(Instant at) {
        this.status = RetestStatus.RETESTING;
        this.retestStartedAt = at;
    }

    /** The retest's items are in and compared: the overall verdict, and the review it calls for, if any. */
    public void resultRecorded(Comparison.Verdict overall, Text review, String by,
                               Instant at) {
        this.overall = overall;
        this.reviewZh = review == null ? null : review.zh();
        this.reviewEn = review == null ? null : review.en();
        this.retestedBy = by;
        this.resultAt = at;
        this.status = RetestStatus.RESULT_RECORDED;
    }

    /** Concluded: the final class (after any review), what was concluded and the amended report, if any. */
    public void conclude(CauseClass finalClass, String conclusion, String amendedReport, String by, Instant at) {
        this.finalClass = finalClass;
        this.conclusion = conclusion;
        this.amendedReport = amendedReport;
        this.closedBy = by;
        this.closedAt = at;
        this.status = RetestStatus.CLOSED;
    }

    /** The result letter went out in {@code language} ("zh-CN", "en") with this text. */
    public void letterSent(String language, String text) {
        this.letterLanguage = language;
        this.letterText = text;
    }

    public void refuse(String reason, String by, Instant at) {
        this.refusal = reason;
        this.closedBy = by;
        this.closedAt = at;
        this.status = RetestStatus.REFUSED;
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public Origin origin() {
        return origin;
    }

    public UUID requestId() {
        return requestId;
    }

    public String requestNumber() {
        return requestNumber;
    }

    public UUID complaintId() {
        return complaintId;
    }

    public String complaintNumber() {
        return complaintNumber;
    }

    public String customerName() {
        return customerName;
    }

    public String customerOrganisation() {
        return customerOrganisation;
    }

    public String customerEmail() {
        return customerEmail;
    }

    public String customerPhone() {
        return customerPhone;
    }

    public String customerLanguage() {
        return customerLanguage;
    }

    public String reportNumber() {
        return reportNumber;
    }

    public LocalDate reportDate() {
        return reportDate;
    }

    public String sample() {
        return sample;
    }

    public String testedBy() {
        return testedBy;
    }

    public String instrument() {
        return instrument;
    }

    public String reportApprovedBy() {
        return reportApprovedBy;
    }

    public String claim() {
        return claim;
    }

    public RetestStatus status() {
        return status;
    }

    public Eligibility.Outcome eligibility() {
        return eligibility;
    }

    /** The reasons behind the eligibility, one per line, in the reader's language. */
    public Text eligibilityReasons() {
        return eligibilityReasonsZh == null ? null
                : Text.of(eligibilityReasonsZh, eligibilityReasonsEn);
    }

    /** What staff recorded of the sample, or null while the retention period speaks for it. */
    public SampleKeeping sampleKeeping() {
        return sampleState == null ? null : new SampleKeeping(sampleState, sampleKeptUntil);
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String openedBy() {
        return openedBy;
    }

    public String investigation() {
        return investigation;
    }

    public String causeCode() {
        return causeCode;
    }

    public CauseClass causeClass() {
        return causeClass;
    }

    public String classReason() {
        return classReason;
    }

    public Fee.Kind feeKind() {
        return feeKind;
    }

    public BigDecimal feeAmount() {
        return feeAmount;
    }

    public String feeAgreement() {
        return feeAgreement;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public UUID quoteId() {
        return quoteId;
    }

    public Instant retestStartedAt() {
        return retestStartedAt;
    }

    public String retestedBy() {
        return retestedBy;
    }

    public Instant resultAt() {
        return resultAt;
    }

    public Comparison.Verdict overall() {
        return overall;
    }

    /** The review the comparison asks for, or null. */
    public Text review() {
        return reviewZh == null ? null : Text.of(reviewZh, reviewEn);
    }

    public CauseClass finalClass() {
        return finalClass;
    }

    public String conclusion() {
        return conclusion;
    }

    public String amendedReport() {
        return amendedReport;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }

    public String letterLanguage() {
        return letterLanguage;
    }

    public String letterText() {
        return letterText;
    }

    public String refusal() {
        return refusal;
    }

    public long version() {
        return version;
    }
}
