package io.labdesk.it.probe;

import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A note of the probe module: a module's own entity in its own table. */
@Entity
@Table(name = "probe_note")
public class ProbeNote extends TenantOwned {

    @Id
    private UUID id;

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(nullable = false, length = 200)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ProbeNote() {
    }

    public ProbeNote(String kind, String text) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.text = text;
        this.createdAt = Instant.now();
    }

    public UUID id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public String text() {
        return text;
    }
}
