package io.labdesk.platform.api.event;

import io.labdesk.platform.api.request.RequestStatus;
import java.util.UUID;

/**
 * A service request moved along its workflow ({@code action}: ACKNOWLEDGE, ASSIGN, RESOLVE, FOLLOW_UP, CLOSE, …).
 * Fired inside the move's transaction, so observers' writes commit or roll back with it.
 */
public record RequestMoved(UUID tenantId, UUID requestId, String number, String action, RequestStatus from,
                           RequestStatus to, String actor) implements TenantEvent {
}
