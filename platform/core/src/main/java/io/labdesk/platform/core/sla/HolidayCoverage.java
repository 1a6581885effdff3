package io.labdesk.platform.core.sla;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Which years a calendar knows the holidays of. A year without any holiday or make-up working day would count the
 * Spring Festival as working days, so a year that has begun or begins within {@link #WARNING_DAYS} days and has
 * none is reported before its deadlines go wrong.
 */
public final class HolidayCoverage {

    /** How long before a year starts its missing holidays are reported. */
    public static final int WARNING_DAYS = 60;

    private HolidayCoverage() {
    }

    /** The years with at least one holiday day or make-up working day. */
    public static SortedSet<Integer> years(CalendarDefinition definition) {
        SortedSet<Integer> years = new TreeSet<>();
        for (CalendarDefinition.Holiday h : definition.holidays()) {
            IntStream.rangeClosed(h.from().getYear(), h.to().getYear()).forEach(years::add);
        }
        definition.workdays().forEach(d -> years.add(d.getYear()));
        return years;
    }

    /** As {@link #missingYears(CalendarDefinition, LocalDate)} on today in the calendar's time zone. */
    public static List<Integer> missingYears(CalendarDefinition definition) {
        return missingYears(definition, LocalDate.now(java.time.ZoneId.of(definition.timeZone())));
    }

    /** The years from this one to the one {@link #WARNING_DAYS} days ahead that have no holiday data. */
    public static List<Integer> missingYears(CalendarDefinition definition, LocalDate today) {
        SortedSet<Integer> known = years(definition);
        return IntStream.rangeClosed(today.getYear(), today.plusDays(WARNING_DAYS).getYear()).boxed()
                .filter(year -> !known.contains(year)).toList();
    }
}
