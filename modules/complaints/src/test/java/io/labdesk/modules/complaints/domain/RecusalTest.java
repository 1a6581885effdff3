package io.labdesk.modules.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecusalTest {

    @Test
    void staffNamedInTheComplaintStepAside() {
        assertThat(Recusal.reason("zhao.min", List.of("zhao.min"), List.of())).hasValueSatisfying(t -> {
            assertThat(t.zh()).contains("zhao.min", "被点名", "回避");
            assertThat(t.en()).contains("named in the complaint");
        });
    }

    @Test
    void whoeverDidTheComplainedAboutWorkStepsAside() {
        assertThat(Recusal.reason("liu.yang", List.of(), List.of("wang.fang", "liu.yang")))
                .hasValueSatisfying(t -> assertThat(t.en()).contains("did the work"));
    }

    @Test
    void someoneUninvolvedMayInvestigateAndDecide() {
        assertThat(Recusal.reason("chen.jie", List.of("zhao.min"), List.of("liu.yang"))).isEmpty();
    }
}
