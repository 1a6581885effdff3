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

/** One question of an audit's checklist, from a clause in scope, with what the auditor found and the evidence. */
@Entity
@Table(name = "audit_checklist_item")
public class ChecklistItem extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "audit_id", nullable = false)
    private UUID auditId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 40)
    private String clause;

    @Column(nullable = false, length = 1000)
    private String question;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ItemResult result;

    @Column(length = 4000)
    private String evidence;

    @Column(name = "answered_by", length = 100)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Version
    private long version;

    protected ChecklistItem() {
    }

    public ChecklistItem(UUID auditId, int position, String clause, String question) {
        this.id = UUID.randomUUID();
        this.auditId = auditId;
        this.position = position;
        this.clause = clause;
        this.question = question;
    }

    public void answer(ItemResult result, String evidence, String by, Instant at) {
        this.result = result;
        this.evidence = evidence;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    public UUID id() {
        return id;
    }

    public UUID auditId() {
        return auditId;
    }

    public int position() {
        return position;
    }

    public String clause() {
        return clause;
    }

    public String question() {
        return question;
    }

    public ItemResult result() {
        return result;
    }

    public String evidence() {
        return evidence;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public long version() {
        return version;
    }
}
