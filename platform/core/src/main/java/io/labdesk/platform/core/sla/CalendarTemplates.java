package io.labdesk.platform.core.sla;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
        try {
            CalendarDefinition d = CalendarDefinition.parse(definition);
            return new Template(id, d.name(), d.nameEn(), d.calendar());
        } catch (RuntimeException e) {
            throw invalid(Path.of(id + ".yaml"), e.getMessage());
        }
    }

    /** The templates in the configured tenants folder's calendars/, by id. */
    public static java.util.SortedMap<String, CalendarDefinition> available() {
        java.util.SortedMap<String, CalendarDefinition> templates = new java.util.TreeMap<>();
        io.labdesk.platform.core.config.Setting.TENANTS_DIR.value().map(dir -> Path.of(dir, "calendars"))
                .filter(Files::isDirectory).ifPresent(dir -> {
                    try (var files = Files.list(dir)) {
                        files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().forEach(f -> {
                            String id = f.getFileName().toString().replaceFirst("\\.yaml$", "");
                            definitionText(id).map(CalendarDefinition::parse).ifPresent(d -> templates.put(id, d));
                        });
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
        return templates;
    }

    private static IllegalArgumentException invalid(Path file, String why) {
        return new IllegalArgumentException("Calendar " + file.getFileName() + ": " + why);
    }
}
