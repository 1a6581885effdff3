package io.labdesk.modules.audit.domain;

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
 * What an audit found, graded, with its evidence; a nonconformity has a corrective action in the platform's register
 * (owner, due date) and is closed by the auditor's verification that the action worked.
 */
@Entity
@Table(name = "audit_finding")
public class Finding extends TenantOwned {

    public enum Status { OPEN, CLOSED }

    @Id
    private UUID id;

    @Column(name = "audit_id", nullable = false)
    private UUID auditId;

    @Column(nullable = false, length = 30)
    private String number;

    @Column(name = "item_id")
    private UUID itemId;

    @Column(nullable = false, length = 40)
    private String clause;

    @Column(length = 40)
    private String area;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Grade grade;

    @Column(nullable = false, length = 2000)
    private String statement;

    @Column(nullable = false, length = 4000)
    private String evidence;

    @Column(length = 100)
    private String owner;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "action_id")
    private UUID actionId;

    @Column(name = "action_number", length = 20)
    private String actionNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Status status;

    @Column(name = "raised_by", nullable = false, length = 100)
    private String raisedBy;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "verified_by", length = 100)
    private String verifiedBy;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "verification_note", length = 4000)
    private String verificationNote;

    @Version
    private long version;

    protected Finding() {
    }

    public Finding(UUID auditId, String number, UUID itemId, String area, GradeRules.Draft d, String by, Instant at) {
        this.id = UUID.randomUUID();
        this.auditId = auditId;
        this.number = number;
        this.itemId = itemId;
        this.clause = d.clause().strip();
        this.area = area == null || area.isBlank() ? null : area.strip();
        this.grade = d.grade();
        this.statement = d.statement().strip();
        this.evidence = d.evidence().strip();
        this.owner = d.owner() == null || d.owner().isBlank() ? null : d.owner().strip();
        this.dueOn = d.dueOn();
        this.status = Status.OPEN;
        this.raisedBy = by;
        this.raisedAt = at;
        if (!grade.nonconformity()) {
            // Noted, nothing to follow up in the register.
            this.status = Status.CLOSED;
        }
    }

    public void actionRaised(UUID actionId, String actionNumber) {
        this.actionId = actionId;
        this.actionNumber = actionNumber;
    }

    /** The auditor's check of effectiveness; effective closes the finding. */
    public void verified(String by, boolean effective, String note, Instant at) {
        this.verifiedBy = by;
        this.verifiedAt = at;
        this.verificationNote = note;
        if (effective) {
            this.status = Status.CLOSED;
        }
    }

    public UUID id() {
        return id;
    }

    public UUID auditId() {
        return auditId;
    }

    public String number() {
        return number;
    }

    public UUID itemId() {
        return itemId;
    }

    public String clause() {
        return clause;
    }

    public String area() {
        return area;
    }

    public Grade grade() {
        return grade;
    }

    public String statement() {
        return statement;
    }

    public String evidence() {
        return evidence;
    }

    public String owner() {
        return owner;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public UUID actionId() {
        return actionId;
    }

    public String actionNumber() {
        return actionNumber;
    }

    public Status status() {
        return status;
    }

    public String raisedBy() {
        return raisedBy;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public String verifiedBy() {
        return verifiedBy;
    }

    public Instant verifiedAt() {
        return verifiedAt;
    }

    public String verificationNote() {
        return verificationNote;
    }

    public long version() {
        return version;
    }
}
