package io.labdesk.platform.core.onboarding;

import io.labdesk.platform.api.request.Priority;
import io.labdesk.platform.core.config.Setting;
import io.labdesk.platform.core.intake.IntakeForm;
import io.labdesk.platform.core.settings.TenantSettings;
import io.labdesk.platform.core.sla.SlaClock;
import io.labdesk.platform.core.sla.SlaPolicy;
import io.labdesk.platform.core.sla.SlaPolicyCheck;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the tenant templates in the tenants folder's templates/ and says precisely what is wrong with a bad one.
 * SLA targets in a template refine the default policy: a target for the same type, priority and emergency
 * replaces the default's, others are added.
 */
public final class TenantTemplates {

    private static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9-]{1,62}$");

    private TenantTemplates() {
    }

    /** Every template in the configured folder, in file-name order; none without a folder. */
    public static List<TenantTemplate> available() {
        Optional<Path> dir = Setting.TENANTS_DIR.value().map(d -> Path.of(d, "templates")).filter(Files::isDirectory);
        if (dir.isEmpty()) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir.get())) {
            List<TenantTemplate> templates = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                templates.add(read(file));
            }
            return templates;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Optional<TenantTemplate> find(String id) {
        return id == null ? Optional.empty() : available().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public static TenantTemplate read(Path file) throws IOException {
        String id = file.getFileName().toString().replaceFirst("\\.yaml$", "");
        if (!ID.matcher(id).matches()) {
            throw invalid(file, "the file name must be 2-63 lower-case letters, digits or '-' and .yaml");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            if (!(root instanceof Map<?, ?> map)) {
                throw invalid(file, "expected a mapping with name, calendar, modules and sla");
            }
            return parse(file, id, map);
        }
    }

    private static TenantTemplate parse(Path file, String id, Map<?, ?> map) {
        String timeZone = textOr(map, "timeZone", "Asia/Shanghai");
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw invalid(file, "timeZone '" + timeZone + "' is not a time-zone id such as Asia/Shanghai");
        }
        String locale = textOr(map, "locale", "zh-CN");
        if (!TenantSettings.LOCALES.contains(locale)) {
            throw invalid(file, "locale must be one of " + TenantSettings.LOCALES);
        }
        String calendar = text(map, "calendar");
        if (calendar != null && !ID.matcher(calendar).matches()) {
            throw invalid(file, "calendar '" + calendar + "' must name a file in tenants/calendars/ without .yaml");
        }
        List<String> modules = ids(file, map, "modules", ID);
        List<String> types = ids(file, map, "requestTypes", Pattern.compile("^[A-Z][A-Z0-9_]{1,39}$"));
        SlaPolicy sla = sla(file, map.get("sla"));
        Set<String> known = new HashSet<>(types);
        sla.rules().stream().map(SlaPolicy.Rule::type).filter(t -> t != null).forEach(known::add);
        Map<String, String> problems = SlaPolicyCheck.problems(sla, known);
        if (!problems.isEmpty()) {
            throw invalid(file, "sla: " + problems);
        }
        String name = text(map, "name");
        if (name == null) {
            throw invalid(file, "'name' is required");
        }
        return new TenantTemplate(id, name, text(map, "nameEn"), text(map, "description"),
                text(map, "descriptionEn"), locale, timeZone, calendar, modules, sla, types, form(file, map.get("form")),
                moduleSettings(file, map.get("moduleSettings"), modules));
    }

    /** {@code form: {emergency: HIDDEN, contactEmail: REQUIRED}}: what the public request form asks, checked whole. */
    private static Map<String, IntakeForm.FieldRule> form(Path file, Object value) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> entries)) {
            throw invalid(file, "form must map fields to REQUIRED, OPTIONAL or HIDDEN");
        }
        Map<String, IntakeForm.FieldRule> rules = new java.util.LinkedHashMap<>();
        for (Map.Entry<?, ?> e : entries.entrySet()) {
            String field = String.valueOf(e.getKey());
            if (!IntakeForm.FIELDS.contains(field)) {
                throw invalid(file, "form: '" + field + "' is none of " + IntakeForm.FIELDS);
            }
            try {
                rules.put(field, IntakeForm.FieldRule.valueOf(String.valueOf(e.getValue())));
            } catch (IllegalArgumentException ex) {
                throw invalid(file, "form: " + field + " is REQUIRED, OPTIONAL or HIDDEN");
            }
        }
        Map<String, String> problems = IntakeForm.defaults().withFields(rules).problems();
        if (!problems.isEmpty()) {
            throw invalid(file, "form: " + problems);
        }
        return rules;
    }

    /**
     * {@code moduleSettings: {instruments: {localArea: 武汉市, proposalHours: 12}}}: settings of modules the template
     * switches on, as text; the module checks them against its schema when an institution is created.
     */
    private static Map<String, Map<String, String>> moduleSettings(Path file, Object value, List<String> modules) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> entries)) {
            throw invalid(file, "moduleSettings must map module ids to their settings");
        }
        Map<String, Map<String, String>> settings = new java.util.LinkedHashMap<>();
        for (Map.Entry<?, ?> e : entries.entrySet()) {
            String module = String.valueOf(e.getKey());
            if (!modules.contains(module)) {
                throw invalid(file, "moduleSettings: '" + module + "' is not among the modules it switches on "
                        + modules);
            }
            if (!(e.getValue() instanceof Map<?, ?> values) || values.values().stream()
                    .anyMatch(v -> v == null || v instanceof Map || v instanceof List)) {
                throw invalid(file, "moduleSettings: " + module + " must map setting keys to single values");
            }
            Map<String, String> texts = new java.util.LinkedHashMap<>();
            values.forEach((k, v) -> texts.put(String.valueOf(k), String.valueOf(v)));
            settings.put(module, texts);
        }
        return settings;
    }

    private static SlaPolicy sla(Path file, Object value) {
        SlaPolicy defaults = SlaPolicy.defaults();
        if (value == null) {
            return defaults;
        }
        if (!(value instanceof Map<?, ?> sla)) {
            throw invalid(file, "sla must be a mapping with warningPercent, goals and targets");
        }
        List<SlaPolicy.Rule> rules = new ArrayList<>(defaults.rules());
        Object targets = sla.get("targets");
        if (targets != null) {
            if (!(targets instanceof List<?> list)) {
                throw invalid(file, "sla.targets must be a list");
            }
            for (Object entry : list) {
                if (!(entry instanceof Map<?, ?> t)) {
                    throw invalid(file, "each sla target is a mapping with kind and minutes");
                }
                try {
                    String type = text(t, "type");
                    Priority priority = text(t, "priority") == null ? null : Priority.valueOf(text(t, "priority"));
                    boolean emergency = Boolean.parseBoolean(textOr(t, "emergency", "false"));
                    SlaPolicy.Kind kind = SlaPolicy.Kind.valueOf(text(t, "kind"));
                    long minutes = Long.parseLong(text(t, "minutes"));
                    SlaClock.Target target = Boolean.parseBoolean(textOr(t, "clock", "false"))
                            ? SlaClock.Target.clockMinutes(minutes) : SlaClock.Target.businessMinutes(minutes);
                    merge(rules, type, priority, emergency, kind, target);
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw invalid(file, "sla target " + t + ": kind is one of " + List.of(SlaPolicy.Kind.values())
                            + ", minutes a whole number, priority one of " + List.of(Priority.values()));
                }
            }
        }
        try {
            return new SlaPolicy(rules,
                    Integer.parseInt(textOr(sla, "warningPercent", String.valueOf(defaults.warningPercent()))),
                    Integer.parseInt(textOr(sla, "responseGoalPercent",
                            String.valueOf(defaults.responseGoalPercent()))),
                    Integer.parseInt(textOr(sla, "deliveryGoalPercent",
                            String.valueOf(defaults.deliveryGoalPercent()))),
                    defaults.escalationRecipients());
        } catch (NumberFormatException e) {
            throw invalid(file, "sla percentages must be whole numbers");
        }
    }

    private static void merge(List<SlaPolicy.Rule> rules, String type, Priority priority, boolean emergency,
                              SlaPolicy.Kind kind, SlaClock.Target target) {
        for (int i = 0; i < rules.size(); i++) {
            SlaPolicy.Rule r = rules.get(i);
            if (java.util.Objects.equals(r.type(), type) && r.priority() == priority && r.emergency() == emergency) {
                Map<SlaPolicy.Kind, SlaClock.Target> targets = new EnumMap<>(SlaPolicy.Kind.class);
                targets.putAll(r.targets());
                targets.put(kind, target);
                rules.set(i, new SlaPolicy.Rule(type, priority, emergency, targets));
                return;
            }
        }
        rules.add(new SlaPolicy.Rule(type, priority, emergency, Map.of(kind, target)));
    }

    private static List<String> ids(Path file, Map<?, ?> map, String key, Pattern pattern) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || list.stream().anyMatch(m -> !(m instanceof String s)
                || !pattern.matcher(s).matches())) {
            throw invalid(file, key + " must be a list of ids");
        }
        return list.stream().map(String.class::cast).toList();
    }

    private static String textOr(Map<?, ?> map, String key, String fallback) {
        String v = text(map, key);
        return v == null ? fallback : v;
    }

    private static String text(Map<?, ?> map, String key) {
        Object v = map.get(key);
        return v == null || String.valueOf(v).isBlank() ? null : String.valueOf(v).strip();
    }

    private static IllegalArgumentException invalid(Path file, String why) {
        return new IllegalArgumentException("Tenant template " + file.getFileName() + ": " + why);
    }
}
