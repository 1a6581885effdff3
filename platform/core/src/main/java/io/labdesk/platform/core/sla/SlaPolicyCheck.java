package io.labdesk.platform.core.sla;

import io.labdesk.platform.api.data.EmailAddress;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What makes an SLA policy storable: a complete default rule (so that every request gets all three targets),
 * one rule per cell of the matrix, known request types, targets from a minute to a year, percentages from 1 to
 * 100, and escalation recipients that are e-mail addresses. Answers a message key per field; empty when fine.
 */
public final class SlaPolicyCheck {

    /** A year: longer targets are typing errors, not promises. */
    static final long MAX_MINUTES = 366L * 24 * 60;

    private SlaPolicyCheck() {
    }

    public static Map<String, String> problems(SlaPolicy policy, Set<String> requestTypes) {
        Map<String, String> problems = new LinkedHashMap<>();
        boolean completeDefault = policy.rules().stream().anyMatch(r -> r.type() == null && r.priority() == null
                && !r.emergency() && r.targets().size() == SlaPolicy.Kind.values().length);
        if (!completeDefault) {
            problems.put("rules", "validation.sla.default");
        }
        Set<String> cells = new HashSet<>();
        for (int i = 0; i < policy.rules().size(); i++) {
            SlaPolicy.Rule rule = policy.rules().get(i);
            if (!cells.add(rule.type() + "|" + rule.priority() + "|" + rule.emergency())) {
                problems.putIfAbsent("rules[" + i + "]", "validation.sla.duplicate");
            }
            if (rule.type() != null && !requestTypes.contains(rule.type())) {
                problems.putIfAbsent("rules[" + i + "]", "validation.sla.type");
            }
            if (rule.targets().isEmpty()) {
                problems.putIfAbsent("rules[" + i + "]", "validation.sla.empty");
            }
            for (Map.Entry<SlaPolicy.Kind, SlaClock.Target> target : rule.targets().entrySet()) {
                long minutes = target.getValue().length().toMinutes();
                if (minutes < 1 || minutes > MAX_MINUTES) {
                    problems.putIfAbsent("rules[" + i + "]." + target.getKey().name(), "validation.sla.minutes");
                }
            }
        }
        percent(problems, "warningPercent", policy.warningPercent());
        percent(problems, "responseGoalPercent", policy.responseGoalPercent());
        percent(problems, "deliveryGoalPercent", policy.deliveryGoalPercent());
        if (policy.escalationRecipients().stream().filter(Objects::nonNull).anyMatch(e -> !EmailAddress.valid(e))) {
            problems.put("escalationRecipients", "validation.email");
        }
        return problems;
    }

    private static void percent(Map<String, String> problems, String field, int value) {
        if (value < 1 || value > 100) {
            problems.put(field, "validation.percent");
        }
    }
}
