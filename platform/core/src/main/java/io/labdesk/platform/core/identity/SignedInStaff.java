package io.labdesk.platform.core.identity;

import io.labdesk.platform.api.identity.StaffIdentity;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.tenant.Tenant;
import io.labdesk.platform.core.tenant.TenantContext;
import io.labdesk.platform.core.tenant.TenantDirectory;
import io.labdesk.platform.core.tenant.TenantMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who is signed in and which tenant they work for in this request. The tenant is one of the organizations in the
 * user's token: the only one, or the one they chose (in the UI, kept in the HTTP session; over the API, named by
 * the {@value #TENANT_HEADER} header). Nothing in a request body or query chooses it.
 */
@ApplicationScoped
public class SignedInStaff {

    public static final String TENANT_HEADER = "X-LabDesk-Tenant";
    /** HTTP-session attribute holding the slug of the tenant the user chose in the UI. */
    public static final String CHOSEN_TENANT = SignedInStaff.class.getName() + ".chosenTenant";
    private static final String RESOLVED = SignedInStaff.class.getName() + ".resolved";

    @Inject
    TenantDirectory tenants;

    /** Resolves once per request (the tenant filter does it first) and remembers the answer in the request. */
    public Optional<Session> of(HttpServletRequest request) {
        Object cached = request.getAttribute(RESOLVED);
        if (cached instanceof Session session) {
            return Optional.of(session);
        }
        Optional<Session> resolved = OidcIdentities.of(request.getUserPrincipal())
                .map(identity -> resolve(identity, chosenSlug(request)));
        resolved.ifPresent(s -> request.setAttribute(RESOLVED, s));
        return resolved;
    }

    /** Forgets this request's answer, after the user chose another tenant. */
    public void forget(HttpServletRequest request) {
        request.removeAttribute(RESOLVED);
    }

    private static String chosenSlug(HttpServletRequest request) {
        String header = request.getHeader(TENANT_HEADER);
        if (header != null && !header.isBlank()) {
            return header.strip();
        }
        HttpSession session = request.getSession(false);
        return session == null ? null : (String) session.getAttribute(CHOSEN_TENANT);
    }

    Session resolve(StaffIdentity identity, String chosen) {
        List<String> organizations = identity.organizations();
        String slug = chosen != null && organizations.contains(chosen) ? chosen
                : organizations.size() == 1 ? organizations.get(0) : null;
        Tenant tenant = slug == null ? null : tenants.findBySlug(slug).orElse(null);
        if (tenant == null || tenant.suspended()) {
            return new Session(identity, tenant, Set.of(), false);
        }
        Optional<TenantMember> membership = tenants.membership(tenant.id(), identity.username())
                .filter(TenantMember::active);
        return new Session(identity, tenant, membership.map(TenantMember::roles).orElse(Set.of()),
                membership.isPresent());
    }

    /** A signed-in staff member and the tenant they work for now (none yet, or none at all for an operator). */
    public record Session(StaffIdentity identity, Tenant tenant, Set<TenantRole> roles, boolean member)
            implements Serializable {

        public Optional<Tenant> currentTenant() {
            return Optional.ofNullable(tenant);
        }

        public List<TenantRole> sortedRoles() {
            return roles.stream().sorted().toList();
        }

        /** Belongs to several institutions and has not chosen one yet. */
        public boolean mustChooseTenant() {
            return tenant == null && identity.organizations().size() > 1;
        }

        /** In the tenant's organization, but LabDesk holds no active membership (never added, or deactivated). */
        public boolean withoutMembership() {
            return tenant != null && !tenant.suspended() && !member;
        }

        public boolean tenantSuspended() {
            return tenant != null && tenant.suspended();
        }

        /**
         * What this request works as: the user, the working tenant and the roles there. No tenant while it is
         * suspended or the user holds no active membership: such a request reaches no tenant data at all.
         */
        public TenantContext.Binding binding() {
            boolean working = tenant != null && !tenant.suspended() && member;
            return new TenantContext.Binding(working ? tenant.id() : null, working ? roles : Set.of(),
                    identity.username(), identity.isPlatformAdmin());
        }
    }
}
