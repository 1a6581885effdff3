package io.labdesk.modules.retest.domain;

import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** A cause as the institution keeps it in its catalogue, in its place in the list. */
@Entity
@Table(name = "retest_cause")
public class CatalogueEntry extends TenantOwned {

    @Id
    private UUID id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false)
    private int position;

    @Column(name = "name_zh", nullable = false, length = 300)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 300)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "cause_class", nullable = false, length = 24)
    private CauseClass causeClass;

    @Column(name = "charged_percent", precision = 5, scale = 2)
    private BigDecimal chargedPercent;

    protected CatalogueEntry() {
    }

    public CatalogueEntry(int position, Cause cause) {
        this.id = UUID.randomUUID();
        this.position = position;
        this.code = cause.code();
        this.nameZh = cause.name().zh();
        this.nameEn = cause.name().en();
        this.causeClass = cause.causeClass();
        this.chargedPercent = cause.chargedPercent();
    }

    public Cause cause() {
        return new Cause(code, Text.of(nameZh, nameEn), causeClass, chargedPercent);
    }

    public int position() {
        return position;
    }
}
