package io.labdesk.platform.core.request;

import io.labdesk.platform.api.request.RequestStatus;
import io.labdesk.platform.api.tenant.TenantRole;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The moves of a service request (P4): received → acknowledged (受理, with agreed follow-up and delivery times)
 * → in progress (assigned) → resolved (答复) → followed up (回访) → closed (归档), with waiting for the customer
 * (the SLA clock pauses) and reopening. Which move is allowed from where, and which roles may make it.
 */
public final class RequestLifecycle {

    public enum Action { ACKNOWLEDGE, ASSIGN, WAIT_FOR_CUSTOMER, RESUME, RESOLVE, FOLLOW_UP, CLOSE, REOPEN }

    private record Move(Set<RequestStatus> from, RequestStatus to, Set<TenantRole> roles) {
    }

    private static final Set<TenantRole> DESK = EnumSet.of(TenantRole.CUSTOMER_SERVICE, TenantRole.TENANT_ADMIN);
    private static final Set<TenantRole> DISPATCH = EnumSet.of(TenantRole.CUSTOMER_SERVICE, TenantRole.TENANT_ADMIN,
            TenantRole.TECHNICAL_MANAGER, TenantRole.QUALITY_MANAGER);
    private static final Set<TenantRole> HANDLERS = EnumSet.of(TenantRole.CUSTOMER_SERVICE, TenantRole.TENANT_ADMIN,
            TenantRole.TESTER, TenantRole.TECHNICAL_MANAGER, TenantRole.QUALITY_MANAGER);

    private static final Map<Action, Move> MOVES = Map.of(
            Action.ACKNOWLEDGE, new Move(EnumSet.of(RequestStatus.RECEIVED, RequestStatus.REOPENED),
                    RequestStatus.ACKNOWLEDGED, DESK),
            Action.ASSIGN, new Move(EnumSet.of(RequestStatus.ACKNOWLEDGED, RequestStatus.IN_PROGRESS),
                    RequestStatus.IN_PROGRESS, DISPATCH),
            Action.WAIT_FOR_CUSTOMER, new Move(EnumSet.of(RequestStatus.IN_PROGRESS),
                    RequestStatus.WAITING_FOR_CUSTOMER, HANDLERS),
            Action.RESUME, new Move(EnumSet.of(RequestStatus.WAITING_FOR_CUSTOMER), RequestStatus.IN_PROGRESS, HANDLERS),
            Action.RESOLVE, new Move(EnumSet.of(RequestStatus.IN_PROGRESS), RequestStatus.RESOLVED, HANDLERS),
            Action.FOLLOW_UP, new Move(EnumSet.of(RequestStatus.RESOLVED), RequestStatus.FOLLOWED_UP,
                    EnumSet.of(TenantRole.FOLLOW_UP, TenantRole.CUSTOMER_SERVICE, TenantRole.TENANT_ADMIN)),
            Action.CLOSE, new Move(EnumSet.of(RequestStatus.FOLLOWED_UP), RequestStatus.CLOSED,
                    EnumSet.of(TenantRole.CUSTOMER_SERVICE, TenantRole.RECORDS_ADMIN, TenantRole.TENANT_ADMIN)),
            Action.REOPEN, new Move(EnumSet.of(RequestStatus.RESOLVED, RequestStatus.FOLLOWED_UP, RequestStatus.CLOSED),
                    RequestStatus.REOPENED, DESK));

    private RequestLifecycle() {
    }

    /** Where {@code action} leads from {@code status}, if it is allowed there. */
    public static Optional<RequestStatus> next(RequestStatus status, Action action) {
        Move move = MOVES.get(action);
        return move.from().contains(status) ? Optional.of(move.to()) : Optional.empty();
    }

    /** The roles that may make {@code action}. */
    public static Set<TenantRole> roles(Action action) {
        return MOVES.get(action).roles();
    }

    /** The actions open from {@code status} to someone holding {@code roles}: what the UI offers. */
    public static Set<Action> available(RequestStatus status, Set<TenantRole> roles) {
        EnumSet<Action> open = EnumSet.noneOf(Action.class);
        MOVES.forEach((action, move) -> {
            if (move.from().contains(status) && move.roles().stream().anyMatch(roles::contains)) {
                open.add(action);
            }
        });
        return open;
    }
}
