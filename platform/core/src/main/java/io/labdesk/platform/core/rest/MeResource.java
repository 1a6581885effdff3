package io.labdesk.platform.core.rest;

import io.labdesk.platform.core.identity.SignedInStaff;
import io.labdesk.platform.core.tenant.Tenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;

/** {@code GET /api/v1/me}: the caller, their working tenant and their roles there. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    SignedInStaff signedInStaff;

    @GET
    public Me get(@Context HttpServletRequest request) {
        SignedInStaff.Session session = signedInStaff.of(request)
                .orElseThrow(() -> new NotAuthorizedException("Bearer"));
        Tenant tenant = session.tenant();
        return new Me(session.identity().username(), session.identity().displayName(), session.identity().email(),
                tenant == null ? null : new TenantRef(tenant.slug(), tenant.name(Locale.SIMPLIFIED_CHINESE),
                        tenant.name(Locale.ENGLISH)),
                session.identity().organizations(),
                session.sortedRoles().stream().map(Enum::name).toList(),
                session.identity().isPlatformAdmin());
    }

    public record Me(String username, String name, String email, TenantRef tenant, List<String> organizations,
                     List<String> roles, boolean platformAdmin) {
    }

    public record TenantRef(String slug, String name, String nameEn) {
    }
}
