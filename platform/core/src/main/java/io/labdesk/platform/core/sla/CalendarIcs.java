package io.labdesk.platform.core.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A calendar's special days as iCalendar (RFC 5545): all-day events, categorised HOLIDAY or WORKDAY (make-up
 * working day). Weekly hours have no place in ICS; an import adds its days to a calendar's own working week.
 */
public final class CalendarIcs {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private CalendarIcs() {
    }

    public static String export(BusinessCalendar calendar, String name) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//LabDesk//Business calendar//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + escape(name));
        line(ics, "X-WR-TIMEZONE:" + calendar.zone().getId());
        String stamp = STAMP.format(Instant.now());
        for (Map.Entry<LocalDate, BusinessCalendar.DayKind> day : calendar.specialDays().entrySet()) {
            if (day.getValue() == BusinessCalendar.DayKind.OVERRIDE) {
                continue;
            }
            boolean holiday = day.getValue() == BusinessCalendar.DayKind.HOLIDAY;
            String date = DATE.format(day.getKey());
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + (holiday ? "holiday-" : "workday-") + date + "@labdesk");
            line(ics, "DTSTAMP:" + stamp);
            line(ics, "DTSTART;VALUE=DATE:" + date);
            line(ics, "DTEND;VALUE=DATE:" + DATE.format(day.getKey().plusDays(1)));
            line(ics, "SUMMARY:" + (holiday ? "Holiday 休息" : "Working day 上班"));
            line(ics, "CATEGORIES:" + (holiday ? "HOLIDAY" : "WORKDAY"));
            line(ics, "TRANSP:TRANSPARENT");
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** All-day events as read: a day or range off, or make-up working days. */
    public record Day(LocalDate from, LocalDate to, boolean workday, String summary) {
    }

    /**
     * The all-day events of {@code ics}: WORKDAY (or a summary containing 上班) are make-up working days, every
     * other all-day event is time off.
     */
    public static List<Day> days(String ics) {
        if (!ics.strip().toUpperCase().startsWith("BEGIN:VCALENDAR")) {
            throw new IllegalArgumentException("Not an iCalendar file");
        }
        List<Day> days = new ArrayList<>();
        LocalDate start = null;
        LocalDate end = null;
        boolean workday = false;
        String summary = "";
        boolean inEvent = false;
        for (String line : unfold(ics)) {
            String upper = line.toUpperCase();
            if (upper.equals("BEGIN:VEVENT")) {
                inEvent = true;
                start = null;
                end = null;
                workday = false;
                summary = "";
            } else if (upper.equals("END:VEVENT") && inEvent) {
                inEvent = false;
                if (start == null) {
                    throw new IllegalArgumentException("An event has no DTSTART");
                }
                days.add(new Day(start, end == null || !end.isAfter(start) ? start : end.minusDays(1), workday,
                        summary));
            } else if (inEvent && upper.startsWith("DTSTART")) {
                start = date(line);
            } else if (inEvent && upper.startsWith("DTEND")) {
                end = date(line);
            } else if (inEvent && (upper.startsWith("CATEGORIES") || upper.startsWith("X-LABDESK-KIND"))) {
                workday |= upper.contains("WORKDAY");
            } else if (inEvent && upper.startsWith("SUMMARY")) {
                summary = unescape(line.substring(line.indexOf(':') + 1).strip());
                workday |= line.contains("上班");
            }
        }
        return days;
    }

    /** Adds the days of {@code ics} to {@code builder}; answers how many days it added. */
    public static int importInto(String ics, BusinessCalendar.Builder builder) {
        int count = 0;
        for (Day day : days(ics)) {
            for (LocalDate d = day.from(); !d.isAfter(day.to()); d = d.plusDays(1)) {
                if (day.workday()) {
                    builder.makeUpWorkday(d);
                } else {
                    builder.holidays(d, d);
                }
                count++;
            }
        }
        return count;
    }

    /** A definition's holidays (one event per named range) and make-up working days. */
    public static String export(CalendarDefinition definition) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//LabDesk//Business calendar//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + escape(definition.name()));
        line(ics, "X-WR-TIMEZONE:" + definition.timeZone());
        String stamp = STAMP.format(Instant.now());
        for (CalendarDefinition.Holiday h : definition.holidays()) {
            event(ics, "holiday-" + DATE.format(h.from()), stamp, h.from(), h.to(),
                    h.name() == null || h.name().isBlank() ? "Holiday 休息" : h.name(), "HOLIDAY");
        }
        for (LocalDate d : definition.workdays()) {
            event(ics, "workday-" + DATE.format(d), stamp, d, d, "Working day 上班", "WORKDAY");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private static void event(StringBuilder ics, String uid, String stamp, LocalDate from, LocalDate to,
                              String summary, String category) {
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + uid + "@labdesk");
        line(ics, "DTSTAMP:" + stamp);
        line(ics, "DTSTART;VALUE=DATE:" + DATE.format(from));
        line(ics, "DTEND;VALUE=DATE:" + DATE.format(to.plusDays(1)));
        line(ics, "SUMMARY:" + escape(summary));
        line(ics, "CATEGORIES:" + category);
        line(ics, "TRANSP:TRANSPARENT");
        line(ics, "END:VEVENT");
    }

    private static String unescape(String s) {
        return s.replace("\\,", ",").replace("\\;", ";").replace("\\n", " ").replace("\\\\", "\\");
    }

    private static LocalDate date(String line) {
        String value = line.substring(line.indexOf(':') + 1).strip();
        if (value.length() < 8) {
            throw new IllegalArgumentException("'" + line + "' has no date");
        }
        return LocalDate.parse(value.substring(0, 8), DATE);
    }

    private static List<String> unfold(String ics) {
        List<String> lines = new ArrayList<>();
        for (String raw : ics.split("\r?\n")) {
            if ((raw.startsWith(" ") || raw.startsWith("\t")) && !lines.isEmpty()) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + raw.substring(1));
            } else if (!raw.isEmpty()) {
                lines.add(raw);
            }
        }
        return lines;
    }

    private static void line(StringBuilder ics, String line) {
        ics.append(line).append("\r\n");
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;");
    }
}
