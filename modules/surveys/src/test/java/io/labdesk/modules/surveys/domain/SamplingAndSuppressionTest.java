package io.labdesk.modules.surveys.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SamplingAndSuppressionTest {

    private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");

    @Test
    void aShareOfRequestsIsSurveyedTheSameRequestAlwaysInOrOut() {
        Random random = new Random(7);
        int taken = 0;
        for (int i = 0; i < 20_000; i++) {
            UUID request = new UUID(random.nextLong(), random.nextLong());
            boolean in = Sampling.takes(request, 30);
            assertThat(Sampling.takes(request, 30)).isEqualTo(in);
            taken += in ? 1 : 0;
        }
        assertThat(taken / 200.0).as("per cent of requests surveyed").isBetween(28.5, 31.5);
        UUID any = UUID.randomUUID();
        assertThat(Sampling.takes(any, 100)).isTrue();
        assertThat(Sampling.takes(any, 0)).isFalse();
    }

    @Test
    void anOpenComplaintOrARecentSurveyOrNoAddressHoldsTheInvitationBack() {
        assertThat(Suppression.of(true, null, 30, true, NOW)).contains(SkipReason.COMPLAINT_OPEN);
        assertThat(Suppression.of(false, NOW.minus(Duration.ofDays(29)), 30, true, NOW))
                .contains(SkipReason.RECENTLY_SURVEYED);
        assertThat(Suppression.of(false, NOW.minus(Duration.ofDays(30)), 30, true, NOW)).isEmpty();
        assertThat(Suppression.of(false, NOW.minus(Duration.ofDays(1)), 0, true, NOW)).as("no quiet period").isEmpty();
        assertThat(Suppression.of(false, null, 30, false, NOW)).contains(SkipReason.NO_CONTACT);
        assertThat(Suppression.of(false, null, 30, true, NOW)).isEmpty();
    }
}
