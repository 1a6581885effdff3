package io.labdesk.platform.api.tenant;

import java.util.Set;

/** The signed-in user lacks the role an action needs in the current tenant. Answered 403; nothing changes. */
public class AccessDenied extends RuntimeException {

    private final Set<TenantRole> required;

    public AccessDenied(Set<TenantRole> required) {
        super("Requires one of the roles " + required);
        this.required = Set.copyOf(required);
    }

    public Set<TenantRole> required() {
        return required;
    }
}
