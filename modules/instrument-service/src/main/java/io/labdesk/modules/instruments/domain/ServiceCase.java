package io.labdesk.modules.instruments.domain;

import io.labdesk.platform.api.module.Text;
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
import java.util.UUID;

/**
 * A service case on one request (repair, replacement, installation or maintenance) for one instrument: the warranty
 * decision taken when it opened (again when the diagnosis finds an excluded cause), the diagnosis and the agreed way,
 * the quote when chargeable, parts ordered or the factory return, the engineer on site, a longer cycle told to the
 * customer, the work report and the close.
 */
@Entity
@Table(name = "instrument_service_case")
public class ServiceCase extends TenantOwned {

    @Id
    private UUID id;

    @Column(nullable = false, length = 20, updatable = false)
    private String number;

    @Column(name = "instrument_id", nullable = false, updatable = false)
    private UUID instrumentId;

    @Column(name = "request_id", nullable = false, updatable = false)
    private UUID requestId;

    @Column(name = "request_number", nullable = false, length = 40, updatable = false)
    private String requestNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private CaseKind kind;

    @Column(name = "instrument_down", nullable = false, updatable = false)
    private boolean instrumentDown;

    @Column(name = "local_area", nullable = false, updatable = false)
    private boolean localArea;

    @Column(nullable = false, length = 4000, updatable = false)
    private String fault;

    @Column(name = "part_id")
    private UUID partId;

    @Column(name = "customer_name", nullable = false, length = 100)
    private String customerName;

    @Column(name = "customer_email", length = 320)
    private String customerEmail;

    @Column(name = "customer_phone", length = 40)
    private String customerPhone;

