package io.labdesk.platform.core.sla;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A business calendar as a tenant edits it and as tenants/calendars/*.yaml write it: names, time zone, working
 * hours per weekday (with breaks), holidays (ranges with a name), make-up working days (调休上班) and date
 * overrides (other hours on one date; none: closed). {@link #calendar()} makes the engine's calendar of it.
 *
 * <p>The YAML takes either {@code weekdays} with one set of {@code hours}, or {@code week} with hours per day.
 */
public record CalendarDefinition(String name, String nameEn, String timeZone, Map<DayOfWeek, List<String>> week,
                                 List<Holiday> holidays, List<LocalDate> workdays,
                                 Map<LocalDate, List<String>> overrides) {

    /** Days off from {@code from} to {@code to}, both included. */
    public record Holiday(LocalDate from, LocalDate to, String name) {
    }

    public CalendarDefinition {
        Map<DayOfWeek, List<String>> days = new EnumMap<>(DayOfWeek.class);
        if (week != null) {
            week.forEach((day, hours) -> days.put(day, List.copyOf(hours)));
        }
        week = java.util.Collections.unmodifiableMap(days);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        workdays = workdays == null ? List.of() : workdays.stream().distinct().sorted().toList();
        Map<LocalDate, List<String>> sorted = new TreeMap<>();
        if (overrides != null) {
            overrides.forEach((date, hours) -> sorted.put(date, List.copyOf(hours)));
        }
        overrides = java.util.Collections.unmodifiableMap(sorted);
    }

    /** The engine's calendar; throws IllegalArgumentException on what {@link #problems} reports. */
    public BusinessCalendar calendar() {
        BusinessCalendar.Builder builder = BusinessCalendar.builder(ZoneId.of(timeZone));
        week.forEach((day, hours) -> {
            if (!hours.isEmpty()) {
                builder.hours(List.of(day), hours);
            }
        });
        holidays.forEach(h -> builder.holidays(h.from(), h.to()));
        workdays.forEach(builder::makeUpWorkday);
        overrides.forEach(builder::override);
        return builder.build();
    }

    /** What is wrong, by field ({@code name}, {@code timeZone}, {@code week.MONDAY}, {@code holidays}, …). */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (name == null || name.isBlank() || name.length() > 200) {
            problems.put("name", "validation.name");
        }
        try {
            ZoneId.of(timeZone == null ? "" : timeZone);
        } catch (DateTimeException e) {
            problems.put("timeZone", "validation.timeZone");
        }
        week.forEach((day, hours) -> {
            if (!hours.isEmpty() && !intervals(hours)) {
                problems.put("week." + day.name(), "validation.calendar.hours");
            }
        });
        if (week.values().stream().allMatch(List::isEmpty)) {
            problems.put("week", "validation.calendar.noWorkingDay");
        }
        for (Holiday h : holidays) {
            if (h.from() == null || h.to() == null || h.to().isBefore(h.from())
                    || h.to().toEpochDay() - h.from().toEpochDay() > 366) {
                problems.put("holidays", "validation.calendar.holiday");
            }
        }
        overrides.forEach((date, hours) -> {
            if (!hours.isEmpty() && !intervals(hours)) {
                problems.put("overrides", "validation.calendar.hours");
            }
        });
        if (problems.isEmpty()) {
            try {
                calendar();
            } catch (IllegalArgumentException e) {
                problems.put("holidays", "validation.calendar.dates");
            }
        }
        return problems;
    }

    private static boolean intervals(List<String> hours) {
        try {
            BusinessCalendar.Builder.parse(hours);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The same calendar with the days of an iCalendar file added (holidays and make-up working days). */
    public CalendarDefinition withIcs(String ics) {
        List<Holiday> moreHolidays = new ArrayList<>(holidays);
        List<LocalDate> moreWorkdays = new ArrayList<>(workdays);
        for (CalendarIcs.Day day : CalendarIcs.days(ics)) {
            if (day.workday()) {
                for (LocalDate d = day.from(); !d.isAfter(day.to()); d = d.plusDays(1)) {
                    moreWorkdays.add(d);
                }
            } else if (!moreHolidays.contains(new Holiday(day.from(), day.to(), day.summary()))) {
                moreHolidays.add(new Holiday(day.from(), day.to(), day.summary()));
            }
        }
        moreHolidays.sort(java.util.Comparator.comparing(Holiday::from));
        return new CalendarDefinition(name, nameEn, timeZone, week, moreHolidays, moreWorkdays, overrides);
    }

    /**
     * The same calendar with the holidays and make-up working days of {@code years} taken from {@code shipped}
     * (a shipped calendar this one follows); its week, its date overrides and its other years stay as they are.
     */
    public CalendarDefinition withYearsOf(CalendarDefinition shipped, java.util.Set<Integer> years) {
        List<Holiday> moreHolidays = new ArrayList<>(holidays);
        List<LocalDate> moreWorkdays = new ArrayList<>(workdays);
        shipped.holidays().stream().filter(h -> years.contains(h.from().getYear()))
                .filter(h -> !moreHolidays.contains(h)).forEach(moreHolidays::add);
        shipped.workdays().stream().filter(d -> years.contains(d.getYear())).forEach(moreWorkdays::add);
        moreHolidays.sort(java.util.Comparator.comparing(Holiday::from));
        return new CalendarDefinition(name, nameEn, timeZone, week, moreHolidays, moreWorkdays, overrides);
    }

    /**
     * The same calendar with {@code year}'s holidays and make-up working days replaced by the ones given, e.g. the
     * year's official notice added to a shipped calendar.
     */
    public CalendarDefinition withYear(int year, List<Holiday> yearHolidays, List<LocalDate> yearWorkdays) {
        List<Holiday> all = new ArrayList<>(holidays.stream().filter(h -> h.from().getYear() != year).toList());
        all.addAll(yearHolidays);
        all.sort(java.util.Comparator.comparing(Holiday::from));
        List<LocalDate> days = new ArrayList<>(workdays.stream().filter(d -> d.getYear() != year).toList());
        days.addAll(yearWorkdays);
        return new CalendarDefinition(name, nameEn, timeZone, week, all, days, overrides);
    }

    /** Only the holidays and make-up working days of {@code years} (what a following calendar took of them). */
    public CalendarDefinition daysOf(java.util.Set<Integer> years) {
        return new CalendarDefinition(name, nameEn, timeZone, Map.of(),
                holidays.stream().filter(h -> years.contains(h.from().getYear())).toList(),
                workdays.stream().filter(d -> years.contains(d.getYear())).toList(), Map.of());
    }

    /**
     * This calendar with a correction of {@code year} in the calendar it follows: the days that {@code was} had and
     * {@code now} has not are taken away, the ones {@code now} adds join; the rest of the year (the institution's
     * own days) and its date overrides stay.
     */
    public CalendarDefinition withCorrection(int year, CalendarDefinition was, CalendarDefinition now) {
        java.util.Set<Integer> only = java.util.Set.of(year);
        List<Holiday> oldHolidays = was.daysOf(only).holidays();
        List<Holiday> newHolidays = now.daysOf(only).holidays();
        List<LocalDate> oldWorkdays = was.daysOf(only).workdays();
        List<LocalDate> newWorkdays = now.daysOf(only).workdays();
        List<Holiday> all = new ArrayList<>(holidays.stream()
                .filter(h -> !oldHolidays.contains(h) || newHolidays.contains(h)).toList());
        newHolidays.stream().filter(h -> !oldHolidays.contains(h) && !all.contains(h)).forEach(all::add);
        all.sort(java.util.Comparator.comparing(Holiday::from));
        List<LocalDate> days = new ArrayList<>(workdays.stream()
                .filter(d -> !oldWorkdays.contains(d) || newWorkdays.contains(d)).toList());
        newWorkdays.stream().filter(d -> !oldWorkdays.contains(d)).forEach(days::add);
        return new CalendarDefinition(name, nameEn, timeZone, week, all, days, overrides);
    }

    /**
     * The name with the years whose holidays it knows, from its data ("中国大陆工作日历（2025–2027）"), so that the
     * name never claims a fixed range once a year is added.
     */
    public String label(boolean english) {
        String base = english && nameEn != null && !nameEn.isBlank() ? nameEn : name;
        List<Integer> years = List.copyOf(HolidayCoverage.years(this));
        if (years.isEmpty()) {
            return base;
        }
        List<String> runs = new ArrayList<>();
        int start = years.get(0);
        int last = start;
        for (int year : years.subList(1, years.size())) {
            if (year != last + 1) {
                runs.add(start == last ? String.valueOf(start) : start + "–" + last);
                start = year;
            }
            last = year;
        }
        runs.add(start == last ? String.valueOf(start) : start + "–" + last);
        return english ? base + " (" + String.join(", ", runs) + ")" : base + "（" + String.join("、", runs) + "）";
    }

    /** Parses the tenants/calendars format. */
    public static CalendarDefinition parse(String yaml) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (!(root instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("expected a mapping with timeZone, weekdays, hours, holidays, workdays");
        }
        Map<DayOfWeek, List<String>> week = new EnumMap<>(DayOfWeek.class);
        if (map.get("week") instanceof Map<?, ?> days) {
            days.forEach((day, hours) -> week.put(day(day), strings(hours)));
        } else {
            List<String> hours = strings(map.get("hours"));
            for (Object day : list(map.get("weekdays"))) {
                week.put(day(day), hours);
            }
        }
        List<Holiday> holidays = new ArrayList<>();
        for (Object range : list(map.get("holidays"))) {
            List<?> r = list(range);
            if (r.size() < 2) {
                throw new IllegalArgumentException("a holiday is [from, to, name]");
            }
            holidays.add(new Holiday(date(r.get(0)), date(r.get(1)), r.size() > 2 ? String.valueOf(r.get(2)) : ""));
        }
        List<LocalDate> workdays = list(map.get("workdays")).stream().map(CalendarDefinition::date).toList();
        Map<LocalDate, List<String>> overrides = new TreeMap<>();
        if (map.get("overrides") instanceof Map<?, ?> o) {
            o.forEach((date, hours) -> overrides.put(date(date), strings(hours)));
        }
        return new CalendarDefinition(String.valueOf(map.get("name")),
                map.get("nameEn") == null ? null : String.valueOf(map.get("nameEn")),
                map.containsKey("timeZone") ? String.valueOf(map.get("timeZone")) : "Asia/Shanghai",
                week, holidays, workdays, overrides);
    }

    /** Writes the tenants/calendars format, hours per weekday. */
    public String yaml() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", name);
        if (nameEn != null && !nameEn.isBlank()) {
            root.put("nameEn", nameEn);
        }
        root.put("timeZone", timeZone);
        Map<String, Object> days = new LinkedHashMap<>();
        week.forEach((day, hours) -> days.put(day.name(), hours));
        root.put("week", days);
        root.put("holidays", holidays.stream().map(h -> List.of(h.from().toString(), h.to().toString(),
                h.name() == null ? "" : h.name())).toList());
        root.put("workdays", workdays.stream().map(LocalDate::toString).toList());
        Map<String, Object> o = new LinkedHashMap<>();
        overrides.forEach((date, hours) -> o.put(date.toString(), hours));
        root.put("overrides", o);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        return new Yaml(options).dump(root);
    }

    private static DayOfWeek day(Object o) {
        return DayOfWeek.valueOf(String.valueOf(o).strip().toUpperCase());
    }

    private static List<String> strings(Object o) {
        return list(o).stream().map(String::valueOf).toList();
    }

    private static List<?> list(Object o) {
        if (o == null) {
            return List.of();
        }
        if (o instanceof List<?> l) {
            return l;
        }
        throw new IllegalArgumentException("expected a list, found " + o);
    }

    /** YAML may hand a date over as text or, unquoted, as a timestamp at midnight UTC. */
    private static LocalDate date(Object o) {
        if (o instanceof Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.parse(String.valueOf(o).strip());
    }
}
