package io.labdesk.platform.core.rest;

import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.api.request.Priority;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.intake.IntakeForm;
import io.labdesk.platform.core.intake.IntakeForms;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/intake/form}: what the public form asks (fields shown or required), the priorities offered and
 * their names, the tracking page's wording. Staff read it; tenant admins change it.
 */
@Path("intake/form")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IntakeFormResource {

    @Inject
    IntakeForms forms;

    @Inject
    CurrentTenant currentTenant;

    @GET
    public Form get() {
        currentTenant.requireAny(TenantRole.values());
        return Form.of(forms.edition());
    }

    @PUT
    public Form update(Form change) {
        return Form.of(forms.update(change.toForm(), change.version() == null ? -1 : change.version()));
    }

    public record Form(Map<String, String> fields, List<PriorityName> priorities, String defaultPriority,
                       IntakeForm.TrackingWording tracking, Long version) {

        static Form of(IntakeForms.Edition e) {
            Map<String, String> fields = new LinkedHashMap<>();
            e.form().fields().forEach((k, v) -> fields.put(k, v.name()));
            return new Form(fields, e.form().priorities().stream().map(p -> new PriorityName(p.priority().name(),
                    p.offered(), p.nameZh(), p.nameEn())).toList(), e.form().defaultPriority().name(),
                    e.form().tracking(), e.version());
        }

        IntakeForm toForm() {
            Map<String, String> problems = new LinkedHashMap<>();
            Map<String, IntakeForm.FieldRule> rules = new LinkedHashMap<>();
            if (fields != null) {
                fields.forEach((k, v) -> {
                    try {
                        rules.put(k, IntakeForm.FieldRule.valueOf(v));
                    } catch (IllegalArgumentException | NullPointerException e) {
                        problems.put("fields." + k, "validation.intake.rule");
                    }
                });
            }
            List<IntakeForm.PriorityChoice> choices = priorities == null ? List.of() : priorities.stream()
                    .map(p -> new IntakeForm.PriorityChoice(priority(p.priority()), p.offered() == null
                            || p.offered(), p.nameZh(), p.nameEn())).toList();
            if (choices.stream().anyMatch(c -> c.priority() == null)) {
                problems.put("priorities", "validation.intake.priorities");
            }
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            return new IntakeForm(rules, choices, priority(defaultPriority), tracking);
        }

        private static Priority priority(String name) {
            for (Priority p : Priority.values()) {
                if (p.name().equals(name)) {
                    return p;
                }
            }
            return null;
        }
    }

    public record PriorityName(String priority, Boolean offered, String nameZh, String nameEn) {
    }
}
