package io.labdesk.platform.core.sla;

import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** A business calendar as a tenant keeps it: its definition text (tenants/calendars format). */
@Entity
@Table(name = "business_calendar")
public class StoredCalendar extends TenantOwned {

    @Id
    private UUID id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private String definition;

    @Column(name = "is_default", nullable = false)
    private boolean isDefault;

    @Version
    private long version;

    protected StoredCalendar() {
    }

    StoredCalendar(String name, String definition, boolean isDefault) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.definition = definition;
        this.isDefault = isDefault;
    }

    void redefine(String definition) {
        this.definition = definition;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String definition() {
        return definition;
    }

    public boolean isDefault() {
        return isDefault;
    }

    public long version() {
        return version;
    }
}
