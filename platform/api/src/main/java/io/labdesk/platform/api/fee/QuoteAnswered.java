package io.labdesk.platform.api.fee;

import io.labdesk.platform.api.event.TenantEvent;
import java.util.UUID;

/** A customer accepted or declined a quote through its link; fired in the transaction that recorded the answer. */
public record QuoteAnswered(UUID tenantId, String module, UUID subject, UUID quote, String number, boolean accepted)
        implements TenantEvent {
}
