package io.labdesk.modules.complaints.domain;

import io.labdesk.platform.api.sla.WorkingTime;
import java.time.Duration;
import java.time.Instant;

/**
 * A complaint's deadlines (C2), from when it was received: acknowledge (2 h), a preliminary solution (24 h), for a
 * major complaint a detailed solution (48 h), for a transferred one the final answer within N months. Hours count
 * on the institution's business calendar or the clock, as it sets; months are calendar months in its time zone.
 */
public record Deadlines(Instant acknowledge, Instant preliminary, Instant detailed, Instant finalAnswer) {

    /** The targets an institution sets. */
    public record Targets(Duration acknowledge, Duration preliminary, Duration detailed, int transferredMonths,
                          boolean business) {
    }

    public static Deadlines of(Instant received, ComplaintKinds.Severity severity, boolean transferred,
                               Targets targets, WorkingTime time) {
        return new Deadlines(time.deadline(received, targets.acknowledge(), targets.business()),
                time.deadline(received, targets.preliminary(), targets.business()),
                severity == ComplaintKinds.Severity.MAJOR
                        ? time.deadline(received, targets.detailed(), targets.business()) : null,
                transferred ? received.atZone(time.zone()).plusMonths(targets.transferredMonths()).toInstant() : null);
    }
}
