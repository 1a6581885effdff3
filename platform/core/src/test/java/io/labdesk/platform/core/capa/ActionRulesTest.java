package io.labdesk.platform.core.capa;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.platform.api.capa.CorrectiveActions.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionRulesTest {

    @Test
    void stepsAreAddedOnlyWhileTheActionIsOpenOrInProgress() {
        assertThat(ActionRules.canAddStep(Status.OPEN)).isEmpty();
        assertThat(ActionRules.canAddStep(Status.IN_PROGRESS)).isEmpty();
        assertThat(ActionRules.canAddStep(Status.VERIFYING)).containsKey("status");
        assertThat(ActionRules.canAddStep(Status.CLOSED)).containsKey("status");
    }

    @Test
    void anActionGoesToVerificationWithARootCauseAndEveryStepDone() {
        assertThat(ActionRules.canSubmit(Status.IN_PROGRESS, "校准方法未更新", List.of(true, true))).isEmpty();
        assertThat(ActionRules.canSubmit(Status.IN_PROGRESS, "校准方法未更新", List.of(true, false)))
                .containsEntry("steps", "validation.capa.stepsOpen");
        assertThat(ActionRules.canSubmit(Status.IN_PROGRESS, " ", List.of()))
                .containsEntry("rootCause", "validation.capa.rootCause")
                .containsEntry("steps", "validation.capa.noSteps");
        assertThat(ActionRules.canSubmit(Status.OPEN, "x", List.of(true))).containsKey("status");
    }

    @Test
    void whoOwnsTheActionOrAStepCannotJudgeItsEffectiveness() {
        assertThat(ActionRules.canVerify(Status.VERIFYING, "zhao.min", "zhao.min", List.of()))
                .containsEntry("verifier", "validation.capa.independent");
        assertThat(ActionRules.canVerify(Status.VERIFYING, "liu.yang", "zhao.min", List.of("liu.yang")))
                .containsEntry("verifier", "validation.capa.independent");
        assertThat(ActionRules.canVerify(Status.VERIFYING, "sun.li", "zhao.min", List.of("liu.yang"))).isEmpty();
        assertThat(ActionRules.canVerify(Status.IN_PROGRESS, "sun.li", "zhao.min", List.of())).containsKey("status");
    }
}
