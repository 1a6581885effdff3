package io.labdesk.modules.complaints.domain;

import io.labdesk.platform.api.sla.SlaState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where each of a complaint's deadlines stands, as the platform's SLA states: acknowledging is met by the
 * acknowledgement, the preliminary solution by the investigation record, a major complaint's detailed solution by
 * the decision, a transferred complaint's final answer by the reply. At risk once the warning share of the time
 * between receipt and the deadline has passed.
 */
public final class ComplaintClock {

    public enum Target { ACKNOWLEDGE, PRELIMINARY, DETAILED, FINAL }

    /** One deadline: when it is due, when it was met (null while open), and its state now. */
    public record Measured(Target target, Instant due, Instant doneAt, SlaState state) {
    }

    private ComplaintClock() {
    }

    /** Every deadline of {@code c} (none for a refused complaint), in the order they fall due. */
    public static List<Measured> of(Complaint c, Instant now, int warningPercent) {
        List<Measured> measured = new ArrayList<>();
        if (c.status() == ComplaintKinds.Status.REFUSED || c.acknowledgeDue() == null) {
            return measured;
        }
        measured.add(measure(Target.ACKNOWLEDGE, c, c.acknowledgeDue(), c.acknowledgedAt(), now, warningPercent));
        measured.add(measure(Target.PRELIMINARY, c, c.preliminaryDue(), c.investigatedAt(), now, warningPercent));
        if (c.detailedDue() != null) {
            measured.add(measure(Target.DETAILED, c, c.detailedDue(), c.decidedAt(), now, warningPercent));
        }
        if (c.finalDue() != null) {
            measured.add(measure(Target.FINAL, c, c.finalDue(), c.replySentAt(), now, warningPercent));
        }
        return measured;
    }

    /** The first deadline still running, which the register shows as the complaint's badge. */
    public static Optional<Measured> running(Complaint c, Instant now, int warningPercent) {
        return of(c, now, warningPercent).stream().filter(m -> m.state().open()).findFirst();
    }

    /** Whether a target's state is decided yet: met, missed, or breached while open. */
    public static boolean decided(SlaState state) {
        return state == SlaState.MET || state == SlaState.MISSED || state == SlaState.BREACHED;
    }

    static SlaState state(Instant start, Instant due, Instant doneAt, Instant now, int warningPercent) {
        if (doneAt != null) {
            return doneAt.isAfter(due) ? SlaState.MISSED : SlaState.MET;
        }
        if (now.isAfter(due)) {
            return SlaState.BREACHED;
        }
        Duration span = Duration.between(start, due);
        Instant warnFrom = start.plus(span.multipliedBy(warningPercent).dividedBy(100));
        return now.isBefore(warnFrom) ? SlaState.ON_TRACK : SlaState.AT_RISK;
    }

    private static Measured measure(Target target, Complaint c, Instant due, Instant doneAt, Instant now,
                                    int warningPercent) {
        return new Measured(target, due, doneAt, state(c.receivedAt(), due, doneAt, now, warningPercent));
    }
}
