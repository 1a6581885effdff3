package io.labdesk.platform.core.request;

import io.labdesk.platform.api.sla.SlaState;
import io.labdesk.platform.api.tenant.TenantOwned;
import io.labdesk.platform.core.sla.SlaClock;
import io.labdesk.platform.core.sla.SlaPolicy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import java.time.Instant;
import java.util.UUID;

/**
 * One SLA target of one request: the length it was given on intake (a snapshot of the policy then), when it falls
 * due and turns at risk (moved by pauses and by the delivery time agreed with the customer), and when it was met.
 * Changes are serialized by the request's row lock (workflow) and the SLA watch's row lock; only changed columns are
 * written, so the watch's flags and the workflow's times never overwrite each other.
 */
@Entity
@DynamicUpdate
@Table(name = "request_sla")
public class RequestSla extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private UUID requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private SlaPolicy.Kind kind;

    @Column(name = "target_minutes", nullable = false, updatable = false)
    private int targetMinutes;

    @Column(nullable = false, updatable = false)
    private boolean business;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "warn_at", nullable = false)
    private Instant warnAt;

    @Column(name = "met_at")
    private Instant metAt;

    @Column(name = "paused_since")
    private Instant pausedSince;

    @Column(name = "at_risk_notified", nullable = false)
    private boolean atRiskNotified;

    @Column(name = "breach_notified", nullable = false)
    private boolean breachNotified;

    protected RequestSla() {
    }

    RequestSla(UUID requestId, SlaPolicy.Kind kind, SlaClock.Target target, Instant startedAt, Instant dueAt,
               Instant warnAt) {
        this.id = UUID.randomUUID();
        this.requestId = requestId;
        this.kind = kind;
        this.targetMinutes = (int) target.length().toMinutes();
        this.business = target.business();
        this.startedAt = startedAt;
        this.dueAt = dueAt;
        this.warnAt = warnAt;
    }

    public UUID requestId() {
        return requestId;
    }

    public SlaPolicy.Kind kind() {
        return kind;
    }

    public int targetMinutes() {
        return targetMinutes;
    }

    public boolean business() {
        return business;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant warnAt() {
        return warnAt;
    }

    public Instant metAt() {
        return metAt;
    }

    public Instant pausedSince() {
        return pausedSince;
    }

    public SlaState state(Instant now) {
        return SlaClock.state(dueAt, warnAt, metAt, pausedSince, now);
    }

    boolean atRiskNotified() {
        return atRiskNotified;
    }

    boolean breachNotified() {
        return breachNotified;
    }

    void meet(Instant at) {
        if (metAt == null) {
            metAt = pausedSince != null ? pausedSince : at;
            pausedSince = null;
        }
    }

    void pause(Instant at) {
        if (metAt == null && pausedSince == null) {
            pausedSince = at;
        }
    }

    void resume(SlaClock clock, Instant at) {
        if (metAt == null && pausedSince != null) {
            dueAt = clock.afterPause(dueAt, business, pausedSince, at);
            warnAt = clock.afterPause(warnAt, business, pausedSince, at);
            pausedSince = null;
        }
    }

    void reschedule(Instant due, Instant warn) {
        this.dueAt = due;
        this.warnAt = warn;
        this.atRiskNotified = false;
        this.breachNotified = false;
    }

    void markAtRiskNotified() {
        atRiskNotified = true;
    }

    void markBreachNotified() {
        atRiskNotified = true;
        breachNotified = true;
    }
}
