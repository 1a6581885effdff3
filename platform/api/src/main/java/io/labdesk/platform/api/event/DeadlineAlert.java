package io.labdesk.platform.api.event;

import io.labdesk.platform.api.sla.SlaState;
import java.time.Instant;
import java.util.UUID;

/**
 * A tracked deadline of a module's record turned at risk or was breached (found by the platform's deadline watch;
 * fired once per state, after its warnings were left in the outbox).
 */
public record DeadlineAlert(UUID tenantId, String module, UUID subject, String reference, String name,
                            SlaState state, Instant due) implements TenantEvent {
}
