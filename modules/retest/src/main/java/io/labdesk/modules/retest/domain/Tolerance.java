package io.labdesk.modules.retest.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** A plain tolerance an institution may set per test item instead of the normalised error: absolute or a percentage. */
public record Tolerance(Kind kind, BigDecimal amount) {

    public enum Kind { ABSOLUTE, RELATIVE_PERCENT }

    public Tolerance {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("a tolerance is never negative");
        }
    }
}
