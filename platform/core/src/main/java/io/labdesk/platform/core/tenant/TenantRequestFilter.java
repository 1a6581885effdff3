package io.labdesk.platform.core.tenant;

import io.labdesk.platform.core.identity.SignedInStaff;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Binds the signed-in user's working tenant to the request thread before anything touches data, and unbinds it
 * afterwards. A suspended tenant's users get no data; the API tells them so with 403.
 */
@WebFilter(urlPatterns = "/*", filterName = "labdesk-tenant", asyncSupported = true)
public class TenantRequestFilter extends HttpFilter {

    @Inject
    SignedInStaff signedInStaff;

    @Inject
    TenantDirectory directory;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isStatic(request)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> publicSlug = publicSlug(path(request));
        if (publicSlug.isPresent()) {
            // A customer's page: the institution is the one named in the address; no account, no roles.
            TenantContext.Binding binding = directory.findBySlug(publicSlug.get()).filter(t -> !t.suspended())
                    .map(t -> new TenantContext.Binding(t.id(), java.util.Set.of(), "public", false)).orElse(null);
            try (TenantContext.Scope ignored = TenantContext.bind(binding)) {
                chain.doFilter(request, response);
            }
            return;
        }
        Optional<SignedInStaff.Session> session = signedInStaff.of(request);
        if (session.isPresent() && session.get().tenantSuspended() && isApi(request)
                && !session.get().identity().isPlatformAdmin()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"error\":\"tenant-suspended\",\"message\":\"This institution's account is "
                    + "suspended. Its data is kept and returns when the account is resumed.\"}");
            return;
        }
        try (TenantContext.Scope ignored = TenantContext.bind(session.map(SignedInStaff.Session::binding).orElse(null))) {
            chain.doFilter(request, response);
        }
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

    private static boolean isStatic(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith("/VAADIN/") || path.startsWith("/labdesk/") || path.startsWith("/lumo/")
                || path.equals("/health");
    }

    private static boolean isApi(HttpServletRequest request) {
        return path(request).startsWith("/api/");
    }
}
