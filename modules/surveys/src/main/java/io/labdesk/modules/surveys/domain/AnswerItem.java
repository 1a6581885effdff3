package io.labdesk.modules.surveys.domain;

import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One item's value in an answer: a score (rating, recommendation, yes = 1 / no = 0) or a text (choice, free text). */
@Entity
@Table(name = "survey_answer_item")
public class AnswerItem extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "answer_id", nullable = false, updatable = false)
    private UUID answerId;

    @Column(name = "item_code", nullable = false, length = 40, updatable = false)
    private String itemCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private ItemKind kind;

    @Column(updatable = false)
    private Integer score;

    @Column(name = "text_value", length = 4000, updatable = false)
    private String text;

    protected AnswerItem() {
    }

    public AnswerItem(UUID answerId, AnswerValues.Value value) {
        this.id = UUID.randomUUID();
        this.answerId = answerId;
        this.itemCode = value.item().code();
        this.kind = value.item().kind();
        this.score = value.score();
        this.text = value.text();
    }

    public UUID answerId() {
        return answerId;
    }

    public String itemCode() {
        return itemCode;
    }

    public ItemKind kind() {
        return kind;
    }

    public Integer score() {
        return score;
    }

    public String text() {
        return text;
    }
}
