package io.labdesk.platform.core.web;

import io.labdesk.platform.core.identity.SignedInStaff;
import io.labdesk.platform.core.language.Messages;
import io.labdesk.platform.core.security.SecurityEvent;
import io.labdesk.platform.core.security.SecurityLog;
import io.labdesk.platform.core.tenant.Tenant;
import io.labdesk.platform.core.tenant.TenantContext;
import io.labdesk.platform.core.tenant.TenantDirectory;
import io.labdesk.platform.core.tenant.TenantTransactions;
import io.labdesk.platform.core.tracking.TrackingLinks;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * Binds the signed-in user's working tenant to the request thread before anything touches data, and unbinds it
 * afterwards. A suspended tenant's users get no data; the API tells them so with 403, as it tells a caller naming an
 * institution they do not belong to.
 */
@WebFilter(urlPatterns = "/*", filterName = "labdesk-tenant", asyncSupported = true)
public class TenantRequestFilter extends HttpFilter {

    @Inject
    SignedInStaff signedInStaff;

    @Inject
    TenantDirectory directory;

    @Inject
    TrackingLinks trackingLinks;

    @Inject
    TenantTransactions transactions;

    @Inject
    SecurityLog securityLog;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isStatic(request)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<TenantContext.Binding> customer = customerBinding(path(request));
        if (customer != null) {
            // A customer's page: the institution is the one the address names, or the one a private link opens.
            try (TenantContext.Scope ignored = TenantContext.bind(customer.orElse(null))) {
                chain.doFilter(request, response);
            }
            return;
        }
        Optional<SignedInStaff.Session> session = signedInStaff.of(request);
        String named = request.getHeader(SignedInStaff.TENANT_HEADER);
        if (session.isPresent() && isApi(request) && named != null && !named.isBlank()
                && !session.get().identity().organizations().contains(named.strip())) {
            refuseForeignTenant(request, response, session.get(), named.strip());
            return;
        }
        if (session.isPresent() && session.get().tenantSuspended() && isApi(request)
                && !session.get().identity().isPlatformAdmin()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            String message = Messages.get("error.suspended", Page.locale(request,
                    session.get().currentTenant().map(Tenant::defaultLocale).orElse(null)));
            response.getWriter().write(Json.createObjectBuilder().add("error", "tenant-suspended")
                    .add("message", message).build().toString());
            return;
        }
        try (TenantContext.Scope ignored = TenantContext.bind(session.map(SignedInStaff.Session::binding).orElse(null))) {
            chain.doFilter(request, response);
        }
    }

    /**
     * A call naming an institution the caller does not belong to never runs, not even in their own institution (a
     * client that believes it writes to B must not write to A): 403, and the attempt in the security log of the
     * institution it named and of the caller's own.
     */
    private void refuseForeignTenant(HttpServletRequest request, HttpServletResponse response,
                                     SignedInStaff.Session session, String named) throws IOException {
        String actor = session.identity().username();
        String detail = request.getMethod() + " " + path(request);
        Set<java.util.UUID> logs = new java.util.LinkedHashSet<>();
        directory.findBySlug(named).ifPresent(t -> logs.add(t.id()));
        session.currentTenant().ifPresent(t -> logs.add(t.id()));
        for (java.util.UUID tenant : logs) {
            transactions.inTenant(tenant, () -> {
                securityLog.record(actor, SecurityEvent.Kind.TENANT_REFUSED, named, detail);
                return null;
            });
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        String message = Messages.get("error.tenant-not-yours", Page.locale(request,
                session.currentTenant().map(Tenant::defaultLocale).orElse(null)), named);
        response.getWriter().write(Json.createObjectBuilder().add("error", "tenant-not-yours")
                .add("message", message).build().toString());
    }

    /**
     * For customers' addresses ({@code /t/{slug}/...}, {@code /track/{token}}): the tenant they work in, empty when
     * the slug or token opens nothing. Null for every other address.
     */
    Optional<TenantContext.Binding> customerBinding(String path) {
        Optional<String> slug = publicSlug(path);
        if (slug.isPresent()) {
            return directory.findBySlug(slug.get()).filter(t -> !t.suspended())
                    .map(t -> new TenantContext.Binding(t.id(), Set.of(), "public", false));
        }
        Optional<String> token = trackingToken(path);
        if (token.isPresent()) {
            return trackingLinks.resolve(token.get())
                    .map(target -> new TenantContext.Binding(target.tenantId(), Set.of(), "customer", false));
        }
        return null;
    }

    /** The token of a private tracking link address, {@code /track/{token}}. */
    static Optional<String> trackingToken(String path) {
        if (!path.startsWith("/track/")) {
            return Optional.empty();
        }
        String rest = path.substring("/track/".length());
        int end = rest.indexOf('/');
        return Optional.of(end < 0 ? rest : rest.substring(0, end)).filter(t -> !t.isEmpty());
    }

    /** The tenant slug of a public page address, {@code /t/{slug}/...}. */
    static Optional<String> publicSlug(String path) {
        if (!path.startsWith("/t/")) {
            return Optional.empty();
        }
        String rest = path.substring(3);
        int end = rest.indexOf('/');
        String slug = end < 0 ? rest : rest.substring(0, end);
        return slug.matches("[a-z0-9][a-z0-9-]{1,62}") ? Optional.of(slug) : Optional.empty();
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Static files; not Vaadin's dynamic resources, which are a signed-in user's downloads and uploads. */
    private static boolean isStatic(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith("/VAADIN/") && !path.startsWith("/VAADIN/dynamic/") || path.startsWith("/labdesk/")
                || path.startsWith("/lumo/") || path.equals("/health");
    }

    private static boolean isApi(HttpServletRequest request) {
        return path(request).startsWith("/api/");
    }
}
