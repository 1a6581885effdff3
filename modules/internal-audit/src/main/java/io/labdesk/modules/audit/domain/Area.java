package io.labdesk.modules.audit.domain;

import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.UUID;

/** A part of the institution audits cover (a laboratory, sample receipt, reporting) and the staff who work in it. */
@Entity
@Table(name = "audit_area")
public class Area extends TenantOwned {

    @Id
    private UUID id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Convert(converter = Codes.class)
    @Column(nullable = false, length = 4000)
    private List<String> staff = List.of();

    @Version
    private long version;

    protected Area() {
    }

    public Area(String code, String name, List<String> staff) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.name = name;
        this.staff = List.copyOf(staff);
    }

    public void change(String name, List<String> staff) {
        this.name = name;
        this.staff = List.copyOf(staff);
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public List<String> staff() {
        return staff;
    }

    public long version() {
        return version;
    }
}
