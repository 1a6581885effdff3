package io.labdesk.modules.complaints.domain;

import static io.labdesk.modules.complaints.domain.ComplaintClockTest.RECEIVED;
import static io.labdesk.modules.complaints.domain.ComplaintClockTest.received;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComplaintFiguresTest {

    private static final Instant NOW = RECEIVED.plus(Duration.ofDays(3));

    @Test
    void ratesCountOnlyDeadlinesThatAreDueAndEachNumberListsWhatItCounts() {
        Complaint inTime = received(ComplaintKinds.Channel.PHONE);
        inTime.acknowledge(RECEIVED.plus(Duration.ofHours(1)));
        inTime.classify(ComplaintKinds.Severity.NORMAL, ComplaintKinds.Nature.TECHNICAL,
                new Deadlines(RECEIVED.plus(Duration.ofHours(2)), RECEIVED.plus(Duration.ofHours(24)), null, null));
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

        ComplaintFigures.Summary s = ComplaintFigures.of(all, NOW, 80);

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

        assertThat(all.stream().filter(ComplaintFigures.matching(ComplaintFigures.Facet.ACKNOWLEDGED_LATE, null, NOW,
                80))).containsExactly(late, waiting);
        assertThat(all.stream().filter(ComplaintFigures.matching(ComplaintFigures.Facet.CHANNEL, "EMAIL", NOW, 80)))
                .hasSize((int) (long) s.byChannel().get(ComplaintKinds.Channel.EMAIL));
        assertThat(all.stream().filter(ComplaintFigures.matching(ComplaintFigures.Facet.NATURE, "NONE", NOW, 80)))
                .hasSize((int) s.unclassified());
        assertThat(all.stream().filter(ComplaintFigures.matching(ComplaintFigures.Facet.REFUSED, null, NOW, 80)))
                .containsExactly(refused);
    }

    @Test
    void nothingDueYetGivesNoRate() {
        ComplaintFigures.Summary s = ComplaintFigures.of(List.of(received(ComplaintKinds.Channel.PHONE)),
                RECEIVED.plus(Duration.ofMinutes(10)), 80);

        assertThat(s.acknowledged().percent()).isNull();
        assertThat(s.answered().percent()).isNull();
    }
}
