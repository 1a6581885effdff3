package io.labdesk.platform.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalendarDefinitionTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static CalendarDefinition china() throws IOException {
        return CalendarDefinition.parse(Files.readString(Path.of("../../tenants/calendars/cn-mainland.yaml")));
    }

    @Test
    void theTemplateFormatReadsWeekdaysHoursHolidaysWithNamesAndMakeUpDays() throws IOException {
        CalendarDefinition china = china();

        assertThat(china.week()).containsOnlyKeys(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(china.week().get(DayOfWeek.MONDAY)).containsExactly("08:30-12:00", "13:30-17:30");
        assertThat(china.holidays()).contains(new CalendarDefinition.Holiday(LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 7), "国庆节"));
        assertThat(china.workdays()).contains(LocalDate.of(2026, 10, 10));
        assertThat(china.problems()).isEmpty();
    }

    @Test
    void writtenAndReadAgainItIsTheSameCalendar() throws IOException {
        CalendarDefinition china = china();
        CalendarDefinition edited = new CalendarDefinition(china.name(), china.nameEn(), china.timeZone(),
                Map.of(DayOfWeek.MONDAY, List.of("08:30-12:00", "13:30-17:30"), DayOfWeek.SATURDAY,
                        List.of("09:00-12:00")), china.holidays(), china.workdays(),
                Map.of(LocalDate.of(2026, 12, 31), List.of("08:30-12:00"), LocalDate.of(2026, 12, 30), List.of()));

        assertThat(CalendarDefinition.parse(edited.yaml())).isEqualTo(edited);
    }

    @Test
    void overridesShortenOrCloseADayAndCountInDeadlines() throws IOException {
        CalendarDefinition china = china();
        CalendarDefinition closedThursday = new CalendarDefinition(china.name(), china.nameEn(), china.timeZone(),
                china.week(), china.holidays(), china.workdays(), Map.of(LocalDate.of(2026, 11, 26), List.of()));
        ZonedDateTime wednesday = ZonedDateTime.of(2026, 11, 25, 16, 30, 0, 0, SHANGHAI);

        // One working hour left on Wednesday, Thursday closed: the second hour is Friday morning.
        assertThat(closedThursday.calendar().deadline(wednesday.toInstant(), Duration.ofHours(2)))
                .isEqualTo(ZonedDateTime.of(2026, 11, 27, 9, 30, 0, 0, SHANGHAI).toInstant());
    }

    @Test
    void badHoursAndBackwardHolidaysAreReportedByField() throws IOException {
        CalendarDefinition china = china();
        CalendarDefinition broken = new CalendarDefinition("", null, "Mars/Olympus",
                Map.of(DayOfWeek.MONDAY, List.of("17:00-08:00")),
                List.of(new CalendarDefinition.Holiday(LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 1), "x")),
                china.workdays(), Map.of());

        assertThat(broken.problems()).containsEntry("name", "validation.name")
                .containsEntry("timeZone", "validation.timeZone")
                .containsEntry("week.MONDAY", "validation.calendar.hours")
                .containsEntry("holidays", "validation.calendar.holiday");
    }

    @Test
    void itsIcsExportImportedIntoAnEmptyWeekGivesTheSameHolidaysAndMakeUpDays() throws IOException {
        CalendarDefinition china = china();
        CalendarDefinition empty = new CalendarDefinition("空", null, "Asia/Shanghai", china.week(), List.of(),
                List.of(), Map.of());

        CalendarDefinition imported = empty.withIcs(CalendarIcs.export(china));

        assertThat(imported.holidays()).isEqualTo(china.holidays());
        assertThat(imported.workdays()).isEqualTo(china.workdays());
        assertThat(imported.calendar().specialDays()).isEqualTo(china.calendar().specialDays());
        // Importing the same file again adds nothing.
        assertThat(imported.withIcs(CalendarIcs.export(china))).isEqualTo(imported);
    }

    @Test
    void aCorrectionReplacesTheShippedDaysThatChangedAndKeepsTheInstitutionsOwn() throws IOException {
        CalendarDefinition china = china();
        CalendarDefinition.Holiday national = new CalendarDefinition.Holiday(LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 7), "国庆节");
        CalendarDefinition.Holiday moved = new CalendarDefinition.Holiday(LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 8), "国庆节");
        CalendarDefinition.Holiday own = new CalendarDefinition.Holiday(LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 1), "所庆");
        List<CalendarDefinition.Holiday> ownHolidays = new java.util.ArrayList<>(china.holidays());
        ownHolidays.add(own);
        CalendarDefinition institution = new CalendarDefinition(china.name(), null, china.timeZone(), china.week(),
                ownHolidays, china.workdays(), Map.of(LocalDate.of(2026, 10, 12), List.of()));
        List<CalendarDefinition.Holiday> correctedHolidays = new java.util.ArrayList<>(china.holidays());
        correctedHolidays.set(correctedHolidays.indexOf(national), moved);
        List<LocalDate> correctedWorkdays = new java.util.ArrayList<>(china.workdays());
        correctedWorkdays.remove(LocalDate.of(2026, 10, 10));
        correctedWorkdays.add(LocalDate.of(2026, 10, 11));
        CalendarDefinition corrected = new CalendarDefinition(china.name(), null, china.timeZone(), china.week(),
                correctedHolidays, correctedWorkdays, Map.of());

        CalendarDefinition after = institution.withCorrection(2026, china, corrected);

        assertThat(after.holidays()).contains(moved, own).doesNotContain(national);
        assertThat(after.workdays()).contains(LocalDate.of(2026, 10, 11)).doesNotContain(LocalDate.of(2026, 10, 10));
        assertThat(after.overrides()).containsKey(LocalDate.of(2026, 10, 12));
        assertThat(after.holidays().stream().filter(h -> h.from().getYear() == 2025).toList())
                .isEqualTo(china.daysOf(java.util.Set.of(2025)).holidays());
    }

    @Test
    void theNameShowsTheYearsTheCalendarHas() throws IOException {
        CalendarDefinition china = china();

        assertThat(china.label(false)).isEqualTo("中国大陆工作日历（2025–2026）");
        CalendarDefinition later = china.withYear(2031, List.of(new CalendarDefinition.Holiday(
                LocalDate.of(2031, 1, 22), LocalDate.of(2031, 1, 28), "春节")), List.of());
        assertThat(later.label(true)).isEqualTo("Mainland China working calendar (2025–2026, 2031)");
    }
}
