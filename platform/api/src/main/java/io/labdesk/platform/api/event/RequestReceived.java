package io.labdesk.platform.api.event;

import java.util.UUID;

/** A service request was received (any channel). Fired inside the intake's transaction. */
public record RequestReceived(UUID tenantId, UUID requestId, String number) implements TenantEvent {
}
