package io.labdesk.modules.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AcceptanceTest {

    private static final Acceptance.Windows DEFAULT = new Acceptance.Windows(15, 1);

    @Test
    void anObjectionOnTheFifteenthDayAfterIssueIsAcceptedOnTheSixteenthItIsNot() {
        LocalDate issued = LocalDate.of(2026, 11, 2);

        assertThat(Acceptance.decide(ComplaintKinds.Subject.REPORT_OBJECTION, LocalDate.of(2026, 11, 17), issued, true,
                DEFAULT).accepted()).isTrue();
        Acceptance.Decision late = Acceptance.decide(ComplaintKinds.Subject.REPORT_OBJECTION,
                LocalDate.of(2026, 11, 18), issued, true, DEFAULT);
        assertThat(late.accepted()).isFalse();
        assertThat(late.refusal()).isEqualTo(Acceptance.Refusal.PAST_WINDOW);
        assertThat(late.lastDay()).isEqualTo(LocalDate.of(2026, 11, 17));
    }

    @Test
    void theWindowRunsAcrossTheYearEnd() {
        Acceptance.Decision decision = Acceptance.decide(ComplaintKinds.Subject.REPORT_OBJECTION,
                LocalDate.of(2027, 1, 4), LocalDate.of(2026, 12, 20), true, DEFAULT);

        assertThat(decision.accepted()).isTrue();
        assertThat(decision.lastDay()).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void aMonthAfterTheLastDayOfJanuaryEndsWithFebruaryWhateverItsLength() {
        assertThat(Acceptance.decide(ComplaintKinds.Subject.OTHER, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 1, 31), true, DEFAULT).lastDay()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(Acceptance.decide(ComplaintKinds.Subject.OTHER, LocalDate.of(2028, 2, 29),
                LocalDate.of(2028, 1, 31), true, DEFAULT).accepted()).isTrue();
        assertThat(Acceptance.decide(ComplaintKinds.Subject.OTHER, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 1, 31), true, DEFAULT).accepted()).isFalse();
        assertThat(Acceptance.decide(ComplaintKinds.Subject.OTHER, LocalDate.of(2026, 5, 30),
                LocalDate.of(2026, 4, 30), true, DEFAULT).accepted()).isTrue();
        assertThat(Acceptance.decide(ComplaintKinds.Subject.OTHER, LocalDate.of(2026, 5, 31),
                LocalDate.of(2026, 4, 30), true, DEFAULT).accepted()).isFalse();
    }

    @Test
    void anInstitutionsOwnWindowsApply() {
        Acceptance.Windows longer = new Acceptance.Windows(30, 3);

        assertThat(Acceptance.decide(ComplaintKinds.Subject.REPORT_OBJECTION, LocalDate.of(2026, 12, 2),
                LocalDate.of(2026, 11, 2), true, longer).accepted()).isTrue();
        assertThat(Acceptance.decide(ComplaintKinds.Subject.OTHER, LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 8, 31), true, longer).accepted()).isTrue();
    }

    @Test
    void anObjectionToATestThatCannotBeRepeatedIsNotAcceptedEvenInTime() {
        Acceptance.Decision decision = Acceptance.decide(ComplaintKinds.Subject.REPORT_OBJECTION,
                LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 2), false, DEFAULT);

        assertThat(decision.refusal()).isEqualTo(Acceptance.Refusal.NOT_REPEATABLE);
        assertThat(Acceptance.decide(ComplaintKinds.Subject.OTHER, LocalDate.of(2026, 11, 5), null, false, DEFAULT)
                .accepted()).as("conduct, not a result: repeatability does not matter").isTrue();
    }

    @Test
    void theCustomerIsToldTheWindowAndItsLastDayInTheirLanguage() {
        Acceptance.Decision late = Acceptance.decide(ComplaintKinds.Subject.REPORT_OBJECTION,
                LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 2), true, DEFAULT);
        var explanation = late.refusal().explanation(late.lastDay(), DEFAULT, ComplaintKinds.Subject.REPORT_OBJECTION);

        assertThat(explanation.zh()).contains("15 日内", "2026-11-17", "不予受理");
        assertThat(explanation.en()).contains("15 days", "2026-11-17");
    }

    @Test
    void datesThatCannotBeRightAreNamedBeforeAnyDecision() {
        assertThat(Acceptance.datesProblem(ComplaintKinds.Subject.REPORT_OBJECTION, LocalDate.of(2026, 11, 5), null))
                .isPresent();
        assertThat(Acceptance.datesProblem(ComplaintKinds.Subject.OTHER, LocalDate.of(2026, 11, 5),
                LocalDate.of(2026, 11, 6))).isPresent();
        assertThat(Acceptance.datesProblem(ComplaintKinds.Subject.OTHER, LocalDate.of(2026, 11, 5), null)).isEmpty();
    }
}
