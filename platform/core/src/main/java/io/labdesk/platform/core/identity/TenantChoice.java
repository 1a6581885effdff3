package io.labdesk.platform.core.identity;

import io.labdesk.platform.core.security.SecurityEvent;
import io.labdesk.platform.core.security.SecurityLog;
import io.labdesk.platform.core.tenant.Tenant;
import io.labdesk.platform.core.tenant.TenantDirectory;
import io.labdesk.platform.core.tenant.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;

/**
 * Which tenant a signed-in user works for in the UI: one of their organizations, chosen after sign-in and
 * switchable without signing in again. Sign-ins and switches go into the tenant's security log.
 */
@ApplicationScoped
public class TenantChoice {

    private static final String SIGNED_IN = TenantChoice.class.getName() + ".signedIn.";

    @Inject
    SignedInStaff signedInStaff;

    @Inject
    TenantDirectory directory;

    @Inject
    TenantTransactions transactions;

    @Inject
    SecurityLog securityLog;

    /** The LabDesk tenants among the user's organizations, by slug. */
    public List<Tenant> choices(SignedInStaff.Session session) {
        return directory.findBySlugs(session.identity().organizations());
    }

    /** Makes {@code slug} the working tenant of the HTTP session, if it is one of the user's organizations. */
    public boolean choose(HttpServletRequest request, String slug) {
        SignedInStaff.Session session = signedInStaff.of(request).orElse(null);
        if (session == null || !session.identity().organizations().contains(slug)) {
            return false;
        }
        Tenant target = directory.findBySlug(slug).orElse(null);
        if (target == null) {
            return false;
        }
        String previous = session.currentTenant().map(Tenant::slug).orElse(null);
        HttpSession http = request.getSession(true);
        http.setAttribute(SignedInStaff.CHOSEN_TENANT, slug);
        signedInStaff.forget(request);
        if (previous != null && !previous.equals(slug)) {
            transactions.inTenant(target.id(), () -> {
                securityLog.record(session.identity().username(), SecurityEvent.Kind.TENANT_SWITCH, slug,
                        "from=" + previous);
                return null;
            });
            http.setAttribute(SIGNED_IN + slug, Boolean.TRUE);
        }
        return true;
    }

    /** Records the first time in this HTTP session that the user works in their current tenant. */
    public void recordSignIn(HttpServletRequest request, SignedInStaff.Session session) {
        if (session.tenant() == null || session.tenantSuspended()) {
            return;
        }
        HttpSession http = request.getSession(true);
        String key = SIGNED_IN + session.tenant().slug();
        if (http.getAttribute(key) == null) {
            http.setAttribute(key, Boolean.TRUE);
            transactions.inTenant(session.tenant().id(), () -> {
                securityLog.record(session.identity().username(), SecurityEvent.Kind.SIGN_IN, null, null);
                return null;
            });
        }
    }
}
