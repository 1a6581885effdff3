package io.labdesk.modules.audit.domain;

import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Who handled a record of another module (a complaint investigated or decided, a retest decided), as that module's
 * events told it: the audit module keeps its own note rather than reading other modules' tables.
 */
@Entity
@Table(name = "audit_handled_record")
public class HandledRecord extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "source_module", nullable = false, length = 63)
    private String module;

    @Column(name = "subject_id", nullable = false)
    private UUID subjectId;

    @Column(length = 100)
    private String reference;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(name = "handled_at", nullable = false)
    private Instant handledAt;

    protected HandledRecord() {
    }

    public HandledRecord(String module, UUID subjectId, String reference, String username, Instant handledAt) {
        this.id = UUID.randomUUID();
        this.module = module;
        this.subjectId = subjectId;
        this.reference = reference;
        this.username = username;
        this.handledAt = handledAt;
    }

    public String module() {
        return module;
    }

    public UUID subjectId() {
        return subjectId;
    }

    public String reference() {
        return reference;
    }

    public String username() {
        return username;
    }

    public Instant handledAt() {
        return handledAt;
    }
}
