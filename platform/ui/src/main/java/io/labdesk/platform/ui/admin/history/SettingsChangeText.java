package io.labdesk.platform.ui.admin.history;

import io.labdesk.platform.api.language.Languages;
import io.labdesk.platform.api.module.SettingField;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.Yaml;

/**
 * A settings change as its reader reads it: for each field that changed, its label, the value before and the value
 * after, translated (yes/no, priorities, form rules, languages, durations, people, modules). The history stores each
 * area's own description (JSON, YAML or "key=value" pairs); this reads all of them. Lists (holidays, working days)
 * show what was removed and what was added, not the whole list twice.
 */
public final class SettingsChangeText {

    /** One changed field; {@code before} or {@code after} is "—" when the field had or has no value. */
    public record FieldChange(String label, String before, String after) {
    }

    /** The reader's words: the UI's translations, and the names behind codes. */
    public interface Words {

        Locale locale();

        /** The translation of {@code key}, or null when there is none. */
        String find(String key);

        /** A module's setting field, for a change of that module's settings. */
        Optional<SettingField> moduleField(String moduleId, String key);

        String moduleName(String moduleId);

        String typeName(String code);

        String staffName(String username);
    }

    private static final String NONE = "—";

    private SettingsChangeText() {
    }

    public static List<FieldChange> of(String area, String before, String after, Words words) {
        String module = area.startsWith("module:") ? area.substring("module:".length()) : null;
        Map<List<String>, Object> b = fields(area, before);
        Map<List<String>, Object> a = fields(area, after);
        Set<List<String>> paths = new LinkedHashSet<>(b.keySet());
        paths.addAll(a.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (List<String> path : paths) {
            Object was = b.get(path);
            Object is = a.get(path);
            if (java.util.Objects.equals(was, is)) {
                continue;
            }
            String label = label(module, path, words);
            String key = path.get(path.size() - 1);
            if (was instanceof List<?> || is instanceof List<?>) {
                List<String> removed = new ArrayList<>(strings(was));
                removed.removeAll(strings(is));
                List<String> added = new ArrayList<>(strings(is));
                added.removeAll(strings(was));
                changes.add(new FieldChange(label, list(module, path, removed, words),
                        list(module, path, added, words)));
            } else {
                changes.add(new FieldChange(label, value(module, path, key, (String) was, words),
                        value(module, path, key, (String) is, words)));
            }
        }
        return changes;
    }

    // ---- reading the stored descriptions into fields: path → text, or a list of texts

    static Map<List<String>, Object> fields(String area, String text) {
        Map<List<String>, Object> fields = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return fields;
        }
        String t = text.strip();
        if ("plan".equals(area)) {
            fields.put(List.of("modules"), "*".equals(t) ? "*" : List.of(t.split(",")));
            return fields;
        }
        if (t.startsWith("{") || t.startsWith("[")) {
            try {
                flatten(Json.createReader(new StringReader(t)).readValue(), List.of(), fields);
                return fields;
            } catch (JsonException | IllegalStateException e) {
                // not JSON: "{name=…, locale=…}" below
            }
        }
        if (t.startsWith("{") && t.endsWith("}") && t.contains("=")) {
            pairs(t.substring(1, t.length() - 1), fields);
            return fields;
        }
        if (!t.contains("\n") && t.matches("^[A-Za-z]+=.*")) {
            pairs(t, fields);
            return fields;
        }
        if (t.contains("\n")) {
            try {
                Object yaml = new Yaml().load(t);
                if (yaml instanceof Map<?, ?>) {
                    flattenYaml(yaml, List.of(), fields);
                    return fields;
                }
            } catch (RuntimeException e) {
                // not YAML either: kept as a note
            }
        }
        fields.put(List.of("note"), t);
        return fields;
    }

    private static void pairs(String text, Map<List<String>, Object> fields) {
        for (String pair : text.split(", (?=[A-Za-z]+=)")) {
            int eq = pair.indexOf('=');
            String value = pair.substring(eq + 1);
            fields.put(List.of(pair.substring(0, eq).strip()), "null".equals(value) ? "" : value);
        }
    }

    private static void flatten(JsonValue value, List<String> path, Map<List<String>, Object> fields) {
        if (value instanceof JsonObject o) {
            o.forEach((k, v) -> flatten(v, append(path, k), fields));
        } else if (value instanceof JsonArray array) {
            if (!array.isEmpty() && array.stream().allMatch(v -> v instanceof JsonObject)) {
                for (int i = 0; i < array.size(); i++) {
                    JsonObject element = array.getJsonObject(i);
                    String id = identity(element).orElse("#" + (i + 1));
                    JsonObject rest = Json.createObjectBuilder(element).build();
                    for (String key : IDENTITY) {
                        rest = Json.createObjectBuilder(rest).remove(key).build();
                    }
                    flatten(rest, append(path, id), fields);
                }
            } else {
                fields.put(path, array.stream().map(SettingsChangeText::text).toList());
            }
        } else if (!path.isEmpty()) {
            fields.put(path, text(value));
        }
    }

    /** What tells the elements of a list apart: a priority, a request type, whether for emergencies. */
    private static final List<String> IDENTITY = List.of("code", "type", "priority", "emergency");

    private static Optional<String> identity(JsonObject element) {
        String id = IDENTITY.stream().filter(element::containsKey)
                .map(k -> "@" + k + "=" + text(element.get(k))).collect(Collectors.joining("&"));
        return id.isEmpty() ? Optional.empty() : Optional.of(id);
    }

