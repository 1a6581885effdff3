package io.labdesk.platform.core.capa;

import io.labdesk.platform.api.capa.CorrectiveActions.Kind;
import io.labdesk.platform.api.capa.CorrectiveActions.Status;
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

/** A corrective or preventive action: what raised it, the problem, its cause, who owns it, whether it worked. */
@Entity
@Table(name = "corrective_action")
public class CorrectiveAction extends TenantOwned {

    @Id
    private UUID id;

    @Column(nullable = false, length = 20)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Kind kind;

    @Column(name = "source_module", nullable = false, length = 63)
    private String sourceModule;

    @Column(name = "source_id")
    private UUID sourceId;

    @Column(name = "source_reference", length = 100)
    private String sourceReference;

    @Column(nullable = false, length = 4000)
    private String problem;

    @Column(name = "root_cause", length = 4000)
    private String rootCause;

    @Column(length = 100)
    private String owner;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "raised_by", nullable = false, length = 100)
    private String raisedBy;

    @Column(name = "verified_by", length = 100)
    private String verifiedBy;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "verification_note", length = 4000)
    private String verificationNote;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected CorrectiveAction() {
    }

    CorrectiveAction(String number, Kind kind, String sourceModule, UUID sourceId, String sourceReference,
                     String problem, Instant raisedAt, String raisedBy) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.kind = kind;
        this.sourceModule = sourceModule;
        this.sourceId = sourceId;
        this.sourceReference = sourceReference;
        this.problem = problem;
        this.raisedAt = raisedAt;
        this.raisedBy = raisedBy;
        this.status = Status.OPEN;
    }

    void plan(String rootCause, String owner, LocalDate dueOn) {
        this.rootCause = rootCause;
        this.owner = owner;
        this.dueOn = dueOn;
        if (status == Status.OPEN) {
            status = Status.IN_PROGRESS;
        }
    }

    /** Owner and due date agreed where the action was raised; the plan's root cause comes later. */
    void assign(String owner, LocalDate dueOn) {
        this.owner = owner;
        this.dueOn = dueOn;
    }

    void toVerification() {
        this.status = Status.VERIFYING;
    }

    void verified(String by, boolean effective, String note, Instant at) {
        this.verifiedBy = by;
        this.verifiedAt = at;
        this.verificationNote = note;
        if (effective) {
            this.status = Status.CLOSED;
            this.closedAt = at;
        } else {
            this.status = Status.IN_PROGRESS;
        }
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public Kind kind() {
        return kind;
    }

    public String sourceModule() {
        return sourceModule;
    }

    public UUID sourceId() {
        return sourceId;
    }

    public String sourceReference() {
        return sourceReference;
    }

    public String problem() {
        return problem;
    }

    public String rootCause() {
        return rootCause;
    }

    public String owner() {
        return owner;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Status status() {
        return status;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public String raisedBy() {
        return raisedBy;
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

    public Instant closedAt() {
        return closedAt;
    }

    public long version() {
        return version;
    }

    /** Open past its due date (on {@code today} in the institution's zone). */
    public boolean overdue(LocalDate today) {
        return status != Status.CLOSED && dueOn != null && dueOn.isBefore(today);
    }
}
