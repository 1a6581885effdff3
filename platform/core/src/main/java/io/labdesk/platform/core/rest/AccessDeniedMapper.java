package io.labdesk.platform.core.rest;

import io.labdesk.platform.api.tenant.AccessDenied;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** A missing role is 403 with the roles that would have been enough; nothing was changed. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDenied> {

    @Override
    public Response toResponse(AccessDenied e) {
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("error", "forbidden", "requiredRoles",
                        e.required().stream().map(Enum::name).sorted().toList()))
                .build();
    }
}
