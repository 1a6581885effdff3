package io.labdesk.platform.api.event;

import io.labdesk.platform.api.sla.SlaState;
import java.time.Instant;
import java.util.UUID;

/** An SLA target of a request turned at risk or breached (found by the SLA watch; fired once per state). */
public record SlaAlert(UUID tenantId, UUID requestId, String number, String target, SlaState state, Instant dueAt)
        implements TenantEvent {
}
