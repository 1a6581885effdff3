package io.labdesk.modules.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.platform.api.sla.WorkingTime;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Deadlines.Targets CLOCK = new Deadlines.Targets(Duration.ofHours(2), Duration.ofHours(24),
            Duration.ofHours(48), 2, false);
    private static final Deadlines.Targets BUSINESS = new Deadlines.Targets(Duration.ofHours(2), Duration.ofHours(24),
            Duration.ofHours(48), 2, true);
    /** Friday 2026-11-20, 16:30 in Shanghai. */
    private static final Instant FRIDAY_1630 = ZonedDateTime.of(2026, 11, 20, 16, 30, 0, 0, SHANGHAI).toInstant();

    @Test
    void inClockTimeTheStandardsHoursRunThroughTheNightAndWeekend() {
        Deadlines d = Deadlines.of(FRIDAY_1630, ComplaintKinds.Severity.MAJOR, false, CLOCK, new WeekdayHours());

        assertThat(d.acknowledge()).isEqualTo(FRIDAY_1630.plus(Duration.ofHours(2)));
        assertThat(d.preliminary()).isEqualTo(FRIDAY_1630.plus(Duration.ofHours(24)));
        assertThat(d.detailed()).isEqualTo(FRIDAY_1630.plus(Duration.ofHours(48)));
        assertThat(d.finalAnswer()).isNull();
    }

    @Test
    void inBusinessTimeTheyRunOnTheCalendarOnly() {
        Deadlines d = Deadlines.of(FRIDAY_1630, ComplaintKinds.Severity.NORMAL, false, BUSINESS, new WeekdayHours());

        // One working hour on Friday (16:30-17:30), the second on Monday from 08:30.
        assertThat(d.acknowledge()).isEqualTo(ZonedDateTime.of(2026, 11, 23, 9, 30, 0, 0, SHANGHAI).toInstant());
        assertThat(d.detailed()).as("a normal complaint has no detailed-solution deadline").isNull();
    }

    @Test
    void aTransferredComplaintsFinalAnswerIsDueInCalendarMonthsInTheInstitutionsZone() {
        Instant lastOfDecember = ZonedDateTime.of(2026, 12, 31, 10, 0, 0, 0, SHANGHAI).toInstant();

        Deadlines d = Deadlines.of(lastOfDecember, ComplaintKinds.Severity.NORMAL, true, CLOCK, new WeekdayHours());

        assertThat(d.finalAnswer()).isEqualTo(ZonedDateTime.of(2027, 2, 28, 10, 0, 0, 0, SHANGHAI).toInstant());
    }

    /** Monday to Friday 08:30-12:00 and 13:30-17:30 in Shanghai, minute by minute: plain enough to trust. */
    private static final class WeekdayHours implements WorkingTime {

        private static final Set<DayOfWeek> WEEKDAYS = Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

        @Override
        public Instant deadline(Instant start, Duration length, boolean business) {
            if (!business) {
                return start.plus(length);
            }
            ZonedDateTime t = start.atZone(SHANGHAI);
            long left = length.toMinutes();
            while (left > 0) {
                if (working(t)) {
                    left--;
                }
                t = t.plusMinutes(1);
            }
            return t.toInstant();
        }

        private static boolean working(ZonedDateTime t) {
            LocalTime time = t.toLocalTime();
            return WEEKDAYS.contains(t.getDayOfWeek()) && (!time.isBefore(LocalTime.of(8, 30))
                    && time.isBefore(LocalTime.of(12, 0)) || !time.isBefore(LocalTime.of(13, 30))
                    && time.isBefore(LocalTime.of(17, 30)));
        }

        @Override
        public Duration businessTimeBetween(Instant from, Instant to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ZoneId zone() {
            return SHANGHAI;
        }
    }
}
