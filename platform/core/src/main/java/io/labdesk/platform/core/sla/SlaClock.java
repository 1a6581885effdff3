package io.labdesk.platform.core.sla;

import io.labdesk.platform.api.sla.SlaState;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The arithmetic of one SLA target on a business calendar: when it falls due, when it turns at risk, how a pause
 * (waiting for the customer) moves both, and its state at a moment. Plain Java; every call costs what the calendar's
 * constant-time operations cost.
 */
public final class SlaClock {

    private final BusinessCalendar calendar;

    public SlaClock(BusinessCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar);
    }

    /** A target's length, counted in business time (the calendar's working hours) or in clock time. */
    public record Target(Duration length, boolean business) {
        public Target {
            if (length == null || length.isNegative() || length.isZero()) {
                throw new IllegalArgumentException("A target needs a positive length");
            }
        }

        public static Target businessMinutes(long minutes) {
            return new Target(Duration.ofMinutes(minutes), true);
        }

        public static Target clockMinutes(long minutes) {
            return new Target(Duration.ofMinutes(minutes), false);
        }
    }

    public Instant due(Instant start, Target target) {
        return target.business() ? calendar.deadline(start, target.length()) : start.plus(target.length());
    }

    /**
     * When a target running from {@code start} to {@code due} turns at risk: after {@code percent} of its time, in
     * the same kind of time it is measured in.
     */
    public Instant warnAt(Instant start, Instant due, boolean business, int percent) {
        if (!due.isAfter(start)) {
            return due;
        }
        if (business) {
            Duration span = calendar.businessTimeBetween(start, due);
            return span.isZero() ? due : calendar.deadline(start, span.multipliedBy(percent).dividedBy(100));
        }
        return start.plus(Duration.between(start, due).multipliedBy(percent).dividedBy(100));
    }

    /**
     * Moves a running target's instant ({@code due} or its warning) past a pause from {@code from} to {@code to}: by
     * the working time (or clock time) the pause took. An instant already passed when the pause began stays.
     */
    public Instant afterPause(Instant instant, boolean business, Instant from, Instant to) {
        if (!instant.isAfter(from) || !to.isAfter(from)) {
            return instant;
        }
        if (business) {
            Duration paused = calendar.businessTimeBetween(from, to);
            return paused.isZero() ? instant : calendar.deadline(instant, paused);
        }
        return instant.plus(Duration.between(from, to));
    }

    /** The state of a target with these instants at {@code now}. */
    public static SlaState state(Instant due, Instant warnAt, Instant metAt, Instant pausedSince, Instant now) {
        if (metAt != null) {
            return metAt.isAfter(due) ? SlaState.MISSED : SlaState.MET;
        }
        Instant at = pausedSince != null ? pausedSince : now;
        if (!at.isBefore(due)) {
            return SlaState.BREACHED;
        }
        if (pausedSince != null) {
            return SlaState.PAUSED;
        }
        return warnAt != null && !now.isBefore(warnAt) ? SlaState.AT_RISK : SlaState.ON_TRACK;
    }
}
