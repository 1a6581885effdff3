package io.labdesk.platform.api.deadline;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The current institution's tracked deadlines, for modules. A deadline runs from its start for a span of business
 * time on the institution's calendar (or clock time, or until a fixed moment); the platform's deadline watch warns
 * its recipients once when it turns at risk and once when it is breached, through the outbox, and fires a
 * {@link io.labdesk.platform.api.event.DeadlineAlert}. Call inside the transaction that changes the record, so the
 * record and its deadlines change together.
 */
public interface TrackedDeadlines {

    /**
     * Starts the deadline the plan names. One of that name already on the record is replaced (its warnings owed
     * anew), unless it runs from the same start to the same due time: then only its wording and recipients change.
     */
    void start(DeadlinePlan plan);

    /** The deadline is met at {@code at} (in time or late); nothing is warned of it any more. */
    void meet(UUID subject, String name, Instant at);

    /** The deadline no longer applies (the record took another course); it leaves lists and figures. */
    void cancel(UUID subject, String name);

    /** Stops the clock of every running deadline of the record, e.g. while waiting for the customer. */
    void pause(UUID subject, Instant at);

    /** Restarts paused deadlines; each is moved on by the working (or clock) time the pause took. */
    void resume(UUID subject, Instant at);

    /** Changes who is warned, e.g. once someone is made responsible. */
    void warn(UUID subject, String name, Recipients atRisk, Recipients alsoOnBreach);

    /** The record's deadlines (not the cancelled ones), in the order they fall due. */
    List<TrackedDeadline> of(UUID subject);

    /** The deadlines of many records in one read, for lists. */
    Map<UUID, List<TrackedDeadline>> of(Collection<UUID> subjects);

    /** Per deadline name, how the module's deadlines started in {@code [from, until)} fared, for dashboard figures. */
    List<Timeliness> timeliness(String module, Instant from, Instant until);
}
