package io.labdesk.platform.api.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The current institution's record of who is qualified for what (ISO/IEC 17025 §6.2: staff are authorised on the
 * evidence of training and assessment). Modules ask it before they let someone do qualified work, such as an
 * internal audit, so that the staff page is the one place where qualifications are kept.
 */
public interface Qualifications {

    /** What a qualification authorises; display names under {@code training.kind.<NAME>}. */
    enum Kind {
        INTERNAL_AUDITOR,
        SUPERVISOR,
        TESTING_METHOD,
        CALIBRATION_METHOD,
        SAMPLE_HANDLING,
        REPORT_SIGNATORY,
        CUSTOMER_SERVICE,
        QUALITY_SYSTEM,
        SAFETY,
        OTHER
    }

    /** A qualification someone holds: what, since when, until when (null: no end), who assessed it. */
    record Qualification(String username, Kind kind, String title, LocalDate heldSince, LocalDate validUntil,
                         String assessedBy) {
    }

    /**
     * The qualification of that kind the member holds on that day: passed, begun on or before it and not expired
     * (valid until that day included). Empty for an inactive member or one of another institution.
     */
    Optional<Qualification> valid(String username, Kind kind, LocalDate on);

    default boolean holds(String username, Kind kind, LocalDate on) {
        return valid(username, kind, on).isPresent();
    }

    /** Active members holding a valid qualification of that kind on that day, by username. */
    List<Qualification> holders(Kind kind, LocalDate on);
}
