package io.labdesk.platform.core.request;

import io.labdesk.platform.api.data.ConcurrentEdit;
import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.api.event.RequestMoved;
import io.labdesk.platform.api.request.RequestStatus;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.staff.StaffMembers;
import io.labdesk.platform.core.tenant.NotFound;
import io.labdesk.platform.core.tenant.TenantMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * Moves a service request along its workflow. Each move is checked (allowed from the current status, by the
 * actor's roles, on the version the actor saw), applied, and written to the request's timeline in one
 * transaction.
 */
@ApplicationScoped
public class RequestWorkflow {

    /** How a follow-up (回访) was made and what the customer said (P7). */
    public enum FollowUpMethod { SMS, PHONE, EMAIL }

    public enum Verdict { SATISFIED, NEUTRAL, DISSATISFIED }

    /** What a move may carry; each move reads what it needs. */
    public record Input(Instant agreedFollowUpAt, Instant agreedDeliveryAt, String assignee, String reply,
                        FollowUpMethod method, String outcome, Verdict verdict, String note) {
        public static Input none() {
            return new Input(null, null, null, null, null, null, null, null);
        }
    }

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Timeline timeline;

    @Inject
    ServiceRequests requests;

    @Inject
    StaffMembers members;

    @Inject
    RequestSlas slas;

    @Inject
    RequestNotices notices;

    @Inject
    Event<RequestMoved> moves;

    @Transactional
    public ServiceRequest act(UUID id, RequestLifecycle.Action action, long expectedVersion, Input in) {
        requests.find(id).orElseThrow(() -> new NotFound("request", id));
        currentTenant.requireAny(RequestLifecycle.roles(action).toArray(TenantRole[]::new));
        ServiceRequest request = timeline.lock(id);
        if (request.version() != expectedVersion) {
            throw new ConcurrentEdit("This request");
        }
        RequestStatus next = RequestLifecycle.next(request.status(), action)
                .orElseThrow(() -> new InvalidInput(Map.of("action", "validation.transition")));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        JsonObjectBuilder detail = Json.createObjectBuilder()
                .add("status", Json.createObjectBuilder().add("before", request.status().name()).add("after", next.name()));
        boolean forCustomer = false;
        switch (action) {
            case ACKNOWLEDGE -> {
                if (in.agreedFollowUpAt() == null || in.agreedDeliveryAt() == null
                        || in.agreedDeliveryAt().isBefore(request.receivedAt())
                        || in.agreedFollowUpAt().isBefore(request.receivedAt())) {
                    throw new InvalidInput(Map.of("agreedDeliveryAt", "validation.agreedTimes"));
                }
                request.agree(in.agreedFollowUpAt(), in.agreedDeliveryAt());
                detail.add("agreedFollowUpAt", in.agreedFollowUpAt().toString())
                        .add("agreedDeliveryAt", in.agreedDeliveryAt().toString());
                forCustomer = true;
            }
            case ASSIGN -> {
                TenantMember assignee = in.assignee() == null ? null
                        : members.findByUsername(in.assignee().strip()).filter(TenantMember::active).orElse(null);
                if (assignee == null) {
                    throw new InvalidInput(Map.of("assignee", "validation.assignee"));
                }
                detail.add("assignee", Json.createObjectBuilder()
                        .add("before", request.assignee() == null ? "" : request.assignee())
                        .add("after", assignee.username()));
                request.assignTo(assignee.username());
            }
            case RESOLVE -> {
                if (in.reply() == null || in.reply().isBlank() || in.reply().length() > 10_000) {
                    throw new InvalidInput(Map.of("reply", "validation.reply"));
                }
                detail.add("reply", in.reply().strip());
                forCustomer = true;
            }
            case FOLLOW_UP -> {
                if (in.method() == null || in.verdict() == null || in.outcome() == null || in.outcome().isBlank()) {
                    throw new InvalidInput(Map.of("outcome", "validation.followUp"));
                }
                detail.add("method", in.method().name()).add("outcome", in.outcome().strip())
                        .add("verdict", in.verdict().name());
            }
            case WAIT_FOR_CUSTOMER, RESUME, CLOSE, REOPEN -> {
                forCustomer = action != RequestLifecycle.Action.CLOSE;
            }
        }
        if (in.note() != null && !in.note().isBlank()) {
            detail.add("note", in.note().strip());
        }
        RequestStatus before = request.status();
        request.moveTo(next, now);
        slas.record(request, action, now);
        timeline.append(id, currentTenant.actor(), action.name(), detail.build().toString(), forCustomer);
        notices.moved(request, action, action == RequestLifecycle.Action.RESOLVE ? in.reply().strip() : in.note());
        moves.fire(new RequestMoved(currentTenant.id().orElseThrow(), id, request.number(), action.name(), before, next,
                currentTenant.actor()));
        try {
            timeline.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEdit("This request");
        }
        return request;
    }
}
