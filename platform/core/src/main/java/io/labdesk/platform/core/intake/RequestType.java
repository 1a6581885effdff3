package io.labdesk.platform.core.intake;

import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.UUID;

/** A kind of request an institution handles (P3), named in Chinese and English. */
@Entity
@Table(name = "request_type")
public class RequestType extends TenantOwned {

    @Id
    private UUID id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    protected RequestType() {
    }

    RequestType(String code, String name, String nameEn, int sortOrder) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.name = name;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
    }

    public String code() {
        return code;
    }

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : name;
    }

    public boolean active() {
        return active;
    }

    public String nameZh() {
        return name;
    }

    public String nameEn() {
        return nameEn;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public long version() {
        return version;
    }

    void redefine(String name, String nameEn, boolean active, int sortOrder) {
        this.name = name;
        this.nameEn = nameEn;
        this.active = active;
        this.sortOrder = sortOrder;
    }
}
