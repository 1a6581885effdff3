package io.labdesk.platform.core.sla;

import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import java.util.UUID;

/** A tenant's SLA policy as stored: the rules as JSON beside the thresholds (see {@link SlaPolicies}). */
@Entity
@Table(name = "sla_policy")
@Audited
@AuditOverride(forClass = TenantOwned.class)
public class StoredSlaPolicy extends TenantOwned {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String rules;

    @Column(name = "warning_percent", nullable = false)
    private int warningPercent;

    @Column(name = "response_goal_percent", nullable = false)
    private int responseGoalPercent;

    @Column(name = "delivery_goal_percent", nullable = false)
    private int deliveryGoalPercent;

    @Column(name = "escalation_recipients", nullable = false)
    private String escalationRecipients;

    @Version
    private long version;

    protected StoredSlaPolicy() {
    }

    StoredSlaPolicy(UUID id) {
        this.id = id;
    }

    void set(String rules, int warningPercent, int responseGoalPercent, int deliveryGoalPercent,
             String escalationRecipients) {
        this.rules = rules;
        this.warningPercent = warningPercent;
        this.responseGoalPercent = responseGoalPercent;
        this.deliveryGoalPercent = deliveryGoalPercent;
        this.escalationRecipients = escalationRecipients;
    }

    public UUID id() {
        return id;
    }

    String rules() {
        return rules;
    }

    int warningPercent() {
        return warningPercent;
    }

    int responseGoalPercent() {
        return responseGoalPercent;
    }

    int deliveryGoalPercent() {
        return deliveryGoalPercent;
    }

    String escalationRecipients() {
        return escalationRecipients;
    }

    public long version() {
        return version;
    }
}
