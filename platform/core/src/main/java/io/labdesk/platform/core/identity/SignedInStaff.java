package io.labdesk.platform.core.identity;

import io.labdesk.platform.api.identity.StaffIdentity;
import io.labdesk.platform.core.tenant.Tenant;
import io.labdesk.platform.core.tenant.TenantDirectory;
import io.labdesk.platform.core.tenant.TenantMember;
import io.labdesk.platform.api.tenant.TenantRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who is signed in and for which tenant. The tenant comes from the identity provider's organization claim,
 * never from what a request says about itself.
 */
@ApplicationScoped
public class SignedInStaff {

    @Inject
    TenantDirectory tenants;

    public Optional<Session> resolve(Principal principal) {
        return OidcIdentities.of(principal).map(this::resolve);
    }

    Session resolve(StaffIdentity identity) {
        // Until tenant switching exists, the first organization (by slug) is the working tenant.
        Optional<Tenant> tenant = identity.organizations().stream()
                .map(tenants::findBySlug).flatMap(Optional::stream).findFirst();
        Set<TenantRole> roles = tenant.flatMap(t -> tenants.membership(t, identity.username()))
                .filter(TenantMember::active)
                .map(TenantMember::roles).orElse(Set.of());
        return new Session(identity, tenant.orElse(null), roles);
    }

    /** A signed-in staff member working in one tenant (or none, for an operator without an organization). */
    public record Session(StaffIdentity identity, Tenant tenant, Set<TenantRole> roles) implements Serializable {

        public Optional<Tenant> currentTenant() {
            return Optional.ofNullable(tenant);
        }

        public List<TenantRole> sortedRoles() {
            return roles.stream().sorted().toList();
        }
    }
}
