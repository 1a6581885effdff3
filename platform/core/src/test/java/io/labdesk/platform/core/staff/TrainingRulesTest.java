package io.labdesk.platform.core.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.platform.api.identity.Qualifications.Kind;
import io.labdesk.platform.core.staff.TrainingRecord.Category;
import io.labdesk.platform.core.staff.TrainingRecord.Result;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TrainingRulesTest {

    private static final LocalDate GRANTED = LocalDate.of(2025, 3, 20);
    private static final LocalDate LAST_DAY = LocalDate.of(2028, 3, 19);

    @Test
    void aPassedQualificationCountsFromTheDayItWasGrantedToItsLastValidDayIncluded() {
        assertThat(TrainingRules.qualifies(Category.QUALIFICATION, Result.PASSED, GRANTED, LAST_DAY, GRANTED)).isTrue();
        assertThat(TrainingRules.qualifies(Category.QUALIFICATION, Result.PASSED, GRANTED, LAST_DAY, LAST_DAY))
                .isTrue();
        assertThat(TrainingRules.qualifies(Category.QUALIFICATION, Result.PASSED, GRANTED, LAST_DAY,
                LAST_DAY.plusDays(1))).as("expired").isFalse();
        assertThat(TrainingRules.qualifies(Category.QUALIFICATION, Result.PASSED, GRANTED, LAST_DAY,
                GRANTED.minusDays(1))).as("not yet granted").isFalse();
        assertThat(TrainingRules.qualifies(Category.QUALIFICATION, Result.PASSED, GRANTED, null,
                LocalDate.of(2040, 1, 1))).as("without an end").isTrue();
    }

    @Test
    void aFailedQualificationATrainingOrAnAssessmentAuthorisesNothing() {
        assertThat(TrainingRules.qualifies(Category.QUALIFICATION, Result.FAILED, GRANTED, LAST_DAY, GRANTED))
                .isFalse();
        assertThat(TrainingRules.qualifies(Category.TRAINING, Result.PASSED, GRANTED, LAST_DAY, GRANTED)).isFalse();
        assertThat(TrainingRules.qualifies(Category.ASSESSMENT, Result.PASSED, GRANTED, LAST_DAY, GRANTED)).isFalse();
    }

    @Test
    void anEntryNeedsItsFactsAndAPassedQualificationNamesItsAssessor() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        assertThat(TrainingRules.problems(new TrainingRules.Entry(Category.QUALIFICATION, Kind.INTERNAL_AUDITOR,
                "内审员资格", GRANTED, LAST_DAY, "陈杰", Result.PASSED, null), today)).isEmpty();
        assertThat(TrainingRules.problems(new TrainingRules.Entry(Category.QUALIFICATION, Kind.INTERNAL_AUDITOR,
                "内审员资格", GRANTED, LAST_DAY, " ", Result.PASSED, null), today))
                .containsOnlyKeys("assessedBy");
        assertThat(TrainingRules.problems(new TrainingRules.Entry(Category.QUALIFICATION, Kind.INTERNAL_AUDITOR,
                "内审员资格", GRANTED, null, "陈杰", Result.ATTENDED, null), today))
                .containsEntry("result", "validation.training.qualificationResult");
        assertThat(TrainingRules.problems(new TrainingRules.Entry(Category.TRAINING, Kind.SAFETY, "消防培训",
                today.plusDays(1), null, null, Result.ATTENDED, null), today)).containsOnlyKeys("heldOn");
        assertThat(TrainingRules.problems(new TrainingRules.Entry(Category.TRAINING, Kind.SAFETY, "消防培训",
                GRANTED, GRANTED.minusDays(1), null, Result.ATTENDED, null), today)).containsOnlyKeys("validUntil");
        assertThat(TrainingRules.problems(new TrainingRules.Entry(null, null, "", null, null, null, null, null),
                today)).containsOnlyKeys("category", "kind", "title", "heldOn", "result");
    }
}
