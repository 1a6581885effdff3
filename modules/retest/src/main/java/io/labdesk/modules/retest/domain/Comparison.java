package io.labdesk.modules.retest.domain;

import io.labdesk.platform.api.module.Text;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Whether a retest agrees with the original test (R2.3). By default the normalised error of proficiency testing
 * (ISO/IEC 17043): En = (x₁ − x₂) / √(U₁² + U₂²), agreeing when |En| ≤ 1; where the institution set a plain tolerance
 * for the test item, the difference against it instead.
 *
 * @param normalisedError En, rounded to two places; null when the tolerance was used or nothing could be compared
 * @param difference      x₁ − x₂ in the unit of the results; null when nothing could be compared
 */
public record Comparison(Verdict verdict, BigDecimal normalisedError, BigDecimal difference, Text explanation) {

    public enum Verdict {
        AGREES(Text.of("一致（在测量误差范围内）", "Agrees (within the measurement error)")),
        DIFFERS(Text.of("不一致（超出测量误差范围）", "Differs (beyond the measurement error)")),
        NOT_COMPARABLE(Text.of("无法比较", "Cannot be compared"));

        private final Text label;

        Verdict(Text label) {
            this.label = label;
        }

        public Text label() {
            return label;
        }
    }

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    /** Compares {@code retest} with {@code original}, by the tolerance when one is set, else by En. */
    public static Comparison of(Measurement original, Measurement retest, Tolerance tolerance) {
        if (!original.unit().equalsIgnoreCase(retest.unit())) {
            return new Comparison(Verdict.NOT_COMPARABLE, null, null, Text.of(
                    "单位不同（原结果 " + shown(original.unit()) + "，复测结果 " + shown(retest.unit()) + "），请以同一单位录入。",
                    "The units differ (original " + shown(original.unit()) + ", retest " + shown(retest.unit())
                            + "): enter both in one unit."));
        }
        BigDecimal difference = original.value().subtract(retest.value());
        if (tolerance != null) {
            BigDecimal allowed = tolerance.kind() == Tolerance.Kind.ABSOLUTE ? tolerance.amount()
                    : original.value().abs().multiply(tolerance.amount()).divide(BigDecimal.valueOf(100), PRECISION);
            boolean agrees = difference.abs().compareTo(allowed) <= 0;
            String limit = tolerance.kind() == Tolerance.Kind.ABSOLUTE ? plain(tolerance.amount()) + " " + original.unit()
                    : plain(tolerance.amount()) + " %";
            return new Comparison(agrees ? Verdict.AGREES : Verdict.DIFFERS, null, difference, Text.of(
                    "差值 " + plain(difference) + " " + original.unit() + "，允差 ±" + limit + "。",
                    "Difference " + plain(difference) + " " + original.unit() + ", tolerance ±" + limit + "."));
        }
        if (original.expandedUncertainty() == null || retest.expandedUncertainty() == null) {
            return new Comparison(Verdict.NOT_COMPARABLE, null, difference, Text.of(
                    "缺少扩展不确定度，无法计算 En 值：请录入原结果和复测结果的扩展不确定度，或为该检测项目设定允差。",
                    "An expanded uncertainty is missing, so En cannot be computed: enter the expanded uncertainty of "
                            + "both results, or set a tolerance for this test item."));
        }
        BigDecimal combined = original.expandedUncertainty().pow(2).add(retest.expandedUncertainty().pow(2))
                .sqrt(PRECISION);
        if (combined.signum() == 0) {
            return new Comparison(Verdict.NOT_COMPARABLE, null, difference, Text.of(
                    "两个扩展不确定度均为零，无法计算 En 值。",
                    "Both expanded uncertainties are zero, so En cannot be computed."));
        }
        BigDecimal en = difference.divide(combined, PRECISION);
        boolean agrees = en.abs().compareTo(BigDecimal.ONE) <= 0;
        BigDecimal shown = en.setScale(2, RoundingMode.HALF_UP);
        return new Comparison(agrees ? Verdict.AGREES : Verdict.DIFFERS, shown, difference, Text.of(
                "En = " + plain(shown) + (agrees ? "，|En| ≤ 1，结果一致。" : "，|En| > 1，结果不一致。"),
                "En = " + plain(shown) + (agrees ? ", |En| ≤ 1: the results agree." : ", |En| > 1: the results differ.")));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String shown(String unit) {
        return unit.isEmpty() ? "—" : unit;
    }

    @Override
    public String toString() {
        return verdict + " " + explanation.in(Locale.ENGLISH);
    }
}
