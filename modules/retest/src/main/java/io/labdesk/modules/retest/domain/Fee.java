package io.labdesk.modules.retest.domain;

import io.labdesk.platform.api.module.InvalidModuleInput;
import io.labdesk.platform.api.module.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the customer pays for a retest (R1–R3, P9): nothing when the institution is at fault; on the customer's side
 * the charged share of the price, quoted and accepted before the retest starts; by agreement otherwise, with the
 * agreement recorded. A fee paid is refunded when the case ends as the institution's fault after all.
 */
public record Fee(Kind kind, BigDecimal amount, boolean needsAcceptance) {

    public enum Kind {
        FREE(Text.of("免费", "Free")),
        CHARGED(Text.of("收费（需客户确认报价）", "Charged (quote to be accepted)")),
        NEGOTIATED(Text.of("协商费用", "Negotiated"));

        private final Text label;

        Kind(Text label) {
            this.label = label;
        }

        public Text label() {
            return label;
        }
    }

    /**
     * @param price            the test's price, for a charged case
     * @param chargedPercent   the share charged, for a charged case (the cause's default unless changed)
     * @param agreedAmount     the amount agreed, for a negotiated case
     * @param agreement        how and when it was agreed, for a negotiated case
     */
    public static Fee of(CauseClass decided, BigDecimal price, BigDecimal chargedPercent, BigDecimal agreedAmount,
                         String agreement) {
        return switch (decided) {
            case INSTITUTION_AT_FAULT -> new Fee(Kind.FREE, BigDecimal.ZERO, false);
            case CUSTOMER_SIDE -> {
                if (price == null || price.signum() < 0) {
                    throw InvalidModuleInput.of("price", Text.of("收费复测须填写检测价格（不小于 0）。",
                            "A charged retest needs the test's price (0 or more)."));
                }
                BigDecimal share = chargedPercent == null ? BigDecimal.valueOf(100) : chargedPercent;
                if (share.signum() < 0 || share.compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw InvalidModuleInput.of("chargedPercent", Text.of("收费比例须在 0% 到 100% 之间。",
                            "The charged share must lie between 0 % and 100 %."));
                }
                BigDecimal amount = price.multiply(share).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                yield new Fee(Kind.CHARGED, amount, amount.signum() > 0);
            }
            case NEGOTIATED -> {
                if (agreedAmount == null || agreedAmount.signum() < 0) {
                    throw InvalidModuleInput.of("agreedAmount", Text.of("协商复测须填写商定金额（不小于 0）。",
                            "A negotiated retest needs the amount agreed (0 or more)."));
                }
                if (agreement == null || agreement.isBlank()) {
                    throw InvalidModuleInput.of("agreement", Text.of("请记录协商情况（与谁、何时、如何商定）。",
                            "Record the agreement: with whom, when and how it was reached."));
                }
                yield new Fee(Kind.NEGOTIATED, agreedAmount.setScale(2, RoundingMode.HALF_UP), false);
            }
        };
    }

    /** The refund owed when a case ends in {@code finalClass} after the customer paid {@code paid}. */
    public static BigDecimal refundOwed(CauseClass finalClass, BigDecimal paid) {
        return finalClass == CauseClass.INSTITUTION_AT_FAULT && paid != null && paid.signum() > 0 ? paid : BigDecimal.ZERO;
    }
}
