package io.labdesk.platform.core.rest;

import io.labdesk.platform.api.capa.CorrectiveActions;
import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.core.capa.ActionRegister;
import io.labdesk.platform.core.capa.ActionStep;
import io.labdesk.platform.core.capa.CorrectiveAction;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /api/v1/actions}: the register of corrective and preventive actions — list (by status, overdue), raise by
 * hand, plan, add and complete steps, submit for verification, verify.
 */
@Path("actions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActionsResource {

    @Inject
    ActionRegister register;

    @GET
    public List<Summary> list(@QueryParam("status") CorrectiveActions.Status status,
                              @QueryParam("overdue") boolean overdue) {
        return register.list(status, overdue).stream().map(Summary::of).toList();
    }

    @POST
    public Response raise(NewAction a) {
        CorrectiveAction action = register.raiseByHand(a.kind(), a.problem(), a.reference());
        return Response.status(Response.Status.CREATED).entity(Detail.of(register.detail(action.id()))).build();
    }

    @GET
    @Path("{id}")
    public Detail get(@PathParam("id") UUID id) {
        return Detail.of(register.detail(id));
    }

    @PUT
    @Path("{id}/plan")
    public Detail plan(@PathParam("id") UUID id, Plan p) {
        return Detail.of(register.plan(id, p.rootCause(), p.owner(), date(p.dueOn()), p.version()));
    }

    @POST
    @Path("{id}/steps")
    public Detail addStep(@PathParam("id") UUID id, NewStep s) {
        return Detail.of(register.addStep(id, s.description(), s.owner(), date(s.dueOn()), s.version()));
    }

    @POST
    @Path("{id}/steps/{step}/done")
    public Detail done(@PathParam("id") UUID id, @PathParam("step") UUID step, Map<String, String> body) {
        return Detail.of(register.completeStep(id, step, body == null ? null : body.get("note")));
    }

    @POST
    @Path("{id}/submission")
    public Detail submit(@PathParam("id") UUID id, Versioned v) {
        return Detail.of(register.submit(id, v.version()));
    }

    @POST
    @Path("{id}/verification")
    public Detail verify(@PathParam("id") UUID id, Verification v) {
        return Detail.of(register.verify(id, v.effective(), v.note(), v.version()));
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(Map.of("dueOn", "validation.capa.dueOn"));
        }
    }

    public record NewAction(CorrectiveActions.Kind kind, String problem, String reference) {
    }

    public record Plan(String rootCause, String owner, String dueOn, long version) {
    }

    public record NewStep(String description, String owner, String dueOn, long version) {
    }

    public record Versioned(long version) {
    }

    public record Verification(boolean effective, String note, long version) {
    }

    public record Summary(UUID id, String number, String kind, String status, String source, String reference,
                          String problem, String owner, String dueOn, String raisedAt) {

        static Summary of(CorrectiveAction a) {
            return new Summary(a.id(), a.number(), a.kind().name(), a.status().name(), a.sourceModule(),
                    a.sourceReference(), a.problem(), a.owner(), a.dueOn() == null ? null : a.dueOn().toString(),
                    a.raisedAt().toString());
        }
    }

    public record Step(UUID id, String description, String owner, String dueOn, String doneAt, String doneNote) {

        static Step of(ActionStep s) {
            return new Step(s.id(), s.description(), s.owner(), s.dueOn().toString(), text(s.doneAt()), s.doneNote());
        }
    }

    public record Detail(UUID id, String number, String kind, String status, String source, UUID sourceId,
                         String reference, String problem, String rootCause, String owner, String dueOn,
                         String raisedAt, String raisedBy, List<Step> steps, String verifiedBy, String verifiedAt,
                         String verificationNote, String closedAt, long version) {

        static Detail of(ActionRegister.Detail d) {
            CorrectiveAction a = d.action();
            return new Detail(a.id(), a.number(), a.kind().name(), a.status().name(), a.sourceModule(), a.sourceId(),
                    a.sourceReference(), a.problem(), a.rootCause(), a.owner(),
                    a.dueOn() == null ? null : a.dueOn().toString(), a.raisedAt().toString(), a.raisedBy(),
                    d.steps().stream().map(Step::of).toList(), a.verifiedBy(), text(a.verifiedAt()),
                    a.verificationNote(), text(a.closedAt()), a.version());
        }
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }
}
