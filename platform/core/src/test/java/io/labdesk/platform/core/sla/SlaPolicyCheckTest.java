package io.labdesk.platform.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.platform.api.request.Priority;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlaPolicyCheckTest {

    private static final Set<String> TYPES = Set.of("REPAIR", "TECHNICAL_QUESTION");

    @Test
    void theDefaultPolicyIsStorable() {
        assertThat(SlaPolicyCheck.problems(SlaPolicy.defaults(), TYPES)).isEmpty();
    }

    @Test
    void withoutACompleteRuleForEveryTypeAndPrioritySomeRequestsWouldGoUnmeasured() {
        List<SlaPolicy.Rule> rules = new ArrayList<>(SlaPolicy.defaults().rules());
        rules.removeIf(r -> r.type() == null && r.priority() == null && !r.emergency());
        rules.add(new SlaPolicy.Rule(null, null, false, Map.of(SlaPolicy.Kind.ACKNOWLEDGE,
                SlaClock.Target.businessMinutes(60))));

        assertThat(SlaPolicyCheck.problems(with(rules), TYPES)).containsEntry("rules", "validation.sla.default");
    }

    @Test
    void eachCellOfTheMatrixHasOneRuleOfAKnownTypeWithTargetsFromAMinuteToAYear() {
        List<SlaPolicy.Rule> rules = new ArrayList<>(SlaPolicy.defaults().rules());
        rules.add(new SlaPolicy.Rule("REPAIR", Priority.HIGH, false, Map.of(SlaPolicy.Kind.FIRST_RESPONSE,
                SlaClock.Target.businessMinutes(120))));
        rules.add(new SlaPolicy.Rule("REPAIR", Priority.HIGH, false, Map.of(SlaPolicy.Kind.FIRST_RESPONSE,
                SlaClock.Target.businessMinutes(60))));
        rules.add(new SlaPolicy.Rule("CALIBRATION", null, false, Map.of(SlaPolicy.Kind.DELIVERY,
                SlaClock.Target.businessMinutes(60))));
        rules.add(new SlaPolicy.Rule("TECHNICAL_QUESTION", null, false, Map.of(SlaPolicy.Kind.DELIVERY,
                new SlaClock.Target(Duration.ofDays(400), false))));
        int n = SlaPolicy.defaults().rules().size();

        assertThat(SlaPolicyCheck.problems(with(rules), TYPES)).containsEntry("rules[" + (n + 1) + "]",
                        "validation.sla.duplicate").containsEntry("rules[" + (n + 2) + "]", "validation.sla.type")
                .containsEntry("rules[" + (n + 3) + "].DELIVERY", "validation.sla.minutes")
                .doesNotContainKey("rules[" + n + "]");
    }

    @Test
    void goalsArePercentagesAndEscalationGoesToEmailAddresses() {
        SlaPolicy d = SlaPolicy.defaults();
        SlaPolicy policy = new SlaPolicy(d.rules(), 0, 101, 95, List.of("director@lab.example.cn", "director"));

        assertThat(SlaPolicyCheck.problems(policy, TYPES)).containsOnly(
                Map.entry("warningPercent", "validation.percent"),
                Map.entry("responseGoalPercent", "validation.percent"),
                Map.entry("escalationRecipients", "validation.email"));
    }

    private static SlaPolicy with(List<SlaPolicy.Rule> rules) {
        SlaPolicy d = SlaPolicy.defaults();
        return new SlaPolicy(rules, d.warningPercent(), d.responseGoalPercent(), d.deliveryGoalPercent(), List.of());
    }
}
