package io.labdesk.modules.surveys.domain;

import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * An invitation to answer a survey about one closed request (S1): whom it goes to, the questionnaire version it pins,
 * when it is sent (after the institution's delay), when it expires, its one reminder, and how it ended.
 */
@Entity
@Table(name = "survey_invitation")
public class Invitation extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "request_id", updatable = false)
    private UUID requestId;

    @Column(name = "request_number", length = 40, updatable = false)
    private String requestNumber;

    @Column(name = "customer_id", updatable = false)
    private UUID customerId;

    /** The periodic campaign it belongs to; null for one after a service. */
    @Column(name = "campaign_id", updatable = false)
    private UUID campaignId;

    @Column(name = "contact_name", nullable = false, length = 100, updatable = false)
    private String contactName;

    @Column(name = "contact_email", length = 320, updatable = false)
    private String contactEmail;

    @Column(name = "contact_phone", length = 40, updatable = false)
    private String contactPhone;

    @Column(nullable = false, length = 10, updatable = false)
    private String language;

    @Column(name = "questionnaire_version_id", nullable = false, updatable = false)
    private UUID questionnaireVersionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private InvitationStatus status;

    @Column(length = 8)
    private String channel;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "send_at", nullable = false)
    private Instant sendAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "skip_reason", length = 20)
    private SkipReason skipReason;

    @Version
    private long version;

    protected Invitation() {
    }

    /** Who is asked about which request; {@code language} zh-CN or en. */
    public record Addressee(String name, String email, String phone, String language) {
    }

    public Invitation(UUID requestId, String requestNumber, UUID customerId, Addressee to, UUID questionnaireVersionId,
                      Instant now, Duration delay) {
        this.id = UUID.randomUUID();
        this.requestId = requestId;
        this.requestNumber = requestNumber;
        this.customerId = customerId;
        this.contactName = to.name();
        this.contactEmail = to.email();
        this.contactPhone = to.phone();
        this.language = to.language();
        this.questionnaireVersionId = questionnaireVersionId;
        this.status = InvitationStatus.SCHEDULED;
        this.createdAt = now;
        this.sendAt = now.plus(delay);
    }

    /** An invitation of a campaign, due at once (a phone interview is open at once and sends nothing). */
    public static Invitation ofCampaign(Campaign campaign, UUID customerId, Addressee to, Instant now, Instant ends) {
        Invitation i = new Invitation(null, null, customerId, to, campaign.questionnaireVersionId(), now,
                Duration.ZERO);
        i.campaignId = campaign.id();
        if (campaign.channel() == CampaignChannel.PHONE) {
            i.status = InvitationStatus.SENT;
            i.channel = "PHONE";
            i.sentAt = now;
            i.expiresAt = ends;
        }
        return i;
    }

    /** Whether staff call the customer rather than the platform sending a link. */
    public boolean byPhone() {
        return "PHONE".equals(channel);
    }

    /** Sent now by {@code channel} (EMAIL or SMS); the link works for {@code days} days. */
    public void sent(String channel, Instant now, int days) {
        require(InvitationStatus.SCHEDULED);
        this.channel = channel;
        this.status = InvitationStatus.SENT;
        this.sentAt = now;
        this.expiresAt = now.plus(Duration.ofDays(days));
    }

    public void skipped(SkipReason reason, Instant now) {
        require(InvitationStatus.SCHEDULED);
        this.status = InvitationStatus.SKIPPED;
        this.skipReason = reason;
        this.endedAt = now;
    }

    /** Whether its one reminder is due: sent {@code afterDays} ago or more, unanswered, not yet reminded or expired. */
    public boolean reminderDue(Instant now, int afterDays) {
        return status == InvitationStatus.SENT && !byPhone() && remindedAt == null && !expired(now)
                && !sentAt.plus(Duration.ofDays(afterDays)).isAfter(now);
    }

    public void reminded(Instant now) {
        this.remindedAt = now;
    }

    /** Whether the link has run out (only a sent, unanswered invitation expires). */
    public boolean expired(Instant now) {
        return status == InvitationStatus.EXPIRED
                || status == InvitationStatus.SENT && expiresAt != null && !expiresAt.isAfter(now);
    }

    public void expire(Instant now) {
        require(InvitationStatus.SENT);
        this.status = InvitationStatus.EXPIRED;
        this.endedAt = now;
    }

    /** The request was reopened: an invitation not yet answered no longer applies. */
    public boolean withdraw(Instant now) {
        if (status != InvitationStatus.SCHEDULED && status != InvitationStatus.SENT) {
            return false;
        }
        this.status = InvitationStatus.WITHDRAWN;
        this.endedAt = now;
        return true;
    }

    public void answered(Instant at) {
        this.status = InvitationStatus.ANSWERED;
        this.answeredAt = at;
    }

    private void require(InvitationStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Invitation " + id + " is " + status + ", not " + expected);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID requestId() {
        return requestId;
    }

    public String requestNumber() {
        return requestNumber;
    }

    public UUID customerId() {
        return customerId;
    }

    public UUID campaignId() {
        return campaignId;
    }

    public String contactName() {
        return contactName;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public String language() {
        return language;
    }

    public UUID questionnaireVersionId() {
        return questionnaireVersionId;
    }

    public InvitationStatus status() {
        return status;
    }

    public String channel() {
        return channel;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sendAt() {
        return sendAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant remindedAt() {
        return remindedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public SkipReason skipReason() {
        return skipReason;
    }

    public long version() {
        return version;
    }
}
