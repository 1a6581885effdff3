package io.labdesk.platform.core.customer;

import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import java.time.Instant;
import java.util.UUID;

/** A customer of the institution: an organisation (if any) and its contact person, found again by e-mail or phone. */
@Entity
@Table(name = "customer")
@Audited
@AuditOverride(forClass = TenantOwned.class)
public class Customer extends TenantOwned {

    @Id
    private UUID id;

    @Column(length = 200)
    private String organisation;

    @Column(name = "contact_name", nullable = false, length = 100)
    private String contactName;

    @Column(length = 40)
    private String phone;

    @Column(length = 320)
    private String email;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Customer() {
    }

    Customer(String organisation, String contactName, String phone, String email) {
        this.id = UUID.randomUUID();
        this.organisation = organisation;
        this.contactName = contactName;
        this.phone = phone;
        this.email = email;
        this.createdAt = Instant.now();
    }

    /** Fills in what an earlier request left out; what is known stays. */
    void complete(String organisation, String phone, String email) {
        if (this.organisation == null) {
            this.organisation = organisation;
        }
        if (this.phone == null) {
            this.phone = phone;
        }
        if (this.email == null) {
            this.email = email;
        }
    }

    public UUID id() {
        return id;
    }

    public String organisation() {
        return organisation;
    }

    public String contactName() {
        return contactName;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
