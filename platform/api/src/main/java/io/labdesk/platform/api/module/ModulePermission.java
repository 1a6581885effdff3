package io.labdesk.platform.api.module;

import io.labdesk.platform.api.tenant.TenantRole;
import java.util.Set;

/**
 * A right a module defines ({@code complaints.decide}), with the tenant roles that hold it by default. Ids start
 * with the module's id and a dot.
 */
public record ModulePermission(String id, Text name, Set<TenantRole> defaultRoles) {

    public ModulePermission {
        defaultRoles = Set.copyOf(defaultRoles);
    }
}
