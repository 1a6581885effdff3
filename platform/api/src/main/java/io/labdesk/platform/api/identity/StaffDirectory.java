package io.labdesk.platform.api.identity;

import io.labdesk.platform.api.tenant.TenantRole;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The current tenant's active staff, for modules that route work to people by role. */
public interface StaffDirectory {

    /** An active staff member and the roles they hold in this tenant. */
    record StaffMember(String username, String displayName, Set<TenantRole> roles) {

        public boolean holds(TenantRole role) {
            return roles.contains(role);
        }
    }

    Optional<StaffMember> find(String username);

    List<StaffMember> holding(TenantRole role);

    /** Every active staff member, by username. */
    List<StaffMember> active();
}
