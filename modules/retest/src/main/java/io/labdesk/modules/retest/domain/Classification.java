package io.labdesk.modules.retest.domain;

import io.labdesk.platform.api.module.InvalidModuleInput;
import io.labdesk.platform.api.module.Text;
import java.util.Optional;

/**
 * The class a decision gives a case: the one its cause belongs to, or another with a written reason; and when the
 * retest's comparison contradicts the class, the review the system asks for.
 */
public final class Classification {

    private Classification() {
    }

    /** The class decided: the cause's own, or {@code chosen} when a reason for departing from it is written. */
    public static CauseClass decide(Cause cause, CauseClass chosen, String reason) {
        if (chosen == null || chosen == cause.causeClass()) {
            return cause.causeClass();
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidModuleInput.of("classReason", Text.of(
                    "原因“" + cause.name().zh() + "”属于“" + cause.causeClass().label().zh() + "”；选择其他类别须写明理由。",
                    "The cause \"" + cause.name().en() + "\" belongs to \"" + cause.causeClass().label().en()
                            + "\"; choosing another class needs a written reason."));
        }
        return chosen;
    }

    /** The review a comparison calls for on a case of {@code decided} class, if any. */
    public static Optional<Text> reviewAfter(CauseClass decided, Comparison.Verdict verdict) {
        if (decided == CauseClass.INSTITUTION_AT_FAULT && verdict == Comparison.Verdict.AGREES) {
            return Optional.of(Text.of(
                    "复测结果与原结果在误差范围内一致，而本案被判为本机构原因：请复核类别（误差范围内一致属于客户原因）。",
                    "The retest agrees with the original within the error, yet the case is classed as the "
                            + "institution's fault: review the class (agreement within the error is a customer-side cause)."));
        }
        if (decided != CauseClass.INSTITUTION_AT_FAULT && verdict == Comparison.Verdict.DIFFERS) {
            return Optional.of(Text.of(
                    "复测结果与原结果不一致：原结果可能有误，请复核是否为本机构原因（如是，已收费用须退还）。",
                    "The retest differs from the original: the original may be wrong. Review whether the institution "
                            + "is at fault (if so, any fee charged is refunded)."));
        }
        return Optional.empty();
    }
}
