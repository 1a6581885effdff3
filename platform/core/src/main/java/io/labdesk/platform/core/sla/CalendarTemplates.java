package io.labdesk.platform.core.sla;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads a calendar template (tenants/calendars/NAME.yaml): time zone, working week and hours, special days. */
public final class CalendarTemplates {

    private CalendarTemplates() {
    }

    public record Template(String id, String name, String nameEn, BusinessCalendar calendar) {
    }

    /** The text of template {@code id} in the configured tenants folder's calendars/, if there is one. */
    public static java.util.Optional<String> definitionText(String id) {
        return io.labdesk.platform.core.config.Setting.TENANTS_DIR.value()
                .map(dir -> Path.of(dir, "calendars", id + ".yaml"))
                .filter(Files::isRegularFile)
                .map(file -> {
                    try {
                        return Files.readString(file, StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
    }

    public static Template read(Path file) throws IOException {
        String id = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        return parse(id, Files.readString(file, StandardCharsets.UTF_8));
    }

    /** A calendar from its definition text (the format of tenants/calendars/*.yaml). */
    public static Template parse(String id, String definition) {
        Path file = Path.of(id + ".yaml");
        try (Reader reader = new java.io.StringReader(definition)) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            if (!(root instanceof Map<?, ?> map)) {
                throw invalid(file, "expected a mapping with timeZone, weekdays, hours, holidays, workdays");
            }
            try {
                BusinessCalendar.Builder builder = BusinessCalendar.builder(ZoneId.of(String.valueOf(
                        map.containsKey("timeZone") ? map.get("timeZone") : "Asia/Shanghai")));
                List<DayOfWeek> weekdays = list(map.get("weekdays")).stream()
                        .map(d -> DayOfWeek.valueOf(String.valueOf(d).strip().toUpperCase())).toList();
                builder.hours(weekdays, list(map.get("hours")).stream().map(String::valueOf).toList());
                for (Object range : list(map.get("holidays"))) {
                    List<?> r = list(range);
                    builder.holidays(date(r.get(0)), date(r.get(1)));
                }
                for (Object day : list(map.get("workdays"))) {
                    builder.makeUpWorkday(date(day));
                }
                return new Template(id, String.valueOf(map.get("name")), (String) map.get("nameEn"), builder.build());
            } catch (RuntimeException e) {
                throw invalid(file, e.getMessage());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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

    private static IllegalArgumentException invalid(Path file, String why) {
        return new IllegalArgumentException("Calendar " + file.getFileName() + ": " + why);
    }
}
