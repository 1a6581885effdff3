package io.labdesk.platform.core.module;

import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One tenant's choice of one module: on or off, and its settings (a JSON object of text values). */
@Entity
@Table(name = "tenant_module")
public class TenantModule extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "module_id", nullable = false, updatable = false, length = 63)
    private String moduleId;

    @Column(nullable = false)
    private boolean enabled;

    @Column(nullable = false)
    private String settings = "{}";

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Version
    private long version;

    protected TenantModule() {
    }

    TenantModule(String moduleId, boolean enabled, String settings, String actor) {
        this.id = UUID.randomUUID();
        this.moduleId = moduleId;
        this.enabled = enabled;
        this.settings = settings;
        touch(actor);
    }

    public String moduleId() {
        return moduleId;
    }

    public boolean enabled() {
        return enabled;
    }

    public String settings() {
        return settings;
    }

    public long version() {
        return version;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    void enable(boolean enabled, String actor) {
        this.enabled = enabled;
        touch(actor);
    }

    void configure(String settings, String actor) {
        this.settings = settings;
        touch(actor);
    }

    private void touch(String actor) {
        this.changedAt = Instant.now();
        this.changedBy = actor;
    }

    /** The stored settings as text values by key. */
    public java.util.Map<String, String> settingValues() {
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(settings))) {
            reader.readObject().forEach((key, value) -> values.put(key, value instanceof jakarta.json.JsonString text
                    ? text.getString() : value.toString()));
        }
        return values;
    }

    static String json(java.util.Map<String, String> values) {
        jakarta.json.JsonObjectBuilder object = jakarta.json.Json.createObjectBuilder();
        values.forEach(object::add);
        return object.build().toString();
    }
}
