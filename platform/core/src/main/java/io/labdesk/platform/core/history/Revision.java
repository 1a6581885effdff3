package io.labdesk.platform.core.history;

import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One revision of entity history (Hibernate Envers): a transaction that changed audited entities, by whom. */
@Entity
@Table(name = "revision")
@RevisionEntity(RevisionActor.class)
public class Revision extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    @Column(name = "occurred_at", nullable = false)
    private long occurredAt;

    @Column(nullable = false, length = 255)
    private String actor;

    public long id() {
        return id;
    }

    public Instant occurredAt() {
        return Instant.ofEpochMilli(occurredAt);
    }

    public String actor() {
        return actor;
    }

    void actor(String actor) {
        this.actor = actor;
    }
}
