package io.labdesk.modules.surveys.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SurveyFiguresTest {

    @Test
    void theSatisfactionRateIsTheShareOfTheTwoTopPoints() {
        assertThat(SurveyFigures.satisfactionRate(List.of(5, 4, 3, 2, 5)).getAsDouble()).isEqualTo(60.0);
        assertThat(SurveyFigures.satisfactionRate(List.of(3, 3)).getAsDouble()).isZero();
        assertThat(SurveyFigures.satisfactionRate(List.of())).isEmpty();
        assertThat(SurveyFigures.mean(List.of(5, 4, 3)).getAsDouble()).isEqualTo(4.0);
        assertThat(SurveyFigures.percent(SurveyFigures.satisfactionRate(List.of(5, 4, 1)))).isEqualTo("66.7 %");
    }

    @Test
    void theNetPromoterScoreIsPromotersLessDetractorsAndSevensAndEightsArePassive() {
        assertThat(SurveyFigures.netPromoterScore(List.of(10, 9, 8, 7, 6, 0)).getAsDouble()).isZero();
        assertThat(SurveyFigures.netPromoterScore(List.of(10, 10, 9, 3)).getAsDouble()).isEqualTo(50.0);
        assertThat(SurveyFigures.netPromoterScore(List.of(6, 5)).getAsDouble()).isEqualTo(-100.0);
        assertThat(SurveyFigures.netPromoterScore(List.of(8, 7)).getAsDouble()).isZero();
        assertThat(SurveyFigures.netPromoterScore(List.of())).isEmpty();
    }

    @Test
    void theResponseRateIsAnswersAmongInvitationsSent() {
        assertThat(SurveyFigures.responseRate(8, 2).getAsDouble()).isEqualTo(25.0);
        assertThat(SurveyFigures.responseRate(0, 0)).isEmpty();
    }
}
