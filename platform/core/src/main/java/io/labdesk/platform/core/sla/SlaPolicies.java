package io.labdesk.platform.core.sla;

import io.labdesk.platform.api.data.ConcurrentEdit;
import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.api.request.Priority;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.intake.RequestType;
import io.labdesk.platform.core.intake.RequestTypes;
import io.labdesk.platform.core.settings.SettingsHistory;
import io.labdesk.platform.core.tenant.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The current tenant's SLA policy; a tenant without one is measured by the defaults. */
@ApplicationScoped
public class SlaPolicies {

    @Inject
    TenantData tenantData;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    RequestTypes requestTypes;

    @Inject
    SettingsHistory history;

    /** The policy as stored, with the version an edit must name. */
    public record Edition(SlaPolicy policy, long version) {
    }

    @Transactional
    public Edition edition() {
        return stored().map(p -> new Edition(toPolicy(p), p.version()))
                .orElseGet(() -> new Edition(SlaPolicy.defaults(), 0));
    }

    /**
     * A tenant admin's change of the policy, checked whole ({@link SlaPolicyCheck}) and refused when someone else
     * changed it since {@code expectedVersion}. Requests already received keep their targets.
     */
    @Transactional
    public Edition update(SlaPolicy policy, long expectedVersion) {
        currentTenant.requireAny(TenantRole.TENANT_ADMIN);
        Set<String> types = requestTypes.list().stream().map(RequestType::code).collect(Collectors.toSet());
        Map<String, String> problems = SlaPolicyCheck.problems(policy, types);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Edition current = edition();
        if (current.version() != expectedVersion) {
            throw new ConcurrentEdit("The SLA policy");
        }
        String before = describe(current.policy());
        String after = describe(policy);
        if (!before.equals(after)) {
            replace(policy);
            history.record("sla-policy", before, after);
            try {
                tenantData.em().flush();
            } catch (OptimisticLockException e) {
                throw new ConcurrentEdit("The SLA policy");
            }
        }
        return edition();
    }

    /** The policy as one line of JSON, for the settings history. */
    static String describe(SlaPolicy policy) {
        return Json.createObjectBuilder()
                .add("rules", Json.createReader(new StringReader(rulesJson(policy.rules()))).readArray())
                .add("warningPercent", policy.warningPercent())
                .add("responseGoalPercent", policy.responseGoalPercent())
                .add("deliveryGoalPercent", policy.deliveryGoalPercent())
                .add("escalationRecipients", String.join(",", policy.escalationRecipients()))
                .build().toString();
    }

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
        java.util.Optional<StoredSlaPolicy> existing = stored();
        StoredSlaPolicy stored = existing.orElseGet(() -> new StoredSlaPolicy(UUID.randomUUID()));
        write(stored, policy);
        if (existing.isEmpty()) {
            tenantData.em().persist(stored);
        }
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
