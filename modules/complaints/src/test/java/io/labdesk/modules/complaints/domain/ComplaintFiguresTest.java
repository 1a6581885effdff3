package io.labdesk.modules.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.platform.api.deadline.TrackedDeadline;
import io.labdesk.platform.api.sla.SlaState;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ComplaintFiguresTest {

    static final Instant RECEIVED = Instant.parse("2026-11-20T02:00:00Z");

    @Test
    void ratesCountOnlyDeadlinesThatAreDecidedAndEachNumberListsWhatItCounts() {
        Complaint inTime = received(ComplaintKinds.Channel.PHONE);
        inTime.acknowledge(RECEIVED.plus(Duration.ofHours(1)));
        inTime.classify(ComplaintKinds.Severity.NORMAL, ComplaintKinds.Nature.TECHNICAL);
        inTime.investigated(Set.of(ComplaintKinds.Check.METHOD), "方法无误", RECEIVED.plus(Duration.ofHours(10)));
        inTime.decided(true, "报告页码错误", false, RECEIVED.plus(Duration.ofHours(12)));
        Complaint late = received(ComplaintKinds.Channel.EMAIL);
        late.acknowledge(RECEIVED.plus(Duration.ofHours(5)));
        Complaint waiting = received(ComplaintKinds.Channel.EMAIL);
        Complaint refused = new Complaint("CP-2026-0009", ComplaintKinds.Channel.LETTER, null,
                ComplaintKinds.Subject.REPORT_OBJECTION, "R-1", LocalDate.of(2026, 9, 1), true, null, List.of(),
                List.of(), "吴敏", null, "13900000000", null, "异议", RECEIVED, "liu.yang");
        refused.refuse(Acceptance.Refusal.PAST_WINDOW, "超过期限", "Too late");
        List<Complaint> all = List.of(inTime, late, waiting, refused);
        Map<UUID, List<TrackedDeadline>> deadlines = Map.of(
                inTime.id(), List.of(deadline("ACKNOWLEDGE", SlaState.MET), deadline("PRELIMINARY", SlaState.MET)),
                late.id(), List.of(deadline("ACKNOWLEDGE", SlaState.MISSED), deadline("PRELIMINARY",
                        SlaState.BREACHED)),
                waiting.id(), List.of(deadline("ACKNOWLEDGE", SlaState.BREACHED), deadline("PRELIMINARY",
                        SlaState.BREACHED)));

        ComplaintFigures.Summary s = ComplaintFigures.of(all, deadlines);

        assertThat(s.received()).isEqualTo(4);
        assertThat(s.refused()).isEqualTo(1);
        assertThat(s.acknowledged()).as("three due: one met, one late, one breached").isEqualTo(
                new ComplaintFigures.Rate(1, 3));
        assertThat(s.answered()).as("the preliminary solution is due for all three; one gave it in time")
                .isEqualTo(new ComplaintFigures.Rate(1, 3));
        assertThat(s.upheld()).isEqualTo(1);
        assertThat(s.decided()).isEqualTo(1);
        assertThat(s.byChannel()).containsEntry(ComplaintKinds.Channel.EMAIL, 2L)
                .containsEntry(ComplaintKinds.Channel.LETTER, 1L);
        assertThat(s.byNature()).containsEntry(ComplaintKinds.Nature.TECHNICAL, 1L);
        assertThat(s.unclassified()).isEqualTo(2);

        assertThat(all.stream().filter(ComplaintFigures.matching(ComplaintFigures.Facet.ACKNOWLEDGED_LATE, null,
                deadlines))).containsExactly(late, waiting);
        assertThat(all.stream().filter(ComplaintFigures.matching(ComplaintFigures.Facet.ANSWERED_LATE, null,
                deadlines))).containsExactly(late, waiting);
        assertThat(all.stream().filter(ComplaintFigures.matching(ComplaintFigures.Facet.CHANNEL, "EMAIL", deadlines)))
                .hasSize((int) (long) s.byChannel().get(ComplaintKinds.Channel.EMAIL));
        assertThat(all.stream().filter(ComplaintFigures.matching(ComplaintFigures.Facet.NATURE, "NONE", deadlines)))
                .hasSize((int) s.unclassified());
        assertThat(all.stream().filter(ComplaintFigures.matching(ComplaintFigures.Facet.REFUSED, null, deadlines)))
                .containsExactly(refused);
    }

    @Test
    void nothingDecidedYetGivesNoRate() {
        Complaint c = received(ComplaintKinds.Channel.PHONE);
        ComplaintFigures.Summary s = ComplaintFigures.of(List.of(c), Map.of(c.id(),
                List.of(deadline("ACKNOWLEDGE", SlaState.ON_TRACK), deadline("PRELIMINARY", SlaState.AT_RISK))));

        assertThat(s.acknowledged().percent()).isNull();
        assertThat(s.answered().percent()).isNull();
    }

    static Complaint received(ComplaintKinds.Channel channel) {
        Complaint c = new Complaint("CP-2026-0001", channel, null, ComplaintKinds.Subject.REPORT_OBJECTION, "R-1",
                LocalDate.of(2026, 11, 10), true, null, List.of(), List.of(), "周伟", "华东精细化工", "13900000000",
                null, "报告数据有误", RECEIVED, "liu.yang");
        c.accept();
        return c;
    }

    private static TrackedDeadline deadline(String name, SlaState state) {
        Instant due = RECEIVED.plus(Duration.ofHours(2));
        Instant met = state == SlaState.MET ? RECEIVED.plus(Duration.ofHours(1))
                : state == SlaState.MISSED ? RECEIVED.plus(Duration.ofHours(5)) : null;
        return new TrackedDeadline(name, io.labdesk.platform.api.module.Text.of(name, name), RECEIVED, due, met, null,
                state);
    }
}
