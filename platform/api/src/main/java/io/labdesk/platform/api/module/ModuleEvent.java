package io.labdesk.platform.api.module;

import io.labdesk.platform.api.event.TenantEvent;
import java.util.Map;
import java.util.UUID;

/**
 * An event a module raises for others ({@code complaints} / {@code retest-ordered}). Modules compile against the
 * platform API only, so they exchange this one type: observers select by {@code module} and {@code type} and read
 * {@code data}. Fired with CDI's {@code Event<ModuleEvent>}; delivered only to modules the tenant has enabled.
 */
public record ModuleEvent(UUID tenantId, String module, String type, UUID subjectId, Map<String, String> data)
        implements TenantEvent {

    public ModuleEvent {
        data = data == null ? Map.of() : Map.copyOf(data);
    }

    public boolean is(String module, String type) {
        return this.module.equals(module) && this.type.equals(type);
    }
}
