package io.labdesk.platform.core.rest;

import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.intake.RequestType;
import io.labdesk.platform.core.intake.RequestTypes;
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

/** {@code /api/v1/request-types}: the kinds of request the institution handles; tenant admins add and change them. */
@Path("request-types")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequestTypesResource {

    @Inject
    RequestTypes types;

    @Inject
    CurrentTenant currentTenant;

    @GET
    public List<Type> list() {
        currentTenant.requireAny(TenantRole.values());
        return types.list().stream().map(Type::of).toList();
    }

    @POST
    public Response add(Type type) {
        RequestType added = types.define(new RequestTypes.Definition(type.code(), type.nameZh(), type.nameEn(),
                type.active() == null || type.active(), type.sortOrder(), null));
        return Response.status(Response.Status.CREATED).entity(Type.of(added)).build();
    }

    @PUT
    @Path("{code}")
    public Type change(@PathParam("code") String code, Type type) {
        return Type.of(types.define(new RequestTypes.Definition(code, type.nameZh(), type.nameEn(),
                type.active() == null || type.active(), type.sortOrder(), type.version() == null ? -1L
                : type.version())));
    }

    public record Type(String code, String nameZh, String nameEn, Boolean active, Integer sortOrder, Long version) {

        static Type of(RequestType t) {
            return new Type(t.code(), t.nameZh(), t.nameEn(), t.active(), t.sortOrder(), t.version());
        }
    }
}
