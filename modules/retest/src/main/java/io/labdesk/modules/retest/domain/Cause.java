package io.labdesk.modules.retest.domain;

import io.labdesk.platform.api.module.Text;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One entry of an institution's cause catalogue: a code that stays, its name, the class it belongs to and, for the
 * customer's side, the share of the fee charged by default (0–100 %).
 */
public record Cause(String code, Text name, CauseClass causeClass, BigDecimal chargedPercent) {

    public Cause {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(causeClass, "causeClass");
        chargedPercent = switch (causeClass) {
            case INSTITUTION_AT_FAULT -> BigDecimal.ZERO;
            case CUSTOMER_SIDE -> chargedPercent == null ? BigDecimal.valueOf(100) : chargedPercent;
            case NEGOTIATED -> null;
        };
    }
}
