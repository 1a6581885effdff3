package io.labdesk.modules.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.platform.api.sla.SlaState;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComplaintClockTest {

    static final Instant RECEIVED = Instant.parse("2026-11-20T02:00:00Z");

    static Complaint received(ComplaintKinds.Channel channel) {
        Complaint c = new Complaint("CP-2026-0001", channel, channel == ComplaintKinds.Channel.TRANSFERRED
                ? "市市场监管局" : null, ComplaintKinds.Subject.OTHER, null, LocalDate.of(2026, 11, 18), true, null,
                List.of(), List.of(), "周伟", null, "13800000000", null, "证书寄出延误。", RECEIVED, "liu.yang");
        c.accept(new Deadlines(RECEIVED.plus(Duration.ofHours(2)), RECEIVED.plus(Duration.ofHours(24)), null,
                channel == ComplaintKinds.Channel.TRANSFERRED ? RECEIVED.plus(Duration.ofDays(60)) : null));
        return c;
    }

    @Test
    void aDeadlineIsOnTrackThenAtRiskPastTheWarningShareThenBreached() {
        Complaint c = received(ComplaintKinds.Channel.PHONE);

        assertThat(ComplaintClock.running(c, RECEIVED.plus(Duration.ofMinutes(90)), 80)).get()
                .satisfies(m -> {
                    assertThat(m.target()).isEqualTo(ComplaintClock.Target.ACKNOWLEDGE);
                    assertThat(m.state()).isEqualTo(SlaState.ON_TRACK);
                });
        assertThat(ComplaintClock.running(c, RECEIVED.plus(Duration.ofMinutes(97)), 80).get().state())
                .isEqualTo(SlaState.AT_RISK);
        assertThat(ComplaintClock.running(c, RECEIVED.plus(Duration.ofMinutes(121)), 80).get().state())
                .isEqualTo(SlaState.BREACHED);
    }

    @Test
    void eachDeadlineIsMetByItsOwnStepAndTheNextOneRunsOn() {
        Complaint c = received(ComplaintKinds.Channel.TRANSFERRED);
        c.acknowledge(RECEIVED.plus(Duration.ofHours(3)));
        Instant now = RECEIVED.plus(Duration.ofHours(5));

        List<ComplaintClock.Measured> clock = ComplaintClock.of(c, now, 80);
        assertThat(clock).extracting(ComplaintClock.Measured::target).containsExactly(
                ComplaintClock.Target.ACKNOWLEDGE, ComplaintClock.Target.PRELIMINARY, ComplaintClock.Target.FINAL);
        assertThat(clock.get(0).state()).as("acknowledged an hour late").isEqualTo(SlaState.MISSED);
        assertThat(ComplaintClock.running(c, now, 80).get().target()).isEqualTo(ComplaintClock.Target.PRELIMINARY);

        c.investigated(Set.of(ComplaintKinds.Check.ORIGINAL_RECORDS), "属实", RECEIVED.plus(Duration.ofHours(20)));
        assertThat(ComplaintClock.of(c, now, 80).get(1).state()).isEqualTo(SlaState.MET);
        assertThat(ComplaintClock.running(c, now, 80).get().target()).isEqualTo(ComplaintClock.Target.FINAL);
    }

    @Test
    void aRefusedComplaintRunsNoClock() {
        Complaint c = new Complaint("CP-2026-0002", ComplaintKinds.Channel.PHONE, null, ComplaintKinds.Subject.OTHER,
                null, LocalDate.of(2026, 1, 1), true, null, List.of(), List.of(), "周伟", null, "13800000000", null,
                "很久以前的事。", RECEIVED, "liu.yang");
        c.refuse(Acceptance.Refusal.PAST_WINDOW, "超过期限", "Too late");

        assertThat(ComplaintClock.of(c, RECEIVED, 80)).isEmpty();
    }
}
