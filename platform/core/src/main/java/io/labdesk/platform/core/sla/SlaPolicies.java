package io.labdesk.platform.core.sla;

import io.labdesk.platform.api.request.Priority;
import io.labdesk.platform.core.tenant.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The current tenant's SLA policy; a tenant without one is measured by the defaults. */
@ApplicationScoped
public class SlaPolicies {

    @Inject
    TenantData tenantData;

    @Transactional
    public SlaPolicy current() {
        return stored().map(SlaPolicies::toPolicy).orElseGet(SlaPolicy::defaults);
    }

    /** Gives the current tenant the default policy when it has none. */
    @Transactional
    public void addDefaults() {
        if (stored().isEmpty()) {
            StoredSlaPolicy policy = new StoredSlaPolicy(UUID.randomUUID());
            write(policy, SlaPolicy.defaults());
            tenantData.em().persist(policy);
        }
    }

    /** Replaces the current tenant's policy; requests already received keep the targets they were given. */
    @Transactional
    public void replace(SlaPolicy policy) {
        StoredSlaPolicy stored = stored().orElseGet(() -> {
            StoredSlaPolicy p = new StoredSlaPolicy(UUID.randomUUID());
            tenantData.em().persist(p);
            return p;
        });
        write(stored, policy);
    }

    private java.util.Optional<StoredSlaPolicy> stored() {
        return tenantData.em().createQuery("SELECT p FROM StoredSlaPolicy p", StoredSlaPolicy.class)
                .getResultStream().findFirst();
    }

    private static void write(StoredSlaPolicy stored, SlaPolicy policy) {
        stored.set(rulesJson(policy.rules()), policy.warningPercent(), policy.responseGoalPercent(),
                policy.deliveryGoalPercent(), String.join(",", policy.escalationRecipients()));
    }

    static String rulesJson(List<SlaPolicy.Rule> rules) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (SlaPolicy.Rule rule : rules) {
            JsonObjectBuilder targets = Json.createObjectBuilder();
            rule.targets().forEach((kind, t) -> targets.add(kind.name(), Json.createObjectBuilder()
                    .add("minutes", t.length().toMinutes()).add("business", t.business())));
            JsonObjectBuilder r = Json.createObjectBuilder();
            if (rule.type() != null) {
                r.add("type", rule.type());
            }
            if (rule.priority() != null) {
                r.add("priority", rule.priority().name());
            }
            array.add(r.add("emergency", rule.emergency()).add("targets", targets));
        }
        return array.build().toString();
    }

    static SlaPolicy toPolicy(StoredSlaPolicy stored) {
        List<SlaPolicy.Rule> rules = Json.createReader(new StringReader(stored.rules())).readArray()
                .getValuesAs(JsonObject.class).stream().map(r -> {
                    Map<SlaPolicy.Kind, SlaClock.Target> targets = new EnumMap<>(SlaPolicy.Kind.class);
                    r.getJsonObject("targets").forEach((kind, value) -> {
                        JsonObject t = value.asJsonObject();
                        targets.put(SlaPolicy.Kind.valueOf(kind),
                                new SlaClock.Target(Duration.ofMinutes(t.getInt("minutes")), t.getBoolean("business")));
                    });
                    return new SlaPolicy.Rule(r.getString("type", null),
                            r.containsKey("priority") && r.get("priority") != JsonValue.NULL
                                    ? Priority.valueOf(r.getString("priority")) : null,
                            r.getBoolean("emergency", false), targets);
                }).toList();
        List<String> recipients = Arrays.stream(stored.escalationRecipients().split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new SlaPolicy(rules, stored.warningPercent(), stored.responseGoalPercent(),
                stored.deliveryGoalPercent(), recipients);
    }
}
