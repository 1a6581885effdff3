package io.labdesk.platform.api.capa;

import java.util.List;
import java.util.UUID;

/**
 * The institution's register of corrective and preventive actions (CAPA), open to every module: a complaint upheld,
 * an audit finding, a survey's tendency raises one; the quality manager plans it (root cause, steps with owners and
 * due dates), someone else checks that it worked, and it is closed.
 */
public interface CorrectiveActions {

    /** What raised an action: a module, the record there, and how people refer to it (a complaint's number). */
    record Source(String module, UUID subjectId, String reference) {
    }

    enum Kind { CORRECTIVE, PREVENTIVE }

    enum Status { OPEN, IN_PROGRESS, VERIFYING, CLOSED }

    /**
     * An action as its source sees it (and archives it): the plan's root cause, owner and due date, and who
     * verified its effectiveness when; null where not yet known.
     */
    record Summary(UUID id, String number, Kind kind, Status status, String problem, String rootCause, String owner,
                   java.time.LocalDate dueOn, String verifiedBy, String verificationNote, java.time.Instant closedAt) {
    }

    /** Opens an action for the current tenant, in the caller's transaction; answers it. */
    Summary raise(Source source, Kind kind, String problem);

    /**
     * Opens an action with the owner and due date its source already agreed (an audit finding's auditee and the
     * date set at the closing meeting); planning later adds the root cause and steps. An owner who is not active
     * staff, or a past date, is refused ({@code InvalidInput} on {@code owner} / {@code dueOn}); nothing is stored.
     */
    Summary raise(Source source, Kind kind, String problem, String owner, java.time.LocalDate dueOn);

    /** The actions a record raised, oldest first. */
    List<Summary> raisedBy(String module, UUID subjectId);
}
