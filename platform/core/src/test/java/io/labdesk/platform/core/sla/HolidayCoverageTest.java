package io.labdesk.platform.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HolidayCoverageTest {

    private static CalendarDefinition china() throws IOException {
        return CalendarDefinition.parse(Files.readString(Path.of("../../tenants/calendars/cn-mainland.yaml")));
    }

    @Test
    void onTheFirstOfDecember2026TheShippedCalendarLacks2027() throws IOException {
        assertThat(HolidayCoverage.missingYears(china(), LocalDate.of(2026, 12, 1))).containsExactly(2027);
    }

    @Test
    void moreThanSixtyDaysBeforeTheNewYearNothingIsMissing() throws IOException {
        assertThat(HolidayCoverage.missingYears(china(), LocalDate.of(2026, 11, 1))).isEmpty();
        assertThat(HolidayCoverage.missingYears(china(), LocalDate.of(2026, 11, 2))).containsExactly(2027);
    }

    @Test
    void aYearAlreadyBegunWithoutHolidaysIsMissingToo() throws IOException {
        assertThat(HolidayCoverage.missingYears(china(), LocalDate.of(2027, 3, 1))).containsExactly(2027);
        CalendarDefinition bare = new CalendarDefinition("bare", null, "Asia/Shanghai", china().week(), List.of(),
                List.of(), Map.of());
        assertThat(HolidayCoverage.missingYears(bare, LocalDate.of(2026, 6, 1))).containsExactly(2026);
    }

    @Test
    void aYearWithOnlyMakeUpWorkingDaysCountsAsKnown() throws IOException {
        CalendarDefinition withWorkday = china().withYear(2027, List.of(), List.of(LocalDate.of(2027, 2, 6)));
        assertThat(HolidayCoverage.missingYears(withWorkday, LocalDate.of(2026, 12, 1))).isEmpty();
    }

    @Test
    void aShippedYearJoinsAFollowingCalendarWhichKeepsItsOwnOverridesAndItsOtherYears() throws IOException {
        CalendarDefinition.Holiday springFestival = new CalendarDefinition.Holiday(LocalDate.of(2031, 1, 22),
                LocalDate.of(2031, 1, 28), "春节");
        CalendarDefinition shipped = china().withYear(2031, List.of(springFestival),
                List.of(LocalDate.of(2031, 1, 19)));
        CalendarDefinition own = new CalendarDefinition("ours", null, "Asia/Shanghai", china().week(),
                List.of(new CalendarDefinition.Holiday(LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 7), "所庆")),
                List.of(), Map.of(LocalDate.of(2031, 3, 3), List.of()));

        CalendarDefinition taken = own.withYearsOf(shipped, Set.of(2031));

        assertThat(taken.holidays()).containsExactly(own.holidays().get(0), springFestival);
        assertThat(taken.workdays()).containsExactly(LocalDate.of(2031, 1, 19));
        assertThat(taken.overrides()).isEqualTo(own.overrides());
        assertThat(taken.name()).isEqualTo("ours");
        assertThat(taken.calendar().isWorkingDay(LocalDate.of(2031, 1, 24))).isFalse();
    }
}
