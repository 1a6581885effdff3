package io.labdesk.platform.core.rest;

import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.api.request.Priority;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.sla.SlaClock;
import io.labdesk.platform.core.sla.SlaPolicies;
import io.labdesk.platform.core.sla.SlaPolicy;
import io.labdesk.platform.core.sla.SlaPreview;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/sla/policy}: the institution's SLA policy (staff read it, tenant admins change it) and a
 * preview of what a policy, saved or not, promises a request received at a given moment.
 */
@Path("sla/policy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SlaPolicyResource {

    @Inject
    SlaPolicies policies;

    @Inject
    SlaPreview preview;

    @Inject
    CurrentTenant currentTenant;

    @GET
    public Policy get() {
        currentTenant.requireAny(TenantRole.values());
        return Policy.of(policies.edition());
    }

    @PUT
    public Policy update(Policy change) {
        return Policy.of(policies.update(change.toPolicy(), change.version()));
    }

    /** {@code policy} may be left out: the stored one is previewed then. */
    @POST
    @Path("preview")
    public List<DueView> preview(PreviewRequest request) {
        currentTenant.requireAny(TenantRole.values());
        SlaPolicy policy = request.policy() == null ? policies.edition().policy() : request.policy().toPolicy();
        OffsetDateTime received;
        try {
            received = OffsetDateTime.parse(request.receivedAt());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidInput(Map.of("receivedAt", "validation.instant"));
        }
        Priority priority;
        try {
            priority = Priority.valueOf(request.priority() == null ? "NORMAL" : request.priority());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(Map.of("priority", "validation.priority"));
        }
        var zone = preview.zone();
        return preview.preview(policy, request.type(), priority, request.emergency(), received.toInstant()).stream()
                .map(d -> new DueView(d.kind().name(), d.target().length().toMinutes(), d.target().business(),
                        d.due().atZone(zone).toOffsetDateTime().toString())).toList();
    }

    public record Target(long minutes, boolean business) {
    }

    public record Rule(String type, String priority, boolean emergency, Map<String, Target> targets) {
    }

    public record Policy(List<Rule> rules, int warningPercent, int responseGoalPercent, int deliveryGoalPercent,
                         List<String> escalationRecipients, long version) {

        static Policy of(SlaPolicies.Edition edition) {
            SlaPolicy p = edition.policy();
            return new Policy(p.rules().stream().map(r -> {
                Map<String, Target> targets = new LinkedHashMap<>();
                r.targets().forEach((kind, t) -> targets.put(kind.name(), new Target(t.length().toMinutes(),
                        t.business())));
                return new Rule(r.type(), r.priority() == null ? null : r.priority().name(), r.emergency(), targets);
            }).toList(), p.warningPercent(), p.responseGoalPercent(), p.deliveryGoalPercent(),
                    p.escalationRecipients(), edition.version());
        }

        SlaPolicy toPolicy() {
            if (rules == null) {
                throw new InvalidInput(Map.of("rules", "validation.sla.default"));
            }
            List<SlaPolicy.Rule> converted = rules.stream().map(r -> {
                Map<SlaPolicy.Kind, SlaClock.Target> targets = new EnumMap<>(SlaPolicy.Kind.class);
                if (r.targets() != null) {
                    r.targets().forEach((kind, t) -> targets.put(kind(kind),
                            new SlaClock.Target(Duration.ofMinutes(Math.max(0, t.minutes())), t.business())));
                }
                return new SlaPolicy.Rule(r.type() == null || r.type().isBlank() ? null : r.type(),
                        priority(r.priority()), r.emergency(), targets);
            }).toList();
            return new SlaPolicy(converted, warningPercent, responseGoalPercent, deliveryGoalPercent,
                    escalationRecipients == null ? List.of() : escalationRecipients.stream().map(String::strip)
                            .filter(e -> !e.isEmpty()).toList());
        }

        private static SlaPolicy.Kind kind(String kind) {
            try {
                return SlaPolicy.Kind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                throw new InvalidInput(Map.of("rules", "validation.sla.kind"));
            }
        }

        private static Priority priority(String priority) {
            try {
                return priority == null || priority.isBlank() ? null : Priority.valueOf(priority);
            } catch (IllegalArgumentException e) {
                throw new InvalidInput(Map.of("rules", "validation.priority"));
            }
        }
    }

    public record PreviewRequest(Policy policy, String type, String priority, boolean emergency, String receivedAt) {
    }

    public record DueView(String kind, long minutes, boolean business, String due) {
    }
}
