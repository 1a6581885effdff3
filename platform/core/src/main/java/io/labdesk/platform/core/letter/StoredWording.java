package io.labdesk.platform.core.letter;

import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** An institution's own wording of one module's letter in one language. */
@Entity
@Table(name = "letter_template")
public class StoredWording extends TenantOwned {

    @Id
    private UUID id;

    @Column(nullable = false, length = 63, updatable = false)
    private String module;

    @Column(nullable = false, length = 40, updatable = false)
    private String name;

    @Column(nullable = false, length = 8, updatable = false)
    private String language;

    @Column(nullable = false, length = 10000)
    private String body;

    @Version
    private long version;

    protected StoredWording() {
    }

    StoredWording(String module, String name, String language, String body) {
        this.id = UUID.randomUUID();
        this.module = module;
        this.name = name;
        this.language = language;
        this.body = body;
    }

    String body() {
        return body;
    }

    long version() {
        return version;
    }

    void reword(String body) {
        this.body = body;
    }
}
