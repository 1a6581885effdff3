package io.labdesk.modules.surveys.domain;

import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A customer's answer to a survey, with the questionnaire version it answered (never the current one read later),
 * how it came in and whether it was unhappy; its values per item are {@link AnswerItem}s.
 */
@Entity
@Table(name = "survey_answer")
public class Answer extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "invitation_id", updatable = false)
    private UUID invitationId;

    @Column(name = "questionnaire_version_id", nullable = false, updatable = false)
    private UUID questionnaireVersionId;

    @Column(name = "request_number", length = 40, updatable = false)
    private String requestNumber;

    @Column(name = "customer_id", updatable = false)
    private UUID customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8, updatable = false)
    private AnswerChannel channel;

    @Column(nullable = false, length = 10, updatable = false)
    private String language;

    @Column(name = "answered_at", nullable = false, updatable = false)
    private Instant answeredAt;

    @Column(name = "recorded_by", length = 100, updatable = false)
    private String recordedBy;

    @Column(nullable = false, updatable = false)
    private boolean unhappy;

    protected Answer() {
    }

    public Answer(Invitation invitation, AnswerChannel channel, String language, Instant at, String recordedBy,
                  boolean unhappy) {
        this.id = UUID.randomUUID();
        this.invitationId = invitation.id();
        this.questionnaireVersionId = invitation.questionnaireVersionId();
        this.requestNumber = invitation.requestNumber();
        this.customerId = invitation.customerId();
        this.channel = channel;
        this.language = language;
        this.answeredAt = at;
        this.recordedBy = recordedBy;
        this.unhappy = unhappy;
    }

    public UUID id() {
        return id;
    }

    public UUID invitationId() {
        return invitationId;
    }

    public UUID questionnaireVersionId() {
        return questionnaireVersionId;
    }

    public String requestNumber() {
        return requestNumber;
    }

    public UUID customerId() {
        return customerId;
    }

    public AnswerChannel channel() {
        return channel;
    }

    public String language() {
        return language;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public boolean unhappy() {
        return unhappy;
    }
}
