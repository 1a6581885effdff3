package io.labdesk.modules.instruments.domain;

import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A customer's instrument on record (设备质量跟踪档案, W1): model and serial number, the customer, purchase date and
 * whether its proof is on file, installation date, where it stands (the city or district, for the on-site service
 * level) and its warranty in months (from its product line unless set).
 */
@Entity
@Table(name = "instrument")
public class Instrument extends TenantOwned {

    @Id
    private UUID id;

    @Column(nullable = false, length = 200)
    private String model;

    @Column(name = "serial_number", nullable = false, length = 100)
    private String serialNumber;

    @Column(name = "product_line", length = 100)
    private String productLine;

    @Column(name = "customer_name", nullable = false, length = 100)
    private String customerName;

    @Column(name = "customer_organisation", length = 200)
    private String customerOrganisation;

    @Column(name = "customer_email", length = 320)
    private String customerEmail;

    @Column(name = "customer_phone", length = 40)
    private String customerPhone;

    @Column(name = "purchase_date")
    private LocalDate purchaseDate;

    @Column(name = "sold_by_us", nullable = false)
    private boolean soldByUs;

    @Column(name = "proof_file_id")
    private UUID proofFileId;

    @Column(name = "installed_on")
    private LocalDate installedOn;

    @Column(length = 300)
    private String place;

    @Column(name = "warranty_months", nullable = false)
    private int warrantyMonths;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false, length = 100, updatable = false)
    private String registeredBy;

    @Version
    private long version;

    protected Instrument() {
    }

    /** What is recorded of an instrument; {@code soldByUs}: its serial number is in the institution's sales records. */
    public record Facts(String model, String serialNumber, String productLine, String customerName,
                        String customerOrganisation, String customerEmail, String customerPhone,
                        LocalDate purchaseDate, boolean soldByUs, LocalDate installedOn, String place,
                        int warrantyMonths) {
    }

    public Instrument(Facts f, Instant at, String by) {
        this.id = UUID.randomUUID();
        this.registeredAt = at;
        this.registeredBy = by;
        change(f);
    }

    public void change(Facts f) {
        this.model = f.model();
        this.serialNumber = f.serialNumber();
        this.productLine = f.productLine();
        this.customerName = f.customerName();
        this.customerOrganisation = f.customerOrganisation();
        this.customerEmail = f.customerEmail();
        this.customerPhone = f.customerPhone();
        this.purchaseDate = f.purchaseDate();
        this.soldByUs = f.soldByUs();
        this.installedOn = f.installedOn();
        this.place = f.place();
        this.warrantyMonths = f.warrantyMonths();
    }

    public void proofFiled(UUID fileId) {
        this.proofFileId = fileId;
    }

    /** What the warranty decision knows of it. */
    public Warranty.Coverage coverage() {
        return new Warranty.Coverage(purchaseDate, proofFileId != null, soldByUs, warrantyMonths);
    }

    public UUID id() {
        return id;
    }

    public String model() {
        return model;
    }

    public String serialNumber() {
        return serialNumber;
    }

    public String productLine() {
        return productLine;
    }

    public String customerName() {
        return customerName;
    }

    public String customerOrganisation() {
        return customerOrganisation;
    }

    public String customerEmail() {
        return customerEmail;
    }

    public String customerPhone() {
        return customerPhone;
    }

    public LocalDate purchaseDate() {
        return purchaseDate;
    }

    public boolean soldByUs() {
        return soldByUs;
    }

    public UUID proofFileId() {
        return proofFileId;
    }

    public LocalDate installedOn() {
        return installedOn;
    }

    public String place() {
        return place;
    }

    public int warrantyMonths() {
        return warrantyMonths;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public long version() {
        return version;
    }
}
