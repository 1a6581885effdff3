package io.labdesk.platform.core.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * When an institution works: a time zone, weekly working hours with breaks, holidays, make-up working days on
 * weekends (China's 调休, which follow a normal working day's hours) and explicit hours for single dates. Plain
 * Java, immutable, thread-safe.
 *
 * <p>Answers {@link #deadline} and {@link #businessTimeBetween} in time that does not depend on the span: business
 * seconds are counted from a fixed origin with a per-day running total, so any instant maps to a position on a
 * business-time line in O(1) and a position back to an instant with one binary search over a fixed table. Hours
 * are wall-clock hours in the calendar's zone, so a working day stays 08:30–17:30 across daylight-saving changes.
 */
public final class BusinessCalendar {

    /** Dates from this day on are tabulated; earlier ones are not supported. */
    static final LocalDate ORIGIN = LocalDate.of(1970, 1, 1);
    private static final long ORIGIN_DAY = ORIGIN.toEpochDay();
    /** Tabulated up to here (or past the last special date); later dates follow the weekly pattern. */
    private static final LocalDate DEFAULT_END = LocalDate.of(2100, 12, 31);

    private final ZoneId zone;
    private final Map<DayOfWeek, int[]> weekly;
    private final NavigableMap<LocalDate, int[]> special;
    private final NavigableMap<LocalDate, DayKind> specialKinds;
    private final long weekSeconds;
    /** prefix[i]: business seconds from ORIGIN to the start of ORIGIN + i days. */
    private final long[] prefix;

    /** Why a date differs from the weekly pattern. */
    public enum DayKind { HOLIDAY, MAKE_UP_WORKDAY, OVERRIDE }

    private BusinessCalendar(Builder b) {
        this.zone = b.zone;
        this.weekly = new EnumMap<>(b.weekly);
        this.special = new TreeMap<>();
        this.specialKinds = Collections.unmodifiableNavigableMap(new TreeMap<>(b.kinds));
        int[] makeUpHours = weekly.getOrDefault(b.makeUpHoursFrom, new int[0]);
        b.kinds.forEach((date, kind) -> special.put(date, switch (kind) {
            case HOLIDAY -> new int[0];
            case MAKE_UP_WORKDAY -> makeUpHours;
            case OVERRIDE -> b.overrides.get(date);
        }));
        long week = 0;
        for (DayOfWeek d : DayOfWeek.values()) {
            week += seconds(weekly.getOrDefault(d, new int[0]));
        }
        this.weekSeconds = week;
        LocalDate end = special.isEmpty() || special.lastKey().isBefore(DEFAULT_END) ? DEFAULT_END
                : special.lastKey().plusDays(1);
        int days = (int) (end.toEpochDay() - ORIGIN_DAY + 1);
        this.prefix = new long[days + 1];
        LocalDate date = ORIGIN;
        for (int i = 0; i < days; i++, date = date.plusDays(1)) {
            prefix[i + 1] = prefix[i] + seconds(hoursOn(date));
        }
    }

    public static Builder builder(ZoneId zone) {
        return new Builder(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** Working intervals of {@code date} as [start, end) seconds of the day, flattened: s0, e0, s1, e1, … */
    int[] hoursOn(LocalDate date) {
        int[] s = special.get(date);
        return s != null ? s : weekly.getOrDefault(date.getDayOfWeek(), new int[0]);
    }

    public boolean isWorkingDay(LocalDate date) {
        return hoursOn(date).length > 0;
    }

    /** Dates that differ from the weekly pattern, and why. */
    public NavigableMap<LocalDate, DayKind> specialDays() {
        return specialKinds;
    }

    /** Weekly working hours, as "HH:mm-HH:mm" intervals per day. */
    public Map<DayOfWeek, List<String>> weeklyHours() {
        Map<DayOfWeek, List<String>> hours = new EnumMap<>(DayOfWeek.class);
        weekly.forEach((day, intervals) -> hours.put(day, describe(intervals)));
        return hours;
    }

    public List<String> hoursOfDate(LocalDate date) {
        return describe(hoursOn(date));
    }

    /**
     * The instant at which {@code businessTime} of working time after {@code start} has passed. A deadline
     * that is reached exactly at the end of a working interval is that end (17:30), not the next morning.
     */
    public Instant deadline(Instant start, Duration businessTime) {
        if (businessTime.isNegative()) {
            throw new IllegalArgumentException("business time must not be negative");
        }
        if (businessTime.isZero()) {
            return start;
        }
        if (weekSeconds == 0 && special.values().stream().allMatch(h -> h.length == 0)) {
            throw new IllegalStateException("This calendar has no working time");
        }
        long target = position(start) + businessTime.toSeconds();
        long day = dayReaching(target);
        long remaining = target - cumulative(day);
        LocalDate date = LocalDate.ofEpochDay(day);
        int[] hours = hoursOn(date);
        for (int i = 0; i < hours.length; i += 2) {
            long length = hours[i + 1] - hours[i];
            if (remaining <= length) {
                return at(date, hours[i] + remaining);
            }
            remaining -= length;
        }
        throw new IllegalStateException("unreachable: " + date);
    }

    /**
     * The end of the {@code days}-th working day after the day of {@code start} ("refund within 5 working days"): the
     * close of that day's last working interval; the day of {@code start} itself does not count.
     */
    public Instant endOfWorkingDays(Instant start, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("at least one working day");
        }
        LocalDate date = start.atZone(zone).toLocalDate();
        int counted = 0;
        // A calendar with no working day for ten years is broken, not slow.
        for (int i = 0; i < 3660; i++) {
            date = date.plusDays(1);
            int[] hours = hoursOn(date);
            if (hours.length > 0 && ++counted == days) {
                return at(date, hours[hours.length - 1]);
            }
        }
        throw new IllegalStateException("This calendar has no working days");
    }

    /** Working time from {@code from} to {@code to}, less the working time within {@code pauses}. */
    public Duration businessTimeBetween(Instant from, Instant to, List<Pause> pauses) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        long total = position(to) - position(from);
        for (Pause p : merged(pauses)) {
            Instant a = p.from().isBefore(from) ? from : p.from();
            Instant b = p.to() == null || p.to().isAfter(to) ? to : p.to();
            if (b.isAfter(a)) {
                total -= position(b) - position(a);
            }
        }
        return Duration.ofSeconds(total);
    }

    public Duration businessTimeBetween(Instant from, Instant to) {
        return businessTimeBetween(from, to, List.of());
    }

    /** A stretch during which the clock stops (e.g. waiting for the customer); an open pause has no end yet. */
    public record Pause(Instant from, Instant to) {
    }

    /** Business seconds from ORIGIN to {@code t}. */
    long position(Instant t) {
        LocalDateTime local = LocalDateTime.ofInstant(t, zone);
        LocalDate date = local.toLocalDate();
        if (date.isBefore(ORIGIN)) {
            throw new IllegalArgumentException("dates before " + ORIGIN + " are not supported");
        }
        int second = local.toLocalTime().toSecondOfDay();
        long within = 0;
        int[] hours = hoursOn(date);
        for (int i = 0; i < hours.length; i += 2) {
            if (second <= hours[i]) {
                break;
            }
            within += Math.min(second, hours[i + 1]) - hours[i];
        }
        return cumulative(date.toEpochDay()) + within;
    }

    /** Business seconds from ORIGIN to the start of epoch day {@code day}. */
    private long cumulative(long day) {
        long index = day - ORIGIN_DAY;
        int last = prefix.length - 1;
        if (index <= last) {
            return prefix[(int) index];
        }
        return prefix[last] + weeklySeconds(ORIGIN_DAY + last, day);
    }

    /** Pure weekly-pattern seconds over the days [from, to). */
    private long weeklySeconds(long from, long to) {
        long days = to - from;
        long total = (days / 7) * weekSeconds;
        LocalDate d = LocalDate.ofEpochDay(from + (days / 7) * 7);
        for (long i = 0; i < days % 7; i++, d = d.plusDays(1)) {
            total += seconds(weekly.getOrDefault(d.getDayOfWeek(), new int[0]));
        }
        return total;
    }

    /** The first day by whose end {@code target} business seconds have passed. */
    private long dayReaching(long target) {
        int last = prefix.length - 1;
        if (target <= prefix[last]) {
            int index = Arrays.binarySearch(prefix, target);
            if (index < 0) {
                index = -index - 1;
            } else {
                while (index > 0 && prefix[index - 1] == target) {
                    index--;
                }
            }
            // prefix[index] is the first running total >= target: the day before it reaches it.
            return ORIGIN_DAY + index - 1;
        }
        long beyond = target - prefix[last];
        long weeks = (beyond - 1) / weekSeconds;
        long day = ORIGIN_DAY + last + weeks * 7;
        while (cumulative(day + 1) < target) {
            day++;
        }
        return day;
    }

    private Instant at(LocalDate date, long secondOfDay) {
        LocalDateTime local = secondOfDay >= 86_400 ? date.plusDays(1).atStartOfDay()
                : date.atTime(LocalTime.ofSecondOfDay(secondOfDay));
        return ZonedDateTime.of(local, zone).toInstant();
    }

    private static List<Pause> merged(List<Pause> pauses) {
        List<Pause> sorted = new ArrayList<>(pauses);
        sorted.sort((x, y) -> x.from().compareTo(y.from()));
        List<Pause> out = new ArrayList<>();
        for (Pause p : sorted) {
            if (!out.isEmpty()) {
                Pause last = out.get(out.size() - 1);
                if (last.to() == null || !p.from().isAfter(last.to())) {
                    Instant end = last.to() == null || p.to() == null ? null
                            : (p.to().isAfter(last.to()) ? p.to() : last.to());
                    out.set(out.size() - 1, new Pause(last.from(), end));
                    continue;
                }
            }
            out.add(p);
        }
        return out;
    }

    private static long seconds(int[] hours) {
        long s = 0;
        for (int i = 0; i < hours.length; i += 2) {
            s += hours[i + 1] - hours[i];
        }
        return s;
    }

    private static List<String> describe(int[] hours) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < hours.length; i += 2) {
            out.add(time(hours[i]) + "-" + time(hours[i + 1]));
        }
        return out;
    }

    private static String time(int second) {
        return second >= 86_400 ? "24:00" : LocalTime.ofSecondOfDay(second).toString();
    }

    /** Builds a calendar; intervals are written "08:30-12:00" and must not overlap. */
    public static final class Builder {
        private final ZoneId zone;
        private final Map<DayOfWeek, int[]> weekly = new EnumMap<>(DayOfWeek.class);
        private final TreeMap<LocalDate, DayKind> kinds = new TreeMap<>();
        private final Map<LocalDate, int[]> overrides = new TreeMap<>();
        private DayOfWeek makeUpHoursFrom = DayOfWeek.MONDAY;

        private Builder(ZoneId zone) {
            this.zone = zone;
        }

        public Builder hours(List<DayOfWeek> days, List<String> intervals) {
            int[] parsed = parse(intervals);
            days.forEach(d -> weekly.put(d, parsed));
            return this;
        }

        /** Make-up working days work the hours of this weekday (Monday unless said otherwise). */
        public Builder makeUpHoursFrom(DayOfWeek day) {
            this.makeUpHoursFrom = day;
            return this;
        }

        /** Days off from {@code from} to {@code to}, both included. */
        public Builder holidays(LocalDate from, LocalDate to) {
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("holiday range " + from + ".." + to + " ends before it starts");
            }
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                kinds.put(d, DayKind.HOLIDAY);
            }
            return this;
        }

        public Builder makeUpWorkday(LocalDate date) {
            kinds.put(date, DayKind.MAKE_UP_WORKDAY);
            return this;
        }

        /** Exactly these hours on {@code date}; none means closed. */
        public Builder override(LocalDate date, List<String> intervals) {
            kinds.put(date, DayKind.OVERRIDE);
            overrides.put(date, parse(intervals));
            return this;
        }

        public BusinessCalendar build() {
            if (kinds.firstEntry() != null && kinds.firstKey().isBefore(ORIGIN)) {
                throw new IllegalArgumentException("dates before " + ORIGIN + " are not supported");
            }
            return new BusinessCalendar(this);
        }

        static int[] parse(List<String> intervals) {
            int[] out = new int[intervals.size() * 2];
            int previousEnd = -1;
            List<String> sorted = new ArrayList<>(intervals);
            Collections.sort(sorted);
            for (int i = 0; i < sorted.size(); i++) {
                String[] parts = sorted.get(i).strip().split("-");
                if (parts.length != 2) {
                    throw new IllegalArgumentException("'" + sorted.get(i) + "' is not an interval such as 08:30-12:00");
                }
                int start = secondOfDay(parts[0]);
                int end = secondOfDay(parts[1]);
                if (end <= start || start < previousEnd) {
                    throw new IllegalArgumentException("'" + sorted.get(i) + "' is empty or overlaps another interval");
                }
                out[2 * i] = start;
                out[2 * i + 1] = end;
                previousEnd = end;
            }
            return out;
        }

        private static int secondOfDay(String hhmm) {
            String t = hhmm.strip();
            if ("24:00".equals(t)) {
                return 86_400;
            }
            try {
                return LocalTime.parse(t.length() == 4 ? "0" + t : t).toSecondOfDay();
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("'" + hhmm + "' is not a time such as 08:30", e);
            }
        }
    }
}
