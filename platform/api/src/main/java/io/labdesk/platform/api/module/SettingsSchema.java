package io.labdesk.platform.api.module;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The typed settings a module offers each tenant: fields with defaults and limits, and rules across fields. The
 * platform builds the admin form from it, checks every change with {@link #check} and stores nothing that fails.
 */
public final class SettingsSchema {

    /** A check across fields; answers the field to blame and the message, or nothing when the values are fine. */
    @FunctionalInterface
    public interface Rule {
        Optional<Problem> check(ModuleSettings values);
    }

    public record Problem(String field, Text message) {
    }

    public static final SettingsSchema NONE = new SettingsSchema(List.of(), List.of());

    private final List<SettingField> fields;
    private final List<Rule> rules;

    private SettingsSchema(List<SettingField> fields, List<Rule> rules) {
        this.fields = List.copyOf(fields);
        this.rules = List.copyOf(rules);
        if (this.fields.stream().map(SettingField::key).distinct().count() != this.fields.size()) {
            throw new IllegalArgumentException("Setting keys must be unique");
        }
        for (SettingField field : this.fields) {
            if (field.defaultValue() != null && field.problem(field.defaultValue()) != null) {
                throw new IllegalArgumentException("The default of " + field.key() + " breaks its own limits");
            }
        }
    }

    public static SettingsSchema of(SettingField... fields) {
        return new SettingsSchema(List.of(fields), List.of());
    }

    public SettingsSchema withRule(Rule rule) {
        List<Rule> more = new ArrayList<>(rules);
        more.add(rule);
        return new SettingsSchema(fields, more);
    }

    public List<SettingField> fields() {
        return fields;
    }

    /** Every field's default. */
    public ModuleSettings defaults() {
        return complete(Map.of());
    }

    /** {@code stored} with unknown keys dropped and missing ones defaulted: what a module reads. */
    public ModuleSettings complete(Map<String, String> stored) {
        Map<String, String> values = new LinkedHashMap<>();
        for (SettingField field : fields) {
            String value = stored.get(field.key());
            values.put(field.key(), value != null ? value : field.defaultValue() == null ? "" : field.defaultValue());
        }
        return new ModuleSettings(values);
    }

    /**
     * Checks new values (text is stripped first). Answers the problems by field, in the fields' order; empty when
     * {@link #accepted} may be stored.
     */
    public Map<String, Text> check(Map<String, String> input) {
        Map<String, String> stripped = strip(input);
        Map<String, Text> problems = new LinkedHashMap<>();
        for (SettingField field : fields) {
            Text problem = field.problem(stripped.get(field.key()));
            if (problem != null) {
                problems.put(field.key(), problem);
            }
        }
        if (problems.isEmpty()) {
            ModuleSettings values = new ModuleSettings(stripped);
            for (Rule rule : rules) {
                rule.check(values).ifPresent(p -> problems.putIfAbsent(p.field(), p.message()));
            }
        }
        return problems;
    }

    /** The values as stored once {@link #check} found nothing wrong: stripped, one per field. */
    public ModuleSettings accepted(Map<String, String> input) {
        return new ModuleSettings(strip(input));
    }

    private Map<String, String> strip(Map<String, String> input) {
        Map<String, String> values = new LinkedHashMap<>();
        for (SettingField field : fields) {
            String value = input.get(field.key());
            values.put(field.key(), value == null ? "" : value.strip());
        }
        return values;
    }
}
