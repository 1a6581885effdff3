package io.labdesk.modules.retest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.modules.retest.domain.Eligibility.Outcome;
import io.labdesk.modules.retest.domain.Eligibility.Policy;
import io.labdesk.platform.api.module.Text;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    private static final LocalDate REPORTED = LocalDate.of(2026, 11, 2);
    private static final Policy POLICY = new Policy(30, 90, 1);

    @Test
    void theWindowEndsOnItsLastDayInclusive() {
        assertThat(Eligibility.check(POLICY, REPORTED, REPORTED.plusDays(30), 0, null).outcome())
                .isEqualTo(Outcome.ELIGIBLE);
        Eligibility.Verdict late = Eligibility.check(POLICY, REPORTED, REPORTED.plusDays(31), 0, null);
        assertThat(late.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(late.reasons()).extracting(Text::en).containsExactly(
                "The report is dated 2026-11-02; a retest must be asked for within 30 days (by 2026-12-02).");
    }

    @Test
    void aReportIsRetestedAtMostTheAllowedNumberOfTimes() {
        Eligibility.Verdict again = Eligibility.check(POLICY, REPORTED, REPORTED.plusDays(3), 1, null);
        assertThat(again.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(again.reasons()).extracting(Text::zh).containsExactly("该报告已复测 1 次，每份报告最多复测 1 次。");
        assertThat(Eligibility.check(new Policy(30, 90, 2), REPORTED, REPORTED.plusDays(3), 1, null).mayGoAhead())
                .isTrue();
    }

    @Test
    void everyReasonIsGivenAtOnce() {
        assertThat(Eligibility.check(POLICY, REPORTED, REPORTED.plusDays(40), 1, null).reasons()).hasSize(2);
    }

    @Test
    void aSampleNoLongerKeptAsksForANewOne() {
        Eligibility.Verdict disposed = Eligibility.check(POLICY, REPORTED, REPORTED.plusDays(5), 0,
                new SampleKeeping(SampleKeeping.State.DISPOSED, null));
        assertThat(disposed.outcome()).isEqualTo(Outcome.NEW_SAMPLE_REQUIRED);
        assertThat(disposed.mayGoAhead()).isTrue();
        assertThat(disposed.reasons()).extracting(Text::en)
                .containsExactly("The original sample has been disposed of.", "The retest needs a new sample from the customer.");

        Policy shortKeeping = new Policy(30, 7, 1);
        assertThat(Eligibility.check(shortKeeping, REPORTED, REPORTED.plusDays(7), 0, null).outcome())
                .isEqualTo(Outcome.ELIGIBLE);
        Eligibility.Verdict expired = Eligibility.check(shortKeeping, REPORTED, REPORTED.plusDays(8), 0, null);
        assertThat(expired.outcome()).isEqualTo(Outcome.NEW_SAMPLE_REQUIRED);
        assertThat(expired.reasons().get(0).en()).isEqualTo("The original sample was kept only until 2026-11-09.");

        assertThat(Eligibility.check(shortKeeping, REPORTED, REPORTED.plusDays(20), 0,
                new SampleKeeping(SampleKeeping.State.RETAINED, REPORTED.plusDays(60))).outcome())
                .as("staff's record beats the retention period").isEqualTo(Outcome.ELIGIBLE);
    }
}
