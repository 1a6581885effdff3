package io.labdesk.platform.core.staff;

import io.labdesk.platform.api.identity.StaffDirectory;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.tenant.TenantMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** {@link StaffDirectory} over the tenant's memberships. */
@ApplicationScoped
public class TenantStaffDirectory implements StaffDirectory {

    @Inject
    StaffMembers members;

    @Override
    public Optional<StaffMember> find(String username) {
        return members.findByUsername(username).filter(TenantMember::active).map(TenantStaffDirectory::of);
    }

    @Override
    public List<StaffMember> holding(TenantRole role) {
        return members.activeHolding(role).stream().map(TenantStaffDirectory::of).toList();
    }

    @Override
    public List<StaffMember> active() {
        return members.active().stream().map(TenantStaffDirectory::of).toList();
    }

    private static StaffMember of(TenantMember m) {
        return new StaffMember(m.username(), m.displayName(), m.roles());
    }
}
