package io.labdesk.platform.core.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/**
 * {@code GET /api/v1/openapi.yaml}: the API's OpenAPI description, the platform's kept beside the code it describes,
 * the installed modules' read from their resources.
 */
@Path("openapi.yaml")
@RequestScoped
public class OpenApiResource {

    @Inject
    OpenApiDescription description;

    @GET
    @Produces("application/yaml")
    public String get() {
        return description.yaml();
    }
}
