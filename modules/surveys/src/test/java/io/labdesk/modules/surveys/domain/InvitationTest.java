package io.labdesk.modules.surveys.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InvitationTest {

    private static final Instant CLOSED = Instant.parse("2026-06-01T02:00:00Z");

    private static Invitation invitation() {
        return new Invitation(UUID.randomUUID(), "SR-2026-000001", UUID.randomUUID(), new Invitation.Addressee("王芳",
                "wang@example.cn", null, "zh-CN"), UUID.randomUUID(), CLOSED, Duration.ofHours(24));
    }

    @Test
    void sentAfterTheDelayItIsRemindedOnceAndExpiresAfterItsDays() {
        Invitation i = invitation();
        assertThat(i.sendAt()).isEqualTo(CLOSED.plus(Duration.ofHours(24)));
        Instant sent = i.sendAt();
        i.sent("EMAIL", sent, 14);
        assertThat(i.expiresAt()).isEqualTo(sent.plus(Duration.ofDays(14)));
        assertThat(i.reminderDue(sent.plus(Duration.ofDays(5)).minusSeconds(1), 5)).isFalse();
        assertThat(i.reminderDue(sent.plus(Duration.ofDays(5)), 5)).isTrue();
        i.reminded(sent.plus(Duration.ofDays(5)));
        assertThat(i.reminderDue(sent.plus(Duration.ofDays(6)), 5)).as("one reminder only").isFalse();
        assertThat(i.expired(sent.plus(Duration.ofDays(14)).minusSeconds(1))).isFalse();
        assertThat(i.expired(sent.plus(Duration.ofDays(14)))).isTrue();
        i.expire(sent.plus(Duration.ofDays(14)));
        assertThat(i.status()).isEqualTo(InvitationStatus.EXPIRED);
        assertThat(i.withdraw(sent.plus(Duration.ofDays(15)))).as("an expired one stays expired").isFalse();
    }

    @Test
    void anExpiredLinkIsNotRemindedAndAReopenedRequestWithdrawsTheInvitation() {
        Invitation i = invitation();
        i.sent("SMS", CLOSED, 3);
        assertThat(i.reminderDue(CLOSED.plus(Duration.ofDays(4)), 3)).isFalse();
        Invitation pending = invitation();
        assertThat(pending.withdraw(CLOSED.plusSeconds(60))).isTrue();
        assertThat(pending.status()).isEqualTo(InvitationStatus.WITHDRAWN);
        Invitation answered = invitation();
        answered.sent("EMAIL", CLOSED, 14);
        answered.answered(CLOSED.plusSeconds(600));
        assertThat(answered.withdraw(CLOSED.plusSeconds(900))).as("an answer stands").isFalse();
        assertThat(answered.status()).isEqualTo(InvitationStatus.ANSWERED);
    }
}
