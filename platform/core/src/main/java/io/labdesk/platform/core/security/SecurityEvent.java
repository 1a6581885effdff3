package io.labdesk.platform.core.security;

import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One entry of a tenant's security log. Never changed once written. */
@Entity
@Table(name = "security_event")
public class SecurityEvent extends TenantOwned {

    public enum Kind { SIGN_IN, TENANT_SWITCH, MEMBER_ADDED, MEMBER_DEACTIVATED, MEMBER_REACTIVATED, ROLES_CHANGED,
        TENANT_SETTINGS_CHANGED, TENANT_SUSPENDED, TENANT_RESUMED, PERSONAL_DATA_VIEWED, TENANT_PLAN_CHANGED,
        /** An API call named an institution the caller does not belong to, and was refused. */
        TENANT_REFUSED }

    @Id
    private UUID id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private Kind kind;

    @Column(updatable = false)
    private String subject;

    @Column(updatable = false, length = 2000)
    private String detail;

    protected SecurityEvent() {
    }

    public SecurityEvent(String actor, Kind kind, String subject, String detail) {
        this.id = UUID.randomUUID();
        this.occurredAt = Instant.now();
        this.actor = actor;
        this.kind = kind;
        this.subject = subject;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    }

    public UUID id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public Kind kind() {
        return kind;
    }

    public String subject() {
        return subject;
    }

    public String detail() {
        return detail;
    }
}
