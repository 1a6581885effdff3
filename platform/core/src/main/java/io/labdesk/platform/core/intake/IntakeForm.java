package io.labdesk.platform.core.intake;

import io.labdesk.platform.api.request.Priority;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an institution asks of customers on its public form and tells them on their tracking page: which optional
 * fields are shown or required, how its priorities are named and which are offered, and its own words above and
 * below the tracking page. Subject, description, request type and contact name are always required.
 */
public record IntakeForm(Map<String, FieldRule> fields, List<PriorityChoice> priorities, Priority defaultPriority,
                         TrackingWording tracking) {

    /** The fields whose rule an institution sets, in the order of the form. */
    public static final List<String> FIELDS = List.of("priority", "emergency", "organisation", "contactPhone",
            "contactEmail", "attachments");

    public static final int MAX_NAME = 40;
    public static final int MAX_WORDING = 1000;

    public enum FieldRule { REQUIRED, OPTIONAL, HIDDEN }

    /** A priority as the institution calls it, and whether customers and staff may choose it. */
    public record PriorityChoice(Priority priority, boolean offered, String nameZh, String nameEn) {

        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
        }
    }

    /** The institution's own words on the tracking page: an introduction and how to reach it. Blank: none. */
    public record TrackingWording(String introZh, String introEn, String contactZh, String contactEn) {

        public String intro(Locale locale) {
            return "en".equals(locale.getLanguage()) ? introEn : introZh;
        }

        public String contact(Locale locale) {
            return "en".equals(locale.getLanguage()) ? contactEn : contactZh;
        }
    }

    public IntakeForm {
        fields = fields == null ? Map.of() : new LinkedHashMap<>(fields);
        priorities = priorities == null ? List.of() : List.copyOf(priorities);
        tracking = tracking == null ? new TrackingWording("", "", "", "") : tracking;
    }

    public static IntakeForm defaults() {
        Map<String, FieldRule> fields = new LinkedHashMap<>();
        fields.put("priority", FieldRule.HIDDEN);
        fields.put("emergency", FieldRule.OPTIONAL);
        fields.put("organisation", FieldRule.OPTIONAL);
        fields.put("contactPhone", FieldRule.OPTIONAL);
        fields.put("contactEmail", FieldRule.OPTIONAL);
        fields.put("attachments", FieldRule.OPTIONAL);
        return new IntakeForm(fields, List.of(
                new PriorityChoice(Priority.LOW, true, "低", "Low"),
                new PriorityChoice(Priority.NORMAL, true, "普通", "Normal"),
                new PriorityChoice(Priority.HIGH, true, "高", "High"),
                new PriorityChoice(Priority.URGENT, true, "紧急", "Urgent")),
                Priority.NORMAL, new TrackingWording("", "", "", ""));
    }

    /** This form with some fields' rules replaced (a template's choice of what its kind of institution asks). */
    public IntakeForm withFields(Map<String, FieldRule> rules) {
        Map<String, FieldRule> merged = new LinkedHashMap<>(fields);
        merged.putAll(rules);
        return new IntakeForm(merged, priorities, defaultPriority, tracking);
    }

    public FieldRule rule(String field) {
        return fields.getOrDefault(field, FieldRule.OPTIONAL);
    }

    public boolean shown(String field) {
        return rule(field) != FieldRule.HIDDEN;
    }

    public boolean required(String field) {
        return rule(field) == FieldRule.REQUIRED;
    }

    public List<PriorityChoice> offered() {
        return priorities.stream().filter(PriorityChoice::offered).toList();
    }

    public boolean offers(Priority priority) {
        return offered().stream().anyMatch(p -> p.priority() == priority);
    }

    public String name(Priority priority, Locale locale) {
        return priorities.stream().filter(p -> p.priority() == priority).findFirst().map(p -> p.name(locale))
                .orElse(priority.name());
    }

    /**
     * What is wrong, field path → message key; empty when the form can be used. A customer must stay reachable, the
     * default priority must be offered, names and wording fit their limits.
     */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        for (String field : fields.keySet()) {
            if (!FIELDS.contains(field)) {
                problems.put("fields." + field, "validation.intake.unknownField");
            }
        }
        for (String field : FIELDS) {
            if (!fields.containsKey(field)) {
                problems.put("fields." + field, "validation.intake.rule");
            }
        }
        if (rule("emergency") == FieldRule.REQUIRED) {
            problems.put("fields.emergency", "validation.intake.emergencyRequired");
        }
        if (rule("contactPhone") == FieldRule.HIDDEN && rule("contactEmail") == FieldRule.HIDDEN) {
            problems.put("fields.contactEmail", "validation.intake.unreachable");
        }
        Map<Priority, PriorityChoice> byPriority = new EnumMap<>(Priority.class);
        for (PriorityChoice p : priorities) {
            if (p.priority() == null || byPriority.put(p.priority(), p) != null) {
                problems.put("priorities", "validation.intake.priorities");
            } else {
                if (blank(p.nameZh()) || p.nameZh().strip().length() > MAX_NAME) {
                    problems.put("priorities." + p.priority() + ".nameZh", "validation.intake.priorityName");
                }
                if (blank(p.nameEn()) || p.nameEn().strip().length() > MAX_NAME) {
                    problems.put("priorities." + p.priority() + ".nameEn", "validation.intake.priorityName");
                }
            }
        }
        if (byPriority.size() != Priority.values().length) {
            problems.putIfAbsent("priorities", "validation.intake.priorities");
        }
        if (defaultPriority == null || !offers(defaultPriority)) {
            problems.put("defaultPriority", "validation.intake.defaultPriority");
        }
        check(problems, "tracking.introZh", tracking.introZh());
        check(problems, "tracking.introEn", tracking.introEn());
        check(problems, "tracking.contactZh", tracking.contactZh());
        check(problems, "tracking.contactEn", tracking.contactEn());
        return problems;
    }

    private static void check(Map<String, String> problems, String path, String text) {
        if (text != null && text.length() > MAX_WORDING) {
            problems.put(path, "validation.intake.wording");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String json() {
        JsonObjectBuilder f = Json.createObjectBuilder();
        fields.forEach((k, v) -> f.add(k, v.name()));
        JsonArrayBuilder p = Json.createArrayBuilder();
        for (PriorityChoice c : priorities) {
            p.add(Json.createObjectBuilder().add("priority", c.priority().name()).add("offered", c.offered())
                    .add("nameZh", c.nameZh()).add("nameEn", c.nameEn()));
        }
        return Json.createObjectBuilder().add("fields", f).add("priorities", p)
                .add("defaultPriority", defaultPriority.name())
                .add("tracking", Json.createObjectBuilder().add("introZh", text(tracking.introZh()))
                        .add("introEn", text(tracking.introEn())).add("contactZh", text(tracking.contactZh()))
                        .add("contactEn", text(tracking.contactEn())))
                .build().toString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** As stored; fields the stored form predates take their default. */
    public static IntakeForm parse(String json) {
        JsonObject o = Json.createReader(new StringReader(json)).readObject();
        IntakeForm defaults = defaults();
        Map<String, FieldRule> fields = new LinkedHashMap<>(defaults.fields());
        o.getJsonObject("fields").forEach((k, v) -> fields.put(k, FieldRule.valueOf(((jakarta.json.JsonString) v)
                .getString())));
        List<PriorityChoice> priorities = new ArrayList<>();
        for (JsonValue v : o.getJsonArray("priorities")) {
            JsonObject c = v.asJsonObject();
            priorities.add(new PriorityChoice(Priority.valueOf(c.getString("priority")), c.getBoolean("offered"),
                    c.getString("nameZh"), c.getString("nameEn")));
        }
        JsonObject t = o.getJsonObject("tracking");
        return new IntakeForm(fields, priorities, Priority.valueOf(o.getString("defaultPriority")),
                new TrackingWording(t.getString("introZh", ""), t.getString("introEn", ""),
                        t.getString("contactZh", ""), t.getString("contactEn", "")));
    }
}
