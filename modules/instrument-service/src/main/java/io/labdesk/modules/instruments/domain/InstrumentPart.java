package io.labdesk.modules.instruments.domain;

import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A part fitted to an instrument by a service case: its warranty runs from the day it was fitted (W1). */
@Entity
@Table(name = "instrument_part")
public class InstrumentPart extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "instrument_id", nullable = false, updatable = false)
    private UUID instrumentId;

    @Column(name = "case_id", updatable = false)
    private UUID caseId;

    @Column(nullable = false, length = 200, updatable = false)
    private String name;

    @Column(name = "part_number", length = 100, updatable = false)
    private String partNumber;

    @Column(name = "fitted_on", nullable = false, updatable = false)
    private LocalDate fittedOn;

    @Column(name = "warranty_months", nullable = false, updatable = false)
    private int warrantyMonths;

    protected InstrumentPart() {
    }

    public InstrumentPart(UUID instrumentId, UUID caseId, String name, String partNumber, LocalDate fittedOn,
                          int warrantyMonths) {
        this.id = UUID.randomUUID();
        this.instrumentId = instrumentId;
        this.caseId = caseId;
        this.name = name;
        this.partNumber = partNumber;
        this.fittedOn = fittedOn;
        this.warrantyMonths = warrantyMonths;
    }

    public Warranty.FittedPart warranty() {
        return new Warranty.FittedPart(name, fittedOn, warrantyMonths);
    }

    public UUID id() {
        return id;
    }

    public UUID instrumentId() {
        return instrumentId;
    }

    public UUID caseId() {
        return caseId;
    }

    public String name() {
        return name;
    }

    public String partNumber() {
        return partNumber;
    }

    public LocalDate fittedOn() {
        return fittedOn;
    }

    public int warrantyMonths() {
        return warrantyMonths;
    }
}