    @Column(name = "customer_language", nullable = false, length = 10)
    private String customerLanguage;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, length = 100, updatable = false)
    private String openedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "warranty", nullable = false, length = 16)
    private Warranty.Standing warranty;

    @Enumerated(EnumType.STRING)
    @Column(name = "warranty_basis", nullable = false, length = 16)
    private Warranty.Basis warrantyBasis;

    @Column(name = "covered_until")
    private LocalDate coveredUntil;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Exclusion exclusion;

    @Column(nullable = false)
    private boolean chargeable;

    @Column(name = "warranty_reason_zh", nullable = false, length = 1000)
    private String warrantyReasonZh;

    @Column(name = "warranty_reason_en", nullable = false, length = 1000)
    private String warrantyReasonEn;

    @Column(length = 4000)
    private String diagnosis;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Way way;

    @Column(name = "diagnosed_by", length = 100)
    private String diagnosedBy;

    @Column(name = "diagnosed_at")
    private Instant diagnosedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseStatus status;

    @Column(name = "quote_id")
    private UUID quoteId;

    @Column(name = "parts_ordered", length = 2000)
    private String partsOrdered;

    @Column(name = "parts_ordered_at")
    private Instant partsOrderedAt;

    @Column(name = "factory_sent_at")
    private Instant factorySentAt;

    @Column(length = 100)
    private String engineer;

    @Column(name = "arrived_at")
    private Instant arrivedAt;

    @Column(name = "longer_cycle_reason", length = 2000)
    private String longerCycleReason;

    @Column(name = "longer_cycle_told_at")
    private Instant longerCycleToldAt;

    @Column(name = "longer_cycle_in_time")
    private Boolean longerCycleInTime;

    @Column(name = "work_report", length = 4000)
    private String workReport;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_by", length = 100)
    private String doneBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "old_parts", length = 12)
    private OldParts oldParts;

    @Column(name = "signed_by", length = 100)
    private String signedBy;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "signature_file_id")
    private UUID signatureFileId;

    @Column(name = "signature_sha256", length = 64)
    private String signatureSha256;

    @Column(name = "replacement_approved_by", length = 100)
    private String replacementApprovedBy;

    @Column(name = "replacement_approved_at")
    private Instant replacementApprovedAt;

    @Column(name = "factory_accepted")
    private Boolean factoryAccepted;

    @Column(name = "factory_answer", length = 2000)
    private String factoryAnswer;

    @Column(name = "factory_answered_at")
    private Instant factoryAnsweredAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 100)
    private String closedBy;

    @Version
    private long version;

    protected ServiceCase() {
    }

    /** What opens a case: the request, the instrument, the fault as reported and who to tell. */
    public record Opening(UUID requestId, String requestNumber, CaseKind kind, boolean instrumentDown,
                          boolean localArea, String fault, UUID partId, String customerName, String customerEmail,
                          String customerPhone, String customerLanguage) {
    }

    public ServiceCase(String number, UUID instrumentId, Opening o, Warranty.Decision decision, Instant at,
                       String by) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.instrumentId = instrumentId;
        this.requestId = o.requestId();
        this.requestNumber = o.requestNumber();
        this.kind = o.kind();
        this.instrumentDown = o.instrumentDown();
        this.localArea = o.localArea();
        this.fault = o.fault();
        this.partId = o.partId();
        this.customerName = o.customerName();
        this.customerEmail = o.customerEmail();
        this.customerPhone = o.customerPhone();
        this.customerLanguage = o.customerLanguage();
        this.openedAt = at;
        this.openedBy = by;
        this.status = CaseStatus.OPEN;
        judged(decision);
    }

    /** The warranty decision, again when the diagnosis finds an excluded cause. */
    public void judged(Warranty.Decision d) {
        this.warranty = d.standing();
        this.warrantyBasis = d.basis();
        this.coveredUntil = d.coveredUntil();
        this.exclusion = d.exclusion();
        this.chargeable = d.chargeable();
        this.warrantyReasonZh = d.reason().zh();
        this.warrantyReasonEn = d.reason().en();
    }

    /** The diagnosis and the way agreed with the customer: work may go ahead unless a quote is needed first. */
    public void diagnosed(String diagnosis, Way way, String by, Instant at) {
        if (way == Way.FACTORY_REPLACEMENT && this.way != Way.FACTORY_REPLACEMENT) {
            this.factoryAccepted = null;
            this.factoryAnswer = null;
            this.factoryAnsweredAt = null;
        }
        this.diagnosis = diagnosis;
        this.way = way;
        this.diagnosedBy = by;
        this.diagnosedAt = at;
        this.status = chargeable ? CaseStatus.OPEN : CaseStatus.READY;
    }

    /** A manager approved replacing the instrument through the factory. */
    public void replacementApproved(String by, Instant at) {
        this.replacementApprovedBy = by;
        this.replacementApprovedAt = at;
    }

    /**
     * The factory's answer to the replacement; a refusal sends the case back to choosing another way (source 004
     * 1.4.3.1), its approval spent.
     */
    public void factoryAnswered(boolean accepted, String answer, Instant at) {
        this.factoryAccepted = accepted;
        this.factoryAnswer = answer;
        this.factoryAnsweredAt = at;
        if (!accepted) {
            this.way = null;
            this.replacementApprovedBy = null;
            this.replacementApprovedAt = null;
            this.status = CaseStatus.OPEN;
        }
    }

    /** Whether a replacement through the factory may go ahead: approved by a manager and accepted by the factory. */
    public boolean replacementCleared() {
        return replacementApprovedAt != null && Boolean.TRUE.equals(factoryAccepted);
    }

    public void quoted(UUID quote) {
        this.quoteId = quote;
        this.status = CaseStatus.AWAITING_ACCEPTANCE;
    }

    public void quoteAnswered(boolean accepted) {
        this.status = accepted ? CaseStatus.READY : CaseStatus.DECLINED;
    }

    public void partsOrdered(String parts, Instant at) {
        this.partsOrdered = parts;
        this.partsOrderedAt = at;
        this.status = CaseStatus.PARTS_ORDERED;
    }

    public void sentToFactory(Instant at) {
        this.factorySentAt = at;
        this.status = CaseStatus.AT_FACTORY;
    }

    public void arrived(String engineer, Instant at) {
        this.engineer = engineer;
        this.arrivedAt = at;
    }

    public void longerCycleTold(String reason, Instant at, boolean inTime) {
        this.longerCycleReason = reason;
        this.longerCycleToldAt = at;
        this.longerCycleInTime = inTime;
    }

    public void done(String report, OldParts oldParts, String by, Instant at) {
        this.workReport = report;
        this.oldParts = oldParts;
        this.doneBy = by;
        this.doneAt = at;
        this.status = CaseStatus.WORK_DONE;
    }

    /** The customer signed the work off: by name, at a time, the signature kept as a file with its SHA-256. */
    public void signedOff(String name, Instant at, UUID signatureFile, String sha256) {
        this.signedBy = name;
        this.signedAt = at;
        this.signatureFileId = signatureFile;
        this.signatureSha256 = sha256;
    }

    /** A visit on site closes only once the customer signed it off. */
    public boolean needsSignOff() {
        return way != null && way.onSite() && signedAt == null;
    }

    public void close(String by, Instant at) {
        this.closedBy = by;
        this.closedAt = at;
        this.status = CaseStatus.CLOSED;
    }

    public Warranty.Decision decision() {
        return new Warranty.Decision(warranty, warrantyBasis, coveredUntil, exclusion, chargeable,
                Text.of(warrantyReasonZh, warrantyReasonEn));
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public UUID instrumentId() {
        return instrumentId;
    }

    public UUID requestId() {
        return requestId;
    }

    public String requestNumber() {
        return requestNumber;
    }

    public CaseKind kind() {
        return kind;
    }

    public boolean instrumentDown() {
        return instrumentDown;
    }

    public boolean localArea() {
        return localArea;
    }

    public String fault() {
        return fault;
    }

    public UUID partId() {
        return partId;
    }

    public String customerName() {
        return customerName;
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

    public Instant openedAt() {
        return openedAt;
    }

    public String openedBy() {
        return openedBy;
    }

    public Warranty.Standing warranty() {
        return warranty;
    }

    public Exclusion exclusion() {
        return exclusion;
    }

    public boolean chargeable() {
        return chargeable;
    }

    public String diagnosis() {
        return diagnosis;
    }

    public Way way() {
        return way;
    }

    public String diagnosedBy() {
        return diagnosedBy;
    }

    public Instant diagnosedAt() {
        return diagnosedAt;
    }

    public CaseStatus status() {
        return status;
    }

    public UUID quoteId() {
        return quoteId;
    }

    public String partsOrdered() {
        return partsOrdered;
    }

    public Instant partsOrderedAt() {
        return partsOrderedAt;
    }

    public Instant factorySentAt() {
        return factorySentAt;
    }

    public String engineer() {
        return engineer;
    }

    public Instant arrivedAt() {
        return arrivedAt;
    }

    public String longerCycleReason() {
        return longerCycleReason;
    }

    public Instant longerCycleToldAt() {
        return longerCycleToldAt;
    }

    public Boolean longerCycleInTime() {
        return longerCycleInTime;
    }

    public String workReport() {
        return workReport;
    }

    public Instant doneAt() {
        return doneAt;
    }

    public String doneBy() {
        return doneBy;
    }

    public String replacementApprovedBy() {
        return replacementApprovedBy;
    }

    public Instant replacementApprovedAt() {
        return replacementApprovedAt;
    }

    public Boolean factoryAccepted() {
        return factoryAccepted;
    }

    public String factoryAnswer() {
        return factoryAnswer;
    }

    public OldParts oldParts() {
        return oldParts;
    }

    public String signedBy() {
        return signedBy;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public UUID signatureFileId() {
        return signatureFileId;
    }

    public String signatureSha256() {
        return signatureSha256;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public long version() {
        return version;
    }
}
