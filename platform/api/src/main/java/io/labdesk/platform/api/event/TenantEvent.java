package io.labdesk.platform.api.event;

import java.util.UUID;

/** An event that happened in one tenant; modules that tenant has not enabled are not told of it. */
public interface TenantEvent {

    UUID tenantId();
}
