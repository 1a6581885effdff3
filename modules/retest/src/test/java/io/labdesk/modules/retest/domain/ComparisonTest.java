package io.labdesk.modules.retest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.modules.retest.domain.Comparison.Verdict;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    @Test
    void theNormalisedErrorDecidesWithinTheCombinedUncertainty() {
        // En = (10.0 − 10.5) / √(0.3² + 0.4²) = −0.5 / 0.5 = −1.00: on the edge, still agreeing.
        Comparison edge = Comparison.of(Measurement.of("10.0", "mg/kg", "0.3"), Measurement.of("10.5", "mg/kg", "0.4"), null);
        assertThat(edge.verdict()).isEqualTo(Verdict.AGREES);
        assertThat(edge.normalisedError()).isEqualByComparingTo("-1.00");
        assertThat(edge.explanation().zh()).contains("En = -1", "结果一致");

        Comparison beyond = Comparison.of(Measurement.of("10.0", "mg/kg", "0.3"), Measurement.of("10.51", "mg/kg", "0.4"),
                null);
        assertThat(beyond.verdict()).isEqualTo(Verdict.DIFFERS);
        assertThat(beyond.normalisedError()).isEqualByComparingTo("-1.02");
        assertThat(beyond.explanation().en()).contains("|En| > 1");
    }

    @Test
    void withoutAnUncertaintyThereIsNoEnButAClearMessage() {
        Comparison c = Comparison.of(Measurement.of("10.0", "℃", null), Measurement.of("10.2", "℃", "0.1"), null);
        assertThat(c.verdict()).isEqualTo(Verdict.NOT_COMPARABLE);
        assertThat(c.normalisedError()).isNull();
        assertThat(c.explanation().en()).contains("expanded uncertainty is missing", "tolerance");
        assertThat(c.explanation().zh()).contains("缺少扩展不确定度");
    }

    @Test
    void aToleranceReplacesEnWhereTheInstitutionSetOne() {
        Tolerance absolute = new Tolerance(Tolerance.Kind.ABSOLUTE, new BigDecimal("0.2"));
        assertThat(Comparison.of(Measurement.of("5.0", "%", null), Measurement.of("5.2", "%", null), absolute).verdict())
                .isEqualTo(Verdict.AGREES);
        assertThat(Comparison.of(Measurement.of("5.0", "%", null), Measurement.of("5.21", "%", null), absolute).verdict())
                .isEqualTo(Verdict.DIFFERS);

        Tolerance relative = new Tolerance(Tolerance.Kind.RELATIVE_PERCENT, new BigDecimal("5"));
        Comparison within = Comparison.of(Measurement.of("200", "MPa", "1"), Measurement.of("190", "MPa", "1"), relative);
        assertThat(within.verdict()).isEqualTo(Verdict.AGREES);
        assertThat(within.normalisedError()).isNull();
        assertThat(within.explanation().en()).contains("Difference 10 MPa", "±5 %");
        assertThat(Comparison.of(Measurement.of("200", "MPa", "1"), Measurement.of("189.9", "MPa", "1"), relative)
                .verdict()).isEqualTo(Verdict.DIFFERS);
    }

    @Test
    void resultsInDifferentUnitsAreNotCompared() {
        Comparison c = Comparison.of(Measurement.of("1", "g", "0.1"), Measurement.of("1000", "mg", "100"), null);
        assertThat(c.verdict()).isEqualTo(Verdict.NOT_COMPARABLE);
        assertThat(c.explanation().en()).contains("units differ");
    }
}
