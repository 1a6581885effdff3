package io.labdesk.platform.core.deadline;

import io.labdesk.platform.api.deadline.DeadlinePlan;
import io.labdesk.platform.api.deadline.Recipients;
import io.labdesk.platform.api.deadline.TrackedDeadline;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.sla.SlaState;
import io.labdesk.platform.api.tenant.TenantOwned;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.sla.SlaClock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One tracked deadline of a module's record. {@code nextAlertAt} is the next moment the watch has something to say
 * (turning at risk, then breached; none while paused, met or cancelled); a trigger copies it into the platform's
 * {@code deadline_alarm}, which is all the watch reads across institutions. No version: the watch's marks are no
 * edit a user's change should conflict with; changes take the row's lock instead ({@link DeadlineRegister}).
 */
@Entity
@DynamicUpdate
@Table(name = "tracked_deadline")
public class StoredDeadline extends TenantOwned {

    @Id
    private UUID id;

    @Column(nullable = false, length = 63, updatable = false)
    private String module;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private UUID subject;

    @Column(nullable = false, length = 63, updatable = false)
    private String name;

    @Column(nullable = false, length = 100)
    private String reference;

    @Column(name = "label_zh", nullable = false, length = 200)
    private String labelZh;

    @Column(name = "label_en", nullable = false, length = 200)
    private String labelEn;

    @Column(name = "about_zh", nullable = false, length = 400)
    private String aboutZh;

    @Column(name = "about_en", nullable = false, length = 400)
    private String aboutEn;

    @Column(length = 400)
    private String link;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    /** The span asked for, or null for a fixed due time. */
    @Column(name = "target_minutes")
    private Long targetMinutes;

    @Column(nullable = false)
    private boolean business;

    @Column(name = "warning_percent", nullable = false)
    private int warningPercent;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "warn_at", nullable = false)
    private Instant warnAt;

    @Column(name = "paused_since")
    private Instant pausedSince;

    @Column(name = "met_at")
    private Instant metAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "at_risk_notified", nullable = false)
    private boolean atRiskNotified;

    @Column(name = "breach_notified", nullable = false)
    private boolean breachNotified;

    @Column(name = "next_alert_at")
    private Instant nextAlertAt;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "at_risk_users", nullable = false)
    private String[] atRiskUsers;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "at_risk_roles", nullable = false)
    private String[] atRiskRoles;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "breach_users", nullable = false)
    private String[] breachUsers;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "breach_roles", nullable = false)
    private String[] breachRoles;

    protected StoredDeadline() {
    }

    StoredDeadline(DeadlinePlan plan) {
        this.id = UUID.randomUUID();
        this.module = plan.module();
        this.subject = plan.subject();
        this.name = plan.name();
    }

    /** Whether it already runs from {@code start} to {@code due} in the same kind of time. */
    boolean sameCourse(Instant start, Instant due, boolean business) {
        return cancelledAt == null && start.equals(startedAt) && due.equals(dueAt) && business == this.business;
    }

    /**
     * Takes the plan's wording and recipients; with {@code restart}, also its course ({@code start} to {@code due},
     * at risk from {@code warn}), owing every warning anew.
     */
    void apply(DeadlinePlan plan, Instant start, Instant due, Instant warn, boolean restart) {
        reference = plan.reference();
        labelZh = plan.label().zh();
        labelEn = plan.label().en();
        aboutZh = plan.about().zh();
        aboutEn = plan.about().en();
        link = plan.link();
        warningPercent = plan.warningPercent();
        recipients(plan.atRisk(), plan.onBreach());
        if (restart) {
            startedAt = start;
            targetMinutes = plan.length() == null ? null : plan.length().toMinutes();
            business = plan.business();
            dueAt = due;
            warnAt = warn;
            pausedSince = null;
            metAt = null;
            cancelledAt = null;
            atRiskNotified = false;
            breachNotified = false;
        }
        schedule();
    }

    void recipients(Recipients atRisk, Recipients onBreach) {
        atRiskUsers = atRisk.users().stream().sorted().toArray(String[]::new);
        atRiskRoles = atRisk.roles().stream().map(Enum::name).sorted().toArray(String[]::new);
        breachUsers = onBreach.users().stream().sorted().toArray(String[]::new);
        breachRoles = onBreach.roles().stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    void meet(Instant at) {
        if (metAt == null && cancelledAt == null) {
            metAt = pausedSince != null ? pausedSince : at;
            pausedSince = null;
            schedule();
        }
    }

    void cancel(Instant at) {
        if (cancelledAt == null) {
            cancelledAt = at;
            schedule();
        }
    }

    void pause(Instant at) {
        if (running() && pausedSince == null) {
            pausedSince = at;
            schedule();
        }
    }

    void resume(SlaClock clock, Instant at) {
        if (running() && pausedSince != null) {
            dueAt = clock.afterPause(dueAt, business, pausedSince, at);
            warnAt = clock.afterPause(warnAt, business, pausedSince, at);
            pausedSince = null;
            schedule();
        }
    }

    /** Marks the warning owed in {@code state} as given; answers whether one was owed. */
    boolean markWarned(SlaState state) {
        boolean owed = switch (state) {
            case AT_RISK -> !atRiskNotified && !breachNotified;
            case BREACHED -> !breachNotified;
            default -> false;
        };
        if (state == SlaState.BREACHED) {
            breachNotified = true;
            atRiskNotified = true;
        } else if (state == SlaState.AT_RISK) {
            atRiskNotified = true;
        }
        schedule();
        return owed;
    }

    /** The next moment the watch must look at this deadline, or none. */
    private void schedule() {
        if (!running() || pausedSince != null || breachNotified) {
            nextAlertAt = null;
        } else if (!atRiskNotified && warnAt.isBefore(dueAt)) {
            nextAlertAt = warnAt;
        } else {
            nextAlertAt = dueAt;
        }
    }

    private boolean running() {
        return metAt == null && cancelledAt == null;
    }

    SlaState state(Instant now) {
        return SlaClock.state(dueAt, warnAt, metAt, pausedSince, now);
    }

    TrackedDeadline view(Instant now) {
        return new TrackedDeadline(name, label(), startedAt, dueAt, metAt, pausedSince, state(now));
    }

    Recipients atRisk() {
        return recipients(atRiskUsers, atRiskRoles);
    }

    Recipients onBreach() {
        return recipients(breachUsers, breachRoles);
    }

    private static Recipients recipients(String[] users, String[] roles) {
        Set<TenantRole> r = Arrays.stream(roles).map(TenantRole::valueOf).collect(Collectors.toSet());
        return new Recipients(Set.of(users), r);
    }

    Text label() {
        return Text.of(labelZh, labelEn);
    }

    Text about() {
        return Text.of(aboutZh, aboutEn);
    }

    UUID id() {
        return id;
    }

    String module() {
        return module;
    }

    UUID subject() {
        return subject;
    }

    String name() {
        return name;
    }

    String reference() {
        return reference;
    }

    String link() {
        return link;
    }

    Instant nextAlertAt() {
        return nextAlertAt;
    }

    Instant dueAt() {
        return dueAt;
    }

    Instant startedAt() {
        return startedAt;
    }

    Duration target() {
        return targetMinutes == null ? null : Duration.ofMinutes(targetMinutes);
    }
}
