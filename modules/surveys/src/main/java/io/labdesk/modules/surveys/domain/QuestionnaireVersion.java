package io.labdesk.modules.surveys.domain;

import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One version of a questionnaire's items, never changed once written: invitations and answers pin it. */
@Entity
@Table(name = "survey_questionnaire_version")
public class QuestionnaireVersion extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "questionnaire_id", nullable = false, updatable = false)
    private UUID questionnaireId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false, columnDefinition = "text")
    private String items;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    protected QuestionnaireVersion() {
    }

    public QuestionnaireVersion(UUID questionnaireId, int number, List<Item> items, Instant at, String by) {
        this.id = UUID.randomUUID();
        this.questionnaireId = questionnaireId;
        this.number = number;
        this.items = Items.write(QuestionnaireRules.checked(items));
        this.createdAt = at;
        this.createdBy = by;
    }

    public UUID id() {
        return id;
    }

    public UUID questionnaireId() {
        return questionnaireId;
    }

    public int number() {
        return number;
    }

    public List<Item> items() {
        return Items.read(items);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
