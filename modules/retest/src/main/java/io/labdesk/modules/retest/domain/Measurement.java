package io.labdesk.modules.retest.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** A reported result: its value, unit and expanded uncertainty U (k = 2 as reports state it), U unknown when null. */
public record Measurement(BigDecimal value, String unit, BigDecimal expandedUncertainty) {

    public Measurement {
        Objects.requireNonNull(value, "value");
        unit = unit == null ? "" : unit.strip();
        if (expandedUncertainty != null && expandedUncertainty.signum() < 0) {
            throw new IllegalArgumentException("an uncertainty is never negative");
        }
    }

    public static Measurement of(String value, String unit, String uncertainty) {
        return new Measurement(new BigDecimal(value), unit, uncertainty == null ? null : new BigDecimal(uncertainty));
    }
}
