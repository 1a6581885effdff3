package io.labdesk.modules.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GradeRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static GradeRules.Draft draft(Grade grade, String owner, LocalDate due) {
        return new GradeRules.Draft(grade, "7.9", "投诉未由无关人员评审", "CP-2026-0007 由调查人自行评审", owner, due);
    }

    @Test
    void aNonconformityNamesItsActionOwnerAndADueDateWithinWhatItsGradeAllows() {
        assertThat(GradeRules.problems(draft(Grade.MAJOR, "wang.fang", TODAY.plusDays(30)), null, TODAY, 30, 60))
                .isEmpty();
        assertThat(GradeRules.problems(draft(Grade.MAJOR, "wang.fang", TODAY.plusDays(31)), null, TODAY, 30, 60))
                .containsOnlyKeys("dueOn");
        assertThat(GradeRules.problems(draft(Grade.MINOR, "wang.fang", TODAY.plusDays(60)), null, TODAY, 30, 60))
                .isEmpty();
        assertThat(GradeRules.problems(draft(Grade.MINOR, null, TODAY.minusDays(1)), null, TODAY, 30, 60))
                .containsOnlyKeys("owner", "dueOn");
    }

    @Test
    void observationsAndImprovementsRaiseNoAction() {
        assertThat(GradeRules.problems(draft(Grade.OBSERVATION, null, null), null, TODAY, 30, 60)).isEmpty();
        assertThat(GradeRules.problems(draft(Grade.IMPROVEMENT, "wang.fang", TODAY.plusDays(5)), null, TODAY, 30, 60))
                .containsOnlyKeys("grade");
    }

    @Test
    void aFindingAgreesWithTheChecklistItemItIsRaisedOn() {
        assertThat(GradeRules.problems(draft(Grade.OBSERVATION, null, null), ItemResult.NONCONFORMING, TODAY, 30, 60))
                .containsOnlyKeys("grade");
        assertThat(GradeRules.problems(draft(Grade.MINOR, "wang.fang", TODAY.plusDays(5)), ItemResult.OBSERVATION,
                TODAY, 30, 60)).containsOnlyKeys("grade");
        assertThat(GradeRules.problems(draft(Grade.MAJOR, "wang.fang", TODAY.plusDays(5)), ItemResult.NONCONFORMING,
                TODAY, 30, 60)).isEmpty();
    }

    @Test
    void everyFindingStatesItsClauseAndEvidence() {
        assertThat(GradeRules.problems(new GradeRules.Draft(Grade.OBSERVATION, " ", "", null, null, null), null,
                TODAY, 30, 60)).containsOnlyKeys("clause", "statement", "evidence");
        assertThat(GradeRules.problems(new GradeRules.Draft(null, null, null, null, null, null), null, TODAY, 30, 60))
                .containsOnlyKeys("grade");
    }

    @Test
    void aNonconformityClosesOnlyWhenItsActionIsClosedAndVerifiedEffective() {
        assertThat(GradeRules.barToClose(Grade.MAJOR, true, true)).isNull();
        assertThat(GradeRules.barToClose(Grade.MAJOR, true, false)).isNotNull();
        assertThat(GradeRules.barToClose(Grade.MINOR, false, true)).isNotNull();
        assertThat(GradeRules.barToClose(Grade.OBSERVATION, false, false)).isNull();
    }
}
