package io.labdesk.platform.core.request;

import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One entry of a request's timeline: who did what, when, with what before and after. Never changed. */
@Entity
@Table(name = "request_event")
public class RequestEvent extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private UUID requestId;

    @Column(nullable = false, updatable = false)
    private int seq;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false, length = 40)
    private String kind;

    @Column(nullable = false, updatable = false)
    private String detail;

    @Column(name = "for_customer", nullable = false, updatable = false)
    private boolean forCustomer;

    @Column(name = "prev_hash", nullable = false, updatable = false, length = 64)
    private String prevHash;

    @Column(nullable = false, updatable = false, length = 64)
    private String hash;

    protected RequestEvent() {
    }

    RequestEvent(UUID requestId, int seq, Instant occurredAt, String actor, String kind, String detail,
                 boolean forCustomer, String prevHash) {
        this.id = UUID.randomUUID();
        this.requestId = requestId;
        this.seq = seq;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.kind = kind;
        this.detail = detail;
        this.forCustomer = forCustomer;
        this.prevHash = prevHash;
        this.hash = TimelineChain.hash(requestId, seq, occurredAt, actor, kind, detail, forCustomer, prevHash);
    }

    public int seq() {
        return seq;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String kind() {
        return kind;
    }

    public String detail() {
        return detail;
    }

    public boolean forCustomer() {
        return forCustomer;
    }

    public String hash() {
        return hash;
    }

    TimelineChain.Link link() {
        return new TimelineChain.Link(requestId, seq, occurredAt, actor, kind, detail, forCustomer, prevHash, hash);
    }
}
