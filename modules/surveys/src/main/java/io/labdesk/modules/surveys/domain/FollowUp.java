package io.labdesk.modules.surveys.domain;

import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * The follow-up of an unhappy answer (S5): why it is open (the low scores and the customer's words), a tracked
 * deadline for the follow-up staff, and how it ended — called and recorded, or passed on as a complaint or a
 * corrective action.
 */
@Entity
@Table(name = "survey_follow_up")
public class FollowUp extends TenantOwned {

    @Id
    private UUID id;

    @Column(nullable = false, length = 20, updatable = false)
    private String number;

    @Column(name = "answer_id", nullable = false, updatable = false)
    private UUID answerId;

    @Column(name = "request_number", length = 40, updatable = false)
    private String requestNumber;

    @Column(name = "customer_name", length = 100, updatable = false)
    private String customerName;

    @Column(name = "reason_zh", nullable = false, length = 2000, updatable = false)
    private String reasonZh;

    @Column(name = "reason_en", nullable = false, length = 2000, updatable = false)
    private String reasonEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private FollowUpStatus status;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(length = 4000)
    private String outcome;

    @Column(name = "closed_by", length = 100)
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "action_number", length = 20)
    private String actionNumber;

    @Version
    private long version;

    protected FollowUp() {
    }

    public FollowUp(String number, Answer answer, String customerName, Text reason, Instant at) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.answerId = answer.id();
        this.requestNumber = answer.requestNumber();
        this.customerName = customerName;
        this.reasonZh = cut(reason.zh());
        this.reasonEn = cut(reason.en());
        this.status = FollowUpStatus.OPEN;
        this.openedAt = at;
    }

    private static String cut(String s) {
        return s.length() <= 2000 ? s : s.substring(0, 1999) + "…";
    }

    /** Ends it: {@code how} DONE, COMPLAINT or ACTION, with what was done; false when it was over already. */
    public boolean close(FollowUpStatus how, String outcome, String by, Instant at, String actionNumber) {
        if (status != FollowUpStatus.OPEN || how == FollowUpStatus.OPEN) {
            return false;
        }
        this.status = how;
        this.outcome = outcome;
        this.closedBy = by;
        this.closedAt = at;
        this.actionNumber = actionNumber;
        return true;
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public UUID answerId() {
        return answerId;
    }

    public String requestNumber() {
        return requestNumber;
    }

    public String customerName() {
        return customerName;
    }

    public Text reason() {
        return Text.of(reasonZh, reasonEn);
    }

    public FollowUpStatus status() {
        return status;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String outcome() {
        return outcome;
    }

    public String closedBy() {
        return closedBy;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String actionNumber() {
        return actionNumber;
    }

    public long version() {
        return version;
    }
}
