package io.labdesk.modules.surveys.domain;

import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A periodic survey of customers (S2, at least once a year): a name, the questionnaire version all its invitations
 * pin, the period it covers, the channel; its customers are its invitations.
 */
@Entity
@Table(name = "survey_campaign")
public class Campaign extends TenantOwned {

    @Id
    private UUID id;

    @Column(nullable = false, length = 200, updatable = false)
    private String name;

    @Column(name = "questionnaire_version_id", nullable = false, updatable = false)
    private UUID questionnaireVersionId;

    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false, updatable = false)
    private LocalDate periodTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8, updatable = false)
    private CampaignChannel channel;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    protected Campaign() {
    }

    public Campaign(String name, UUID questionnaireVersionId, LocalDate from, LocalDate to, CampaignChannel channel,
                    Instant at, String by) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.questionnaireVersionId = questionnaireVersionId;
        this.periodFrom = from;
        this.periodTo = to;
        this.channel = channel;
        this.createdAt = at;
        this.createdBy = by;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public UUID questionnaireVersionId() {
        return questionnaireVersionId;
    }

    public LocalDate periodFrom() {
        return periodFrom;
    }

    public LocalDate periodTo() {
        return periodTo;
    }

    public CampaignChannel channel() {
        return channel;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
