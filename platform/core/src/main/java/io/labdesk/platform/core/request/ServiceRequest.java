package io.labdesk.platform.core.request;

import io.labdesk.platform.api.request.Channel;
import io.labdesk.platform.api.request.Priority;
import io.labdesk.platform.api.request.RequestStatus;
import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.NotAudited;
import java.time.Instant;
import java.util.UUID;

/** One after-sales request (工单) of a customer, from intake to archive. */
@Entity
@Table(name = "service_request")
@Audited
@AuditOverride(forClass = TenantOwned.class)
public class ServiceRequest extends TenantOwned {

    @Id
    private UUID id;

    // Given once at intake, after the row exists: not an edit that concurrent changes must see.
    @OptimisticLock(excluded = true)
    @Column(nullable = false, length = 20)
    private String number;

    @Column(name = "type_code", nullable = false, length = 40)
    private String typeCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Priority priority;

    @Column(nullable = false)
    private boolean emergency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RequestStatus status = RequestStatus.RECEIVED;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false)
    private String description;

    @Column(name = "customer_organisation", length = 200)
    private String customerOrganisation;

    @Column(name = "contact_name", nullable = false, length = 100)
    private String contactName;

    @Column(name = "contact_phone", length = 40)
    private String contactPhone;

    @Column(name = "contact_email", length = 320)
    private String contactEmail;

    @Column(name = "customer_id")
    private UUID customerId;

    @Column(name = "customer_language", length = 16)
    private String customerLanguage;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(length = 255)
    private String assignee;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "agreed_follow_up_at")
    private Instant agreedFollowUpAt;

    @Column(name = "agreed_delivery_at")
    private Instant agreedDeliveryAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    // A reporting copy of the first-response and delivery targets' outcome (request_sla is the source).
    @NotAudited
    @Column(name = "response_due_at")
    private Instant responseDueAt;

    @NotAudited
    @Column(name = "response_met_at")
    private Instant responseMetAt;

    @NotAudited
    @Column(name = "delivery_due_at")
    private Instant deliveryDueAt;

    @NotAudited
    @Column(name = "delivery_met_at")
    private Instant deliveryMetAt;

    @Version
    private long version;

    protected ServiceRequest() {
    }

    ServiceRequest(UUID id, String number, Intake intake, Instant receivedAt, String recordedBy) {
        this.id = id;
        this.number = number;
        this.typeCode = intake.type();
        this.priority = intake.priority() == null ? Priority.NORMAL : intake.priority();
        this.emergency = intake.emergency();
        this.channel = intake.channel();
        this.subject = intake.subject().strip();
        this.description = intake.description().strip();
        this.customerOrganisation = blankToNull(intake.organisation());
        this.contactName = intake.contactName().strip();
        this.contactPhone = blankToNull(intake.contactPhone());
        this.contactEmail = blankToNull(intake.contactEmail());
        this.customerLanguage = blankToNull(intake.language());
        this.receivedAt = receivedAt;
        this.recordedBy = recordedBy;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String typeCode() {
        return typeCode;
    }

    public Priority priority() {
        return priority;
    }

    public boolean emergency() {
        return emergency;
    }

    public Channel channel() {
        return channel;
    }

    public RequestStatus status() {
        return status;
    }

    public String subject() {
        return subject;
    }

    public String description() {
        return description;
    }

    public String customerOrganisation() {
        return customerOrganisation;
    }

    public String contactName() {
        return contactName;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public String contactEmail() {
        return contactEmail;
    }

    /** The customer's language, if known. */
    public java.util.Optional<java.util.Locale> customerLanguage() {
        return java.util.Optional.ofNullable(customerLanguage).map(java.util.Locale::forLanguageTag);
    }

    public UUID customerId() {
        return customerId;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public long version() {
        return version;
    }

    public String assignee() {
        return assignee;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public Instant agreedFollowUpAt() {
        return agreedFollowUpAt;
    }

    public Instant agreedDeliveryAt() {
        return agreedDeliveryAt;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    void moveTo(RequestStatus next, Instant at) {
        this.status = next;
        switch (next) {
            case ACKNOWLEDGED -> acknowledgedAt = at;
            case RESOLVED -> resolvedAt = at;
            case CLOSED -> closedAt = at;
            case REOPENED -> {
                resolvedAt = null;
                closedAt = null;
            }
            default -> {
            }
        }
    }

    void agree(Instant followUpAt, Instant deliveryAt) {
        this.agreedFollowUpAt = followUpAt;
        this.agreedDeliveryAt = deliveryAt;
    }

    /** Copies a target's due and met times for reporting. */
    void reportSla(RequestSla target) {
        switch (target.kind()) {
            case FIRST_RESPONSE -> {
                responseDueAt = target.dueAt();
                responseMetAt = target.metAt();
            }
            case DELIVERY -> {
                deliveryDueAt = target.dueAt();
                deliveryMetAt = target.metAt();
            }
            default -> {
            }
        }
    }

    /** The request's number, given once at intake (a provisional one stands in until then). */
    void numbered(String number) {
        this.number = number;
    }

    void linkTo(UUID customerId) {
        this.customerId = customerId;
    }

    void assignTo(String username) {
        this.assignee = username;
    }
}
