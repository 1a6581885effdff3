package io.labdesk.platform.core.rest;

import io.labdesk.platform.api.request.Channel;
import io.labdesk.platform.api.request.Priority;
import io.labdesk.platform.core.customer.PersonalData;
import io.labdesk.platform.core.history.EntityHistory;
import io.labdesk.platform.core.request.Intake;
import io.labdesk.platform.core.request.RequestArchive;
import io.labdesk.platform.core.request.RequestIntake;
import io.labdesk.platform.core.request.RequestLifecycle;
import io.labdesk.platform.core.request.RequestSla;
import io.labdesk.platform.core.request.RequestSlas;
import io.labdesk.platform.core.request.RequestWorkflow;
import io.labdesk.platform.core.request.ServiceRequest;
import io.labdesk.platform.core.request.ServiceRequests;
import io.labdesk.platform.core.request.Timeline;
import io.labdesk.platform.core.tenant.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code /api/v1/requests}: service requests (工单) of the current institution. */
@Path("requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequestsResource {

    @Inject
    RequestIntake intake;

    @Inject
    ServiceRequests requests;

    @Inject
    RequestWorkflow workflow;

    @Inject
    Timeline timeline;

    @Inject
    RequestSlas slas;

    @Inject
    RequestArchive archive;

    @Inject
    EntityHistory history;

    @Inject
    io.labdesk.platform.core.mailbox.OutgoingMail mail;

    @Context
    UriInfo uri;

    /**
     * Records a request (CUSTOMER_SERVICE or TENANT_ADMIN). Answers at once with its number and the customer's
     * private tracking link; the same {@code Idempotency-Key} answers the first intake again (200, not 201).
     */
    @POST
    public Response create(@HeaderParam("Idempotency-Key") String idempotencyKey, NewRequest body) {
        NewRequest r = body == null ? new NewRequest(null, null, false, null, null, null, null, null, null, null, null)
                : body;
        RequestIntake.Received received = intake.record(new Intake(r.type(), r.priority(), r.emergency(), r.channel(),
                r.subject(), r.description(), r.organisation(), r.contactName(), r.contactPhone(), r.contactEmail(),
                r.language()), idempotencyKey);
        String base = uri.getBaseUri().toString().replaceFirst("/api/v1/?$", "");
        Received answer = new Received(detail(received.request()), base + "/track/" + received.trackingToken());
        return Response.status(received.replayed() ? Response.Status.OK : Response.Status.CREATED).entity(answer)
                .build();
    }

    /** The latest requests, with customers' personal data masked. */
    @GET
    public List<Summary> list() {
        List<ServiceRequest> latest = requests.latest(200);
        Map<UUID, List<RequestSla>> targets = slas.of(latest.stream().map(ServiceRequest::id).toList());
        Instant now = Instant.now();
        return latest.stream().map(r -> Summary.of(r, Sla.of(targets.getOrDefault(r.id(), List.of()), now))).toList();
    }

    @GET
    @Path("{id}")
    public Detail get(@PathParam("id") UUID id) {
        return requests.open(id).map(this::detail).orElseThrow(() -> new NotFound("request", id));
    }

    /**
     * Moves the request: {@code acknowledge} (agreedFollowUpAt, agreedDeliveryAt), {@code assign} (assignee),
     * {@code wait-for-customer}, {@code resume}, {@code resolve} (reply), {@code follow-up} (method, outcome,
     * verdict), {@code close}, {@code reopen}. {@code version} is the one read; a stale one is 409.
     */
    @POST
    @Path("{id}/actions/{action}")
    public Detail act(@PathParam("id") UUID id, @PathParam("action") String action, ActionRequest body) {
        RequestLifecycle.Action move;
        try {
            move = RequestLifecycle.Action.valueOf(action.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new NotFound("action", null);
        }
        ActionRequest a = body == null ? new ActionRequest(-1, null, null, null, null, null, null, null, null) : body;
        return detail(workflow.act(id, move, a.version(), new RequestWorkflow.Input(a.agreedFollowUpAt(),
                a.agreedDeliveryAt(), a.assignee(), a.reply(), a.method(), a.outcome(), a.verdict(), a.note())));
    }

    /**
     * Answers the customer by e-mail ({@code text}, and {@code files}: ids of the request's files to send with it);
     * on the timeline as sent, through the outbox.
     */
    @POST
    @Path("{id}/email")
    public Detail email(@PathParam("id") UUID id, EmailAnswer body) {
        requests.find(id).orElseThrow(() -> new NotFound("request", id));
        EmailAnswer a = body == null ? new EmailAnswer(null, null) : body;
        return detail(mail.answer(id, a.text(), a.files() == null ? List.of() : a.files()));
    }

    public record EmailAnswer(String text, List<UUID> files) {
    }

    /** The whole request as one PDF, in the caller's language (Accept-Language). */
    @GET
    @Path("{id}/archive.pdf")
    @Produces("application/pdf")
    public Response archive(@PathParam("id") UUID id, @Context jakarta.ws.rs.core.HttpHeaders headers) {
        byte[] pdf = archive.pdf(id, CallerLanguage.of(headers));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + id + ".pdf\"").build();
    }

    /** The request's entity history (Hibernate Envers): each state it had, who made it and when. */
    @GET
    @Path("{id}/history")
    public List<HistoryEntry> history(@PathParam("id") UUID id) {
        requests.find(id).orElseThrow(() -> new NotFound("request", id));
        return history.of(ServiceRequest.class, id).stream().map(s -> new HistoryEntry(s.revision().id(),
                s.revision().occurredAt().toString(), s.revision().actor(), s.type().name(), s.entity().status().name(),
                s.entity().assignee(), Detail.text(s.entity().agreedFollowUpAt()),
                Detail.text(s.entity().agreedDeliveryAt()))).toList();
    }

    public record HistoryEntry(long revision, String at, String actor, String change, String status, String assignee,
                               String agreedFollowUpAt, String agreedDeliveryAt) {
    }

    /** The request's timeline, oldest first. */
    @GET
    @Path("{id}/timeline")
    public List<Event> timeline(@PathParam("id") UUID id) {
        requests.find(id).orElseThrow(() -> new NotFound("request", id));
        return timeline.of(id).stream().map(e -> new Event(e.seq(), e.occurredAt().toString(), e.actor(), e.kind(),
                e.detail(), e.forCustomer(), e.hash())).toList();
    }

    /** Whether the timeline is intact: every entry still fits the hash chain. */
    @GET
    @Path("{id}/timeline/verify")
    public Verification verify(@PathParam("id") UUID id) {
        requests.find(id).orElseThrow(() -> new NotFound("request", id));
        java.util.OptionalInt broken = timeline.firstBroken(id);
        return new Verification(broken.isEmpty(), broken.isPresent() ? broken.getAsInt() : null,
                timeline.of(id).size());
    }

    private Detail detail(ServiceRequest r) {
        return Detail.of(r, Sla.of(slas.of(r.id()), Instant.now()));
    }

    /** One SLA target of a request: its state now, when it falls due, when it was met. */
    public record Sla(String target, String state, String dueAt, String metAt, int targetMinutes, boolean business) {
        static List<Sla> of(List<RequestSla> targets, Instant now) {
            return targets.stream().map(t -> new Sla(t.kind().name(), t.state(now).name(), t.dueAt().toString(),
                    t.metAt() == null ? null : t.metAt().toString(), t.targetMinutes(), t.business())).toList();
        }
    }

    public record ActionRequest(long version, java.time.Instant agreedFollowUpAt, java.time.Instant agreedDeliveryAt,
                                String assignee, String reply, RequestWorkflow.FollowUpMethod method, String outcome,
                                RequestWorkflow.Verdict verdict, String note) {
    }

    public record Event(int seq, String occurredAt, String actor, String kind, String detail, boolean forCustomer,
                        String hash) {
    }

    public record Verification(boolean intact, Integer firstBrokenEntry, int entries) {
    }

    public record NewRequest(String type, Priority priority, boolean emergency, Channel channel, String subject,
                             String description, String organisation, String contactName, String contactPhone,
                             String contactEmail, String language) {
    }

    public record Received(Detail request, String trackingUrl) {
    }

    public record Summary(UUID id, String number, String type, String priority, boolean emergency, String status,
                          String subject, String organisation, String contactName, String contactPhone,
                          String receivedAt, String assignee, List<Sla> sla) {
        public static Summary of(ServiceRequest r, List<Sla> sla) {
            return new Summary(r.id(), r.number(), r.typeCode(), r.priority().name(), r.emergency(), r.status().name(),
                    r.subject(), r.customerOrganisation(), PersonalData.maskName(r.contactName()),
                    PersonalData.maskPhone(r.contactPhone()), r.receivedAt().toString(), r.assignee(), sla);
        }
    }

    public record Detail(UUID id, String number, String type, String priority, boolean emergency, String channel,
                         String status, String subject, String description, String organisation, String contactName,
                         String contactPhone, String contactEmail, String receivedAt, String recordedBy,
                         String assignee, String agreedFollowUpAt, String agreedDeliveryAt, long version,
                         List<Sla> sla) {
        static Detail of(ServiceRequest r, List<Sla> sla) {
            return new Detail(r.id(), r.number(), r.typeCode(), r.priority().name(), r.emergency(), r.channel().name(),
                    r.status().name(), r.subject(), r.description(), r.customerOrganisation(), r.contactName(),
                    r.contactPhone(), r.contactEmail(), r.receivedAt().toString(), r.recordedBy(), r.assignee(),
                    text(r.agreedFollowUpAt()), text(r.agreedDeliveryAt()), r.version(), sla);
        }

        private static String text(java.time.Instant i) {
            return i == null ? null : i.toString();
        }
    }
}
