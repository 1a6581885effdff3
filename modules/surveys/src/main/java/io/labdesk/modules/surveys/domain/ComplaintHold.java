package io.labdesk.modules.surveys.domain;

import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A complaint open for a customer, as the complaint module's events announce it: while one is kept, invitations to
 * that customer are held back. Removed when the complaint is over.
 */
@Entity
@Table(name = "survey_complaint_hold")
public class ComplaintHold extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "complaint_id", nullable = false, updatable = false)
    private UUID complaintId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private UUID customerId;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    protected ComplaintHold() {
    }

    public ComplaintHold(UUID complaintId, UUID customerId, Instant at) {
        this.id = UUID.randomUUID();
        this.complaintId = complaintId;
        this.customerId = customerId;
        this.openedAt = at;
    }

    public UUID complaintId() {
        return complaintId;
    }

    public UUID customerId() {
        return customerId;
    }
}
