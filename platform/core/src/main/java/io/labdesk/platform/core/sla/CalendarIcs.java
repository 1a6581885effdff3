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

    /**
     * Adds the all-day events of {@code ics} to {@code builder}: WORKDAY (or a summary containing 上班/班) as
     * make-up working days, every other all-day event as days off.
     */
    public static int importInto(String ics, BusinessCalendar.Builder builder) {
        int days = 0;
        LocalDate start = null;
        LocalDate end = null;
        boolean workday = false;
        boolean inEvent = false;
        for (String line : unfold(ics)) {
            String upper = line.toUpperCase();
            if (upper.equals("BEGIN:VEVENT")) {
                inEvent = true;
                start = null;
                end = null;
                workday = false;
            } else if (upper.equals("END:VEVENT") && inEvent) {
                inEvent = false;
                if (start == null) {
                    throw new IllegalArgumentException("An event has no DTSTART");
                }
                LocalDate last = end == null ? start : end.minusDays(1);
                for (LocalDate d = start; !d.isAfter(last); d = d.plusDays(1)) {
                    if (workday) {
                        builder.makeUpWorkday(d);
                    } else {
                        builder.holidays(d, d);
                    }
                    days++;
                }
            } else if (inEvent && upper.startsWith("DTSTART")) {
                start = date(line);
            } else if (inEvent && upper.startsWith("DTEND")) {
                end = date(line);
            } else if (inEvent && (upper.startsWith("CATEGORIES") || upper.startsWith("X-LABDESK-KIND"))) {
                workday |= upper.contains("WORKDAY");
            } else if (inEvent && upper.startsWith("SUMMARY")) {
                workday |= line.contains("上班");
            }
        }
        return days;
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
