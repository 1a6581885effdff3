package io.labdesk.platform.api.deadline;

import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.sla.SlaState;
import java.time.Instant;

/** Where one deadline of a record stands now: what badges, lists, archives and figures show. */
public record TrackedDeadline(String name, Text label, Instant startedAt, Instant due, Instant metAt,
                              Instant pausedSince, SlaState state) {

    /** Whether it counts against the institution: breached while open, or met late. */
    public boolean late() {
        return state.late();
    }

    /** Whether its outcome is known: met, missed, or already breached. */
    public boolean decided() {
        return state == SlaState.MET || state.late();
    }
}
