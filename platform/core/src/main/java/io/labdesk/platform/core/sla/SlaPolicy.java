package io.labdesk.platform.core.sla;

import io.labdesk.platform.api.request.Priority;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tenant's SLA policy (P6): targets per request type × priority (and for emergencies, instrument down), the
 * warning threshold, escalation recipients and the compliance goals. A rule may leave type or priority open; the
 * most specific rule that names a target wins for that target.
 */
public record SlaPolicy(List<Rule> rules, int warningPercent, int responseGoalPercent, int deliveryGoalPercent,
                        List<String> escalationRecipients) {

    /** What a request is measured against. */
    public enum Kind { ACKNOWLEDGE, FIRST_RESPONSE, DELIVERY }

    /**
     * Targets for requests of {@code type} (null: any) and {@code priority} (null: any); {@code emergency} rules
     * apply only to emergencies and outrank all others.
     */
    public record Rule(String type, Priority priority, boolean emergency, Map<Kind, SlaClock.Target> targets) {
        public Rule {
            targets = Map.copyOf(targets);
        }

        boolean applies(String requestType, Priority requestPriority, boolean requestEmergency) {
            return (!emergency || requestEmergency) && (type == null || type.equals(requestType))
                    && (priority == null || priority == requestPriority);
        }

        int specificity() {
            return (emergency ? 4 : 0) + (type != null ? 2 : 0) + (priority != null ? 1 : 0);
        }
    }

    public SlaPolicy {
        rules = List.copyOf(rules);
        escalationRecipients = List.copyOf(escalationRecipients);
    }

    /** Defaults from the requirements: respond within 24 working hours; emergencies within 2 h, on site in 24 h. */
    public static SlaPolicy defaults() {
        List<Rule> rules = new ArrayList<>();
        rules.add(new Rule(null, null, false, targets(SlaClock.Target.businessMinutes(4 * 60),
                SlaClock.Target.businessMinutes(24 * 60), SlaClock.Target.businessMinutes(10 * 8 * 60))));
        rules.add(new Rule(null, Priority.HIGH, false, targets(SlaClock.Target.businessMinutes(2 * 60),
                SlaClock.Target.businessMinutes(12 * 60), SlaClock.Target.businessMinutes(5 * 8 * 60))));
        rules.add(new Rule(null, Priority.URGENT, false, targets(SlaClock.Target.businessMinutes(60),
                SlaClock.Target.businessMinutes(4 * 60), SlaClock.Target.businessMinutes(3 * 8 * 60))));
        rules.add(new Rule(null, null, true, targets(SlaClock.Target.clockMinutes(2 * 60),
                SlaClock.Target.clockMinutes(2 * 60), SlaClock.Target.clockMinutes(24 * 60))));
        return new SlaPolicy(rules, 80, 95, 95, List.of());
    }

    private static Map<Kind, SlaClock.Target> targets(SlaClock.Target acknowledge, SlaClock.Target firstResponse,
                                                      SlaClock.Target delivery) {
        Map<Kind, SlaClock.Target> t = new EnumMap<>(Kind.class);
        t.put(Kind.ACKNOWLEDGE, acknowledge);
        t.put(Kind.FIRST_RESPONSE, firstResponse);
        t.put(Kind.DELIVERY, delivery);
        return t;
    }

    /** The targets a new request of this type and priority is given, by kind. */
    public Map<Kind, SlaClock.Target> targetsFor(String type, Priority priority, boolean emergency) {
        List<Rule> applicable = rules.stream().filter(r -> r.applies(type, priority, emergency))
                .sorted(Comparator.comparingInt(Rule::specificity).reversed()).toList();
        Map<Kind, SlaClock.Target> result = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            applicable.stream().map(r -> Optional.ofNullable(r.targets().get(kind))).flatMap(Optional::stream)
                    .findFirst().ifPresent(t -> result.put(kind, t));
        }
        return result;
    }
}
