package io.labdesk.platform.core.intake;

import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** A tenant's intake form as stored: the definition as JSON (see {@link IntakeForm#json()}). */
@Entity
@Table(name = "intake_form")
class StoredIntakeForm extends TenantOwned {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String definition;

    @Version
    private long version;

    protected StoredIntakeForm() {
    }

    StoredIntakeForm(String definition) {
        this.id = UUID.randomUUID();
        this.definition = definition;
    }

    String definition() {
        return definition;
    }

    void redefine(String definition) {
        this.definition = definition;
    }

    long version() {
        return version;
    }
}
