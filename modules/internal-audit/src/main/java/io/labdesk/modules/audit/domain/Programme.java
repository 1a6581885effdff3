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
import java.util.UUID;

/**
 * A year's audit programme. It is approved as a whole; a change to its audits after approval opens a new revision,
 * which is approved again, so what was approved when stays known.
 */
@Entity
@Table(name = "audit_programme")
public class Programme extends TenantOwned {

    public enum Status { DRAFT, APPROVED }

    @Id
    private UUID id;

    @Column(name = "programme_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;

    @Column(nullable = false)
    private int revision;

    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Version
    private long version;

    protected Programme() {
    }

    public Programme(int year, String createdBy) {
        this.id = UUID.randomUUID();
        this.year = year;
        this.status = Status.DRAFT;
        this.revision = 1;
        this.createdBy = createdBy;
    }

    /** Its audits changed: an approved programme becomes the draft of its next revision. */
    public void changed() {
        if (status == Status.APPROVED) {
            status = Status.DRAFT;
            revision++;
            approvedBy = null;
            approvedAt = null;
        }
    }

    public void approve(String by, Instant at) {
        status = Status.APPROVED;
        approvedBy = by;
        approvedAt = at;
    }

    public UUID id() {
        return id;
    }

    public int year() {
        return year;
    }

    public Status status() {
        return status;
    }

    public int revision() {
        return revision;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public long version() {
        return version;
    }
}
