package io.labdesk.platform.core.onboarding;

import io.labdesk.platform.api.identity.Qualifications;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.staff.TrainingRecord;
import io.labdesk.platform.core.staff.TrainingRules;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads tenant definition files (one YAML file per tenant) and says precisely what is wrong with a bad one. */
public final class TenantDefinitions {

    private static final Pattern SLUG = Pattern.compile("^[a-z0-9][a-z0-9-]{1,62}$");

    private TenantDefinitions() {
    }

    /** Every {@code *.yaml} / {@code *.yml} file directly in {@code dir}, in file-name order. */
    public static List<TenantDefinition> readAll(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> yaml = files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                    .sorted().toList();
            List<TenantDefinition> definitions = new ArrayList<>();
            for (Path file : yaml) {
                definitions.add(read(file));
            }
            return definitions;
        }
    }

    public static TenantDefinition read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            if (!(root instanceof Map<?, ?> map)) {
                throw invalid(file, "expected a mapping with slug, name, locale, timeZone and staff");
            }
            return parse(file, map);
        }
    }

    private static TenantDefinition parse(Path file, Map<?, ?> map) {
        String slug = text(file, map, "slug", true);
        if (!SLUG.matcher(slug).matches()) {
            throw invalid(file, "slug '" + slug + "' must be 2-63 lower-case letters, digits or '-'");
        }
        String locale = textOr(file, map, "locale", "zh-CN");
        try {
            new Locale.Builder().setLanguageTag(locale);
        } catch (IllformedLocaleException e) {
            throw invalid(file, "locale '" + locale + "' is not a language tag such as zh-CN or en");
        }
        String timeZone = textOr(file, map, "timeZone", "Asia/Shanghai");
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw invalid(file, "timeZone '" + timeZone + "' is not a time-zone id such as Asia/Shanghai");
        }
        List<TenantDefinition.Staff> staff = new ArrayList<>();
        Object staffList = map.get("staff");
        if (staffList != null) {
            if (!(staffList instanceof List<?> list)) {
                throw invalid(file, "staff must be a list");
            }
            for (Object entry : list) {
                if (!(entry instanceof Map<?, ?> person)) {
                    throw invalid(file, "each staff entry must be a mapping with username and roles");
                }
                staff.add(new TenantDefinition.Staff(text(file, person, "username", true),
                        text(file, person, "name", false), text(file, person, "email", false),
                        roles(file, person.get("roles")), training(file, person.get("training"))));
            }
        }
        String calendar = text(file, map, "calendar", false);
        if (calendar != null && !SLUG.matcher(calendar).matches()) {
            throw invalid(file, "calendar '" + calendar + "' must name a file in tenants/calendars/ without .yaml");
        }
        List<TenantDefinition.DemoRequest> requests = new ArrayList<>();
        Object requestList = map.get("requests");
        if (requestList instanceof List<?> list) {
            for (Object entry : list) {
                if (!(entry instanceof Map<?, ?> r)) {
                    throw invalid(file, "each request must be a mapping");
                }
                try {
                    requests.add(new TenantDefinition.DemoRequest(text(file, r, "key", true),
                            new io.labdesk.platform.core.request.Intake(text(file, r, "type", true),
                                    io.labdesk.platform.api.request.Priority.valueOf(textOr(file, r, "priority", "NORMAL")),
                                    Boolean.parseBoolean(textOr(file, r, "emergency", "false")),
                                    io.labdesk.platform.api.request.Channel.valueOf(textOr(file, r, "channel", "PHONE")),
                                    text(file, r, "subject", true), text(file, r, "description", true),
                                    text(file, r, "organisation", false), text(file, r, "contact", true),
                                    text(file, r, "phone", false), text(file, r, "email", false),
                                    text(file, r, "language", false))));
                } catch (IllegalArgumentException e) {
                    throw invalid(file, "request " + r.get("key") + ": " + e.getMessage());
                }
            }
        }
        List<String> modules = new ArrayList<>();
        Object moduleList = map.get("modules");
        if (moduleList != null) {
            if (!(moduleList instanceof List<?> list) || list.stream().anyMatch(m -> !(m instanceof String id)
                    || !SLUG.matcher(id).matches())) {
                throw invalid(file, "modules must be a list of module ids");
            }
            list.forEach(m -> modules.add((String) m));
        }
        return new TenantDefinition(slug, text(file, map, "name", true), text(file, map, "nameEn", false),
                locale, timeZone, calendar, staff, requests, modules);
    }

    private static List<TrainingRules.Entry> training(Path file, Object value) {
        List<TrainingRules.Entry> entries = new ArrayList<>();
        if (value == null) {
            return entries;
        }
        if (!(value instanceof List<?> list)) {
            throw invalid(file, "training must be a list");
        }
        for (Object entry : list) {
            if (!(entry instanceof Map<?, ?> t)) {
                throw invalid(file, "each training entry must be a mapping with category, kind, title, heldOn, result");
            }
            try {
                entries.add(new TrainingRules.Entry(
                        TrainingRecord.Category.valueOf(text(file, t, "category", true)),
                        Qualifications.Kind.valueOf(text(file, t, "kind", true)), text(file, t, "title", true),
                        date(t.get("heldOn")), date(t.get("validUntil")), text(file, t, "assessedBy", false),
                        TrainingRecord.Result.valueOf(text(file, t, "result", true)), text(file, t, "note", false)));
            } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
                throw invalid(file, "training '" + t.get("title") + "': " + e.getMessage());
            }
        }
        return entries;
    }

    /** YAML reads an unquoted 2026-03-01 as a timestamp at midnight UTC; quoted, it is text. */
    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.util.Date d) {
            return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.parse(String.valueOf(value).strip());
    }

    private static EnumSet<TenantRole> roles(Path file, Object value) {
        EnumSet<TenantRole> roles = EnumSet.noneOf(TenantRole.class);
        if (value == null) {
            return roles;
        }
        if (!(value instanceof List<?> list)) {
            throw invalid(file, "roles must be a list such as [TENANT_ADMIN, TESTER]");
        }
        for (Object role : list) {
            try {
                roles.add(TenantRole.valueOf(String.valueOf(role).strip()));
            } catch (IllegalArgumentException e) {
                throw invalid(file, "unknown role '" + role + "'; known roles: " + List.of(TenantRole.values()));
            }
        }
        return roles;
    }

    private static String textOr(Path file, Map<?, ?> map, String key, String fallback) {
        String v = text(file, map, key, false);
        return v == null ? fallback : v;
    }

    private static String text(Path file, Map<?, ?> map, String key, boolean required) {
        Object v = map.get(key);
        if (v == null || String.valueOf(v).isBlank()) {
            if (required) {
                throw invalid(file, "'" + key + "' is required");
            }
            return null;
        }
        return String.valueOf(v).strip();
    }

    private static IllegalArgumentException invalid(Path file, String why) {
        return new IllegalArgumentException("Tenant definition " + file.getFileName() + ": " + why);
    }
}
