package io.labdesk.modules.surveys.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether an invitation due now is held back: the customer has a complaint open (a survey then would be tactless),
 * was surveyed within the quiet period ({@code quietDays}, 0 for none), or left no way to reach them.
 */
public final class Suppression {

    private Suppression() {
    }

    public static Optional<SkipReason> of(boolean complaintOpen, Instant lastSurveyed, int quietDays,
                                          boolean reachable, Instant now) {
        if (!reachable) {
            return Optional.of(SkipReason.NO_CONTACT);
        }
        if (complaintOpen) {
            return Optional.of(SkipReason.COMPLAINT_OPEN);
        }
        if (lastSurveyed != null && quietDays > 0 && lastSurveyed.plus(Duration.ofDays(quietDays)).isAfter(now)) {
            return Optional.of(SkipReason.RECENTLY_SURVEYED);
        }
        return Optional.empty();
    }
}
