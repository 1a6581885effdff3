package io.labdesk.modules.instruments.domain;

import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Periodic maintenance of one instrument during its warranty (source 002 §一.7): every so many months until the
 * warranty ends; each visit falling due is announced to the customer and the engineers a few days ahead, then the
 * next one is planned.
 */
@Entity
@Table(name = "instrument_maintenance_plan")
public class MaintenancePlan extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "instrument_id", nullable = false, updatable = false)
    private UUID instrumentId;

    @Column(name = "every_months", nullable = false)
    private int everyMonths;

    @Column(name = "next_due")
    private LocalDate nextDue;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "last_announced")
    private LocalDate lastAnnounced;

    @Column(name = "planned_by", nullable = false, length = 100)
    private String plannedBy;

    @Column(name = "planned_at", nullable = false)
    private Instant plannedAt;

    @Version
    private long version;

    protected MaintenancePlan() {
    }

    public MaintenancePlan(UUID instrumentId, int everyMonths, LocalDate firstDue, LocalDate endsOn, String by,
                           Instant at) {
        this.id = UUID.randomUUID();
        this.instrumentId = instrumentId;
        replan(everyMonths, firstDue, endsOn, by, at);
    }

    public void replan(int everyMonths, LocalDate firstDue, LocalDate endsOn, String by, Instant at) {
        this.everyMonths = everyMonths;
        this.nextDue = firstDue;
        this.endsOn = endsOn;
        this.plannedBy = by;
        this.plannedAt = at;
    }

    /**
     * The visit to announce on {@code today}, {@code leadDays} ahead of it, if one falls due within the warranty;
     * nothing when the plan has run out.
     */
    public Optional<LocalDate> dueToAnnounce(LocalDate today, int leadDays) {
        if (nextDue == null || nextDue.isAfter(endsOn) || today.plusDays(leadDays).isBefore(nextDue)) {
            return Optional.empty();
        }
        return Optional.of(nextDue);
    }

    /** The visit of {@code due} was announced: the next one follows the interval (none past the warranty). */
    public void announced(LocalDate due, LocalDate today) {
        this.lastAnnounced = today;
        LocalDate next = due.plusMonths(everyMonths);
        this.nextDue = next.isAfter(endsOn) ? null : next;
    }

    public UUID id() {
        return id;
    }

    public UUID instrumentId() {
        return instrumentId;
    }

    public int everyMonths() {
        return everyMonths;
    }

    public LocalDate nextDue() {
        return nextDue;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public LocalDate lastAnnounced() {
        return lastAnnounced;
    }

    public long version() {
        return version;
    }
}
