package io.labdesk.platform.core.settings;

import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One change of a tenant's settings: what area, who, when, and the values before and after. Never changed. */
@Entity
@Table(name = "settings_change")
public class SettingsChange extends TenantOwned {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false, length = 100)
    private String area;

    @Column(nullable = false, updatable = false, length = 100)
    private String actor;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "before_value", updatable = false)
    private String before;

    @Column(name = "after_value", updatable = false)
    private String after;

    protected SettingsChange() {
    }

    SettingsChange(String area, String actor, String before, String after) {
        this.id = UUID.randomUUID();
        this.area = area;
        this.actor = actor;
        this.changedAt = Instant.now();
        this.before = before;
        this.after = after;
    }

    public UUID id() {
        return id;
    }

    /** {@code tenant}, {@code module:complaints}, {@code sla-policy}, {@code calendar}, … */
    public String area() {
        return area;
    }

    public String actor() {
        return actor;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }
}