    private static String text(JsonValue v) {
        return v instanceof JsonString s ? s.getString() : v == JsonValue.NULL ? "" : v.toString();
    }

    private static void flattenYaml(Object value, List<String> path, Map<List<String>, Object> fields) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flattenYaml(v, append(path, String.valueOf(k)), fields));
        } else if (value instanceof List<?> list) {
            fields.put(path, list.stream().map(e -> e instanceof List<?> l
                    ? l.stream().map(String::valueOf).filter(s -> !s.isBlank()).collect(Collectors.joining(" "))
                    : String.valueOf(e)).toList());
        } else if (!path.isEmpty()) {
            fields.put(path, value == null ? "" : String.valueOf(value));
        }
    }

    private static List<String> append(List<String> path, String segment) {
        List<String> longer = new ArrayList<>(path);
        longer.add(segment);
        return List.copyOf(longer);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return value == null ? List.of() : value instanceof List<?> l ? (List<String>) l : List.of((String) value);
    }

    // ---- labels and values in the reader's words

    private static String label(String module, List<String> path, Words words) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < path.size(); i++) {
            String segment = path.get(i);
            if (segment.startsWith("@")) {
                parts.add(identityLabel(segment, words));
            } else if (module != null && i == 0) {
                parts.add(words.moduleField(module, segment).map(f -> f.label().in(words.locale()))
                        .orElseGet(() -> fieldLabel(segment, words)));
            } else {
                parts.add(fieldLabel(segment, words));
            }
        }
        return String.join(" · ", parts);
    }

    private static String identityLabel(String segment, Words words) {
        List<String> parts = new ArrayList<>();
        for (String pair : segment.substring(1).split("&@")) {
            int eq = pair.indexOf('=');
            String key = pair.substring(0, eq);
            String value = pair.substring(eq + 1);
            switch (key) {
                case "emergency" -> {
                    if ("true".equals(value)) {
                        parts.add(fieldLabel("emergency", words));
                    }
                }
                case "type" -> parts.add(words.typeName(value));
                case "priority" -> parts.add(or(words.find("request.priority." + value), value));
                default -> parts.add(value);
            }
        }
        return parts.isEmpty() ? segment : String.join(" ", parts);
    }

    private static String fieldLabel(String key, Words words) {
        for (String prefix : List.of("history.field.", "intake.tracking.", "public.field.", "sla.target.",
                "request.priority.")) {
            String found = words.find(prefix + key);
            if (found != null) {
                return found;
            }
        }
        try {
            return DayOfWeek.valueOf(key).getDisplayName(TextStyle.FULL, words.locale());
        } catch (IllegalArgumentException e) {
            return key;
        }
    }

    private static String list(String module, List<String> path, List<String> values, Words words) {
        if (values.isEmpty()) {
            return NONE;
        }
        String key = path.get(path.size() - 1);
        return values.stream().map(v -> value(module, path, key, v, words))
                .collect(Collectors.joining(Locale.CHINESE.getLanguage().equals(words.locale().getLanguage())
                        ? "、" : ", "));
    }

    private static String value(String module, List<String> path, String key, String raw, Words words) {
        if (raw == null || raw.isEmpty()) {
            return NONE;
        }
        if (module != null && path.size() == 1) {
            Optional<SettingField> field = words.moduleField(module, key);
            if (field.isPresent() && field.get().kind() == SettingField.Kind.CHOICE) {
                return field.get().choices().stream().filter(c -> c.value().equals(raw)).findFirst()
                        .map(c -> c.label().in(words.locale())).orElse(raw);
            }
        }
        if ("true".equals(raw) || "false".equals(raw)) {
            return or(words.find("history.value." + raw), raw);
        }
        if (path.size() == 2 && "fields".equals(path.get(0))) {
            return or(words.find("intake.rule." + raw), raw);
        }
        return switch (key) {
            case "locale" -> Languages.name(raw);
            case "priority", "defaultPriority" -> or(words.find("request.priority." + raw), raw);
            case "type" -> words.typeName(raw);
            case "minutes" -> duration(raw, words);
            case "logoSha256" -> or(words.find("history.value.logo"), raw);
            case "escalationRecipients" -> java.util.Arrays.stream(raw.split(",")).map(String::strip)
                    .filter(s -> !s.isEmpty()).map(words::staffName).collect(Collectors.joining(", "));
            case "modules" -> "*".equals(raw) ? or(words.find("history.value.allModules"), raw)
                    : words.moduleName(raw);
            case "warningPercent", "responseGoalPercent", "deliveryGoalPercent" -> raw + " %";
            default -> raw;
        };
    }

    private static String duration(String minutes, Words words) {
        long m;
        try {
            m = Long.parseLong(minutes);
        } catch (NumberFormatException e) {
            return minutes;
        }
        String hours = m >= 60 ? or(words.find("history.value.hours"), "{0} h").replace("{0}", Long.toString(m / 60))
                : "";
        String rest = m % 60 != 0 || m == 0
                ? or(words.find("history.value.minutes"), "{0} min").replace("{0}", Long.toString(m % 60)) : "";
        return (hours + " " + rest).strip();
    }

    private static String or(String found, String otherwise) {
        return found == null ? otherwise : found;
    }
}
