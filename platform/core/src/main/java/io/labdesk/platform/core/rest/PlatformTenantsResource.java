package io.labdesk.platform.core.rest;

import io.labdesk.platform.core.offboarding.TenantExport;
import io.labdesk.platform.core.offboarding.TenantExports;
import io.labdesk.platform.core.offboarding.TenantRemoval;
import io.labdesk.platform.core.operator.PlatformTenants;
import io.labdesk.platform.core.tenant.Tenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** {@code /api/v1/platform/tenants}: the operators' tenant administration (realm role platform-admin). */
@Path("platform/tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlatformTenantsResource {

    @Inject
    PlatformTenants tenants;

    @Inject
    TenantExports exports;

    @Inject
    TenantRemoval removal;

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

    /** The templates in tenants/templates/ a new institution can start from. */
    @GET
    @Path("templates")
    public List<Template> templates() {
        return tenants.templates().stream().map(t -> new Template(t.id(), t.name(), t.nameEn(), t.description(),
                t.descriptionEn(), t.locale(), t.timeZone(), t.calendar(), t.modules(), t.requestTypes())).toList();
    }

    /** Starts exporting all of the tenant's data; follow it at the answer's address. */
    @POST
    @Path("{slug}/exports")
    public Response export(@PathParam("slug") String slug) {
        TenantExport export = exports.start(slug);
        return Response.accepted(Export.of(export)).location(URI.create("platform/tenants/" + slug + "/exports/"
                + export.id())).build();
    }

    @GET
    @Path("{slug}/exports/{id}")
    public Export exportStatus(@PathParam("slug") String slug, @PathParam("id") UUID id) {
        return Export.of(exports.find(slug, id));
    }

    @GET
    @Path("{slug}/exports/{id}/archive")
    @Produces("application/zip")
    public Response archive(@PathParam("slug") String slug, @PathParam("id") UUID id) {
        TenantExport export = exports.find(slug, id);
        InputStream content = exports.archive(slug, id);
        StreamingOutput body = out -> {
            try (content) {
                content.transferTo(out);
            }
        };
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"").build();
    }

    /**
     * Deletes the tenant with all its data and its Keycloak organization: only when it is suspended, was exported
     * since, and {@code confirm} repeats its slug.
     */
    @DELETE
    @Path("{slug}")
    public TenantRemoval.Removed delete(@PathParam("slug") String slug, @QueryParam("confirm") String confirm) {
        return removal.remove(slug, confirm);
    }

    public record Template(String id, String name, String nameEn, String description, String descriptionEn,
                           String locale, String timeZone, String calendar, List<String> modules,
                           List<String> requestTypes) {
    }

    /** An export's progress; {@code archive} is where to download it once {@code status} is DONE. */
    public record Export(UUID id, String tenant, String status, int percent, int tablesDone, int tables, long rows,
                         String startedAt, String finishedAt, String failure, String archive) {

        static Export of(TenantExport e) {
            return new Export(e.id(), e.slug(), e.status().name(), e.percent(), e.tablesDone(), e.tables(), e.rows(),
                    e.startedAt().toString(), e.finishedAt() == null ? null : e.finishedAt().toString(), e.failure(),
                    e.status() == TenantExport.Status.DONE ? "/api/v1/platform/tenants/" + e.slug() + "/exports/"
                            + e.id() + "/archive" : null);
        }
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
