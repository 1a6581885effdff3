package io.labdesk.platform.core.rest;

import io.labdesk.platform.core.tenant.PlatformTenants;
import io.labdesk.platform.core.tenant.Tenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;

/** {@code /api/v1/platform/tenants}: the operators' tenant administration (realm role platform-admin). */
@Path("platform/tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlatformTenantsResource {

    @Inject
    PlatformTenants tenants;

    @GET
    public List<TenantSummary> list() {
        return tenants.list().stream().map(u -> TenantSummary.of(u.tenant(), u.members(), u.requestsThisMonth()))
                .toList();
    }

    /** Answers the first tenant admin's one-time password, once; they must change it at first sign-in. */
    @POST
    public Response create(PlatformTenants.NewTenant request) {
        PlatformTenants.Created created = tenants.create(request);
        return Response.status(Response.Status.CREATED).entity(new CreatedTenant(
                TenantSummary.of(created.tenant(), 1, 0), created.admin().username(),
                created.admin().temporaryPassword())).build();
    }

    @PUT
    @Path("{slug}/status")
    public TenantSummary setStatus(@PathParam("slug") String slug, StatusChange change) {
        Tenant tenant = tenants.setStatus(slug, Tenant.Status.valueOf(change.status()));
        return TenantSummary.of(tenant, -1, -1);
    }

    /** The tenant's plan: which modules it may use ({@code modules} null: every installed one). */
    @PUT
    @Path("{slug}/modules")
    public Plan setPlan(@PathParam("slug") String slug, Plan plan) {
        Tenant tenant = tenants.allowModules(slug, plan.modules() == null ? null : Set.copyOf(plan.modules()));
        return new Plan(tenant.allowedModules().map(m -> m.stream().sorted().toList()).orElse(null));
    }

    public record Plan(List<String> modules) {
    }

    /** {@code activeMembers} and {@code requestsThisMonth} are -1 where not counted. */
    public record TenantSummary(String slug, String name, String nameEn, String status, long activeMembers,
                                long requestsThisMonth) {
        static TenantSummary of(Tenant t, long members, long requestsThisMonth) {
            return new TenantSummary(t.slug(), t.nameZh(), t.nameEn(), t.status().name(), members,
                    requestsThisMonth);
        }
    }

    public record CreatedTenant(TenantSummary tenant, String adminUsername, String temporaryPassword) {
    }

    public record StatusChange(String status) {
    }
}
