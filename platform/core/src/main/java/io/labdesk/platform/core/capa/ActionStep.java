package io.labdesk.platform.core.capa;

import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One thing to do within an action, with its owner and due date. */
@Entity
@Table(name = "corrective_action_step")
public class ActionStep extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "action_id", nullable = false)
    private UUID actionId;

    @Column(nullable = false, length = 2000)
    private String description;

    @Column(nullable = false, length = 100)
    private String owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_note", length = 2000)
    private String doneNote;

    @Version
    private long version;

    protected ActionStep() {
    }

    ActionStep(UUID actionId, String description, String owner, LocalDate dueOn) {
        this.id = UUID.randomUUID();
        this.actionId = actionId;
        this.description = description;
        this.owner = owner;
        this.dueOn = dueOn;
    }

    void done(Instant at, String note) {
        this.doneAt = at;
        this.doneNote = note;
    }

    public UUID id() {
        return id;
    }

    public UUID actionId() {
        return actionId;
    }

    public String description() {
        return description;
    }

    public String owner() {
        return owner;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Instant doneAt() {
        return doneAt;
    }

    public String doneNote() {
        return doneNote;
    }

    public boolean done() {
        return doneAt != null;
    }

    public long version() {
        return version;
    }
}
