package io.labdesk.platform.core.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static BusinessCalendar china;

    @BeforeAll
    static void loadTheShippedChinaCalendar() throws IOException {
        china = CalendarTemplates.read(Path.of("../../tenants/calendars/cn-mainland.yaml")).calendar();
    }

    static Instant sh(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    static Duration h(double hours) {
        return Duration.ofMinutes(Math.round(hours * 60));
    }

    @Test
    void withinOneMorning() {
        assertThat(china.deadline(sh("2026-03-02T09:00"), h(2))).isEqualTo(sh("2026-03-02T11:00"));
    }

    @Test
    void theLunchBreakDoesNotCount() {
        assertThat(china.deadline(sh("2026-03-02T11:00"), h(2))).isEqualTo(sh("2026-03-02T14:30"));
        assertThat(china.businessTimeBetween(sh("2026-03-02T11:00"), sh("2026-03-02T14:30"))).isEqualTo(h(2));
    }

    @Test
    void aDeadlineAtTheEndOfTheDayIsThatEveningNotTheNextMorning() {
        assertThat(china.deadline(sh("2026-03-02T16:30"), h(1))).isEqualTo(sh("2026-03-02T17:30"));
    }

    @Test
    void weekendsAreSkipped() {
        assertThat(china.deadline(sh("2026-03-06T16:30"), h(2))).isEqualTo(sh("2026-03-09T09:30"));
    }

    @Test
    void startOutsideWorkingHoursCountsFromTheNextOpening() {
        assertThat(china.deadline(sh("2026-03-08T20:00"), h(1))).isEqualTo(sh("2026-03-09T09:30"));
        assertThat(china.deadline(sh("2026-03-09T06:00"), h(1))).isEqualTo(sh("2026-03-09T09:30"));
        assertThat(china.deadline(sh("2026-03-09T12:30"), h(1))).isEqualTo(sh("2026-03-09T14:30"));
    }

    @Test
    void twentyFourWorkingHoursIsMoreThanThreeWorkingDays() {
        // 7.5 h a day: Fri 1 h, Mon, Tue, Wed 22.5 h, Thu 0.5 h.
        assertThat(china.deadline(sh("2026-03-06T16:30"), h(24))).isEqualTo(sh("2026-03-12T09:00"));
    }

    @Test
    void publicHolidaysAreDaysOff() {
        // 2026-10-01..07 off; Thursday the 8th is an ordinary working day.
        assertThat(china.deadline(sh("2026-09-30T16:30"), h(2))).isEqualTo(sh("2026-10-08T09:30"));
        assertThat(china.isWorkingDay(java.time.LocalDate.parse("2026-10-05"))).isFalse();
    }

    @Test
    void makeUpWorkdaysOnWeekendsAreWorkedWithMondaysHours() {
        // Saturday 2026-02-14 is a make-up working day before the Spring Festival.
        assertThat(china.deadline(sh("2026-02-13T17:00"), h(1))).isEqualTo(sh("2026-02-14T09:00"));
        assertThat(china.hoursOfDate(java.time.LocalDate.parse("2026-02-14"))).containsExactly("08:30-12:00", "13:30-17:30");
    }

    @Test
    void workingDaysSkipTheSpringFestivalAndCountItsMakeUpSaturday() {
        // Friday 2026-02-13: Saturday the 14th is worked, then 15–23 February are off; the 24th is the second day.
        assertThat(china.endOfWorkingDays(sh("2026-02-13T10:00"), 1)).isEqualTo(sh("2026-02-14T17:30"));
        assertThat(china.endOfWorkingDays(sh("2026-02-13T10:00"), 2)).isEqualTo(sh("2026-02-24T17:30"));
        // An ordinary week: from Monday, five working days end on the next Monday evening.
        assertThat(china.endOfWorkingDays(sh("2026-03-02T20:00"), 5)).isEqualTo(sh("2026-03-09T17:30"));
    }

    @Test
    void acrossTheYearBoundaryIntoAHolidayAndASundayWorkday() {
        // New Year 2026-01-01..03 off; Sunday 2026-01-04 is worked.
        assertThat(china.deadline(sh("2025-12-31T17:00"), h(2))).isEqualTo(sh("2026-01-04T10:00"));
        assertThat(china.businessTimeBetween(sh("2025-12-31T17:00"), sh("2026-01-04T10:00"))).isEqualTo(h(2));
    }

    @Test
    void pausesStopTheClockAndOverlappingPausesCountOnce() {
        Instant from = sh("2026-03-02T09:00");
        Instant to = sh("2026-03-02T17:30");
        assertThat(china.businessTimeBetween(from, to)).isEqualTo(h(7));

        List<BusinessCalendar.Pause> pauses = List.of(
                new BusinessCalendar.Pause(sh("2026-03-02T10:00"), sh("2026-03-02T14:00")),
                new BusinessCalendar.Pause(sh("2026-03-02T11:00"), sh("2026-03-02T11:30")));
        assertThat(china.businessTimeBetween(from, to, pauses)).isEqualTo(h(4.5));

        List<BusinessCalendar.Pause> open = List.of(new BusinessCalendar.Pause(sh("2026-03-02T16:00"), null));
        assertThat(china.businessTimeBetween(from, to, open)).isEqualTo(h(5.5));
    }

    @Test
    void daylightSavingTimeKeepsWallClockHours() {
        BusinessCalendar berlin = BusinessCalendar.builder(BERLIN)
                .hours(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY), List.of("09:00-17:00")).build();
        Instant fridayCet = LocalDateTime.parse("2026-03-27T16:00").atZone(BERLIN).toInstant();
        Instant due = berlin.deadline(fridayCet, h(2));

        // Summer time began on Sunday 29 March: Monday 10:00 is 08:00 UTC.
        assertThat(due).isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
        assertThat(berlin.businessTimeBetween(fridayCet, due)).isEqualTo(h(2));
        // And back in October: Friday 23rd 16:00 CEST + 2 h = Monday 26th 10:00 CET = 09:00 UTC.
        assertThat(berlin.deadline(LocalDateTime.parse("2026-10-23T16:00").atZone(BERLIN).toInstant(), h(2)))
                .isEqualTo(Instant.parse("2026-10-26T09:00:00Z"));
    }

    @Test
    void deadlineAndBusinessTimeAreInversesForAnyStartAndSpan() {
        Random random = new Random(20261123);
        Instant base = sh("2025-01-01T00:00");
        for (int i = 0; i < 2_000; i++) {
            Instant start = base.plusSeconds(random.nextInt(730 * 86_400));
            Duration span = Duration.ofMinutes(1 + random.nextInt(i % 3 == 0 ? 2_000 * 60 : 600));
            Instant due = china.deadline(start, span);
            assertThat(china.businessTimeBetween(start, due)).as("from %s for %s", start, span).isEqualTo(span);
            assertThat(due).isAfter(start);
        }
    }

    @Test
    void spansOfAYearAndDatesBeyondTheTabulatedRangeWork() {
        Instant start = sh("2025-03-03T09:00");
        Duration year = h(7.5 * 250);
        assertThat(china.businessTimeBetween(start, china.deadline(start, year))).isEqualTo(year);

        Instant farFuture = sh("2101-01-03T09:00");
        Instant due = china.deadline(farFuture, h(100));
        assertThat(china.businessTimeBetween(farFuture, due)).isEqualTo(h(100));
    }

    @Test
    void badHoursAreRefusedWithAClearMessage() {
        assertThatThrownBy(() -> BusinessCalendar.builder(SHANGHAI)
                .hours(List.of(DayOfWeek.MONDAY), List.of("12:00-08:00")))
                .hasMessageContaining("12:00-08:00");
        assertThatThrownBy(() -> BusinessCalendar.builder(SHANGHAI)
                .hours(List.of(DayOfWeek.MONDAY), List.of("08:00-12:00", "11:00-13:00")))
                .hasMessageContaining("overlaps");
        assertThatThrownBy(() -> china.deadline(sh("2026-03-02T09:00"), Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void icsExportAndImportGiveBackTheSameDays() {
        String ics = CalendarIcs.export(china, "Mainland China");
        BusinessCalendar.Builder copy = BusinessCalendar.builder(SHANGHAI)
                .hours(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY), List.of("08:30-12:00", "13:30-17:30"));
        int days = CalendarIcs.importInto(ics, copy);
        BusinessCalendar imported = copy.build();

        assertThat(ics).contains("DTSTART;VALUE=DATE:20260214", "CATEGORIES:WORKDAY", "CATEGORIES:HOLIDAY");
        assertThat(days).isEqualTo(china.specialDays().size());
        assertThat(imported.specialDays()).isEqualTo(china.specialDays());
        assertThat(imported.deadline(sh("2025-12-31T17:00"), h(2))).isEqualTo(sh("2026-01-04T10:00"));
    }

    @Test
    void icsFromOtherSourcesWithMultiDayEventsAndFoldedLines() {
        String ics = """
                BEGIN:VCALENDAR
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20270210
                DTEND;VALUE=DATE:20270213
                SUMMARY:春节
                 假期
                END:VEVENT
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20270206
                SUMMARY:春节调休上班
                END:VEVENT
                END:VCALENDAR
                """;
        BusinessCalendar.Builder b = BusinessCalendar.builder(SHANGHAI)
                .hours(List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), List.of("09:00-17:00"));
        assertThat(CalendarIcs.importInto(ics, b)).isEqualTo(4);
        BusinessCalendar c = b.build();
        assertThat(c.specialDays()).hasSize(4);
        assertThat(c.isWorkingDay(java.time.LocalDate.parse("2027-02-10"))).isFalse();
        assertThat(c.isWorkingDay(java.time.LocalDate.parse("2027-02-06"))).isTrue();
    }
}
