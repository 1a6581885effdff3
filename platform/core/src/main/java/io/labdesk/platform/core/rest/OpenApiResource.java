package io.labdesk.platform.core.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.InputStream;

/** {@code GET /api/v1/openapi.yaml}: the API's OpenAPI description, kept beside the code it describes. */
@Path("openapi.yaml")
public class OpenApiResource {

    @GET
    @Produces("application/yaml")
    public InputStream get() {
        InputStream description = getClass().getClassLoader().getResourceAsStream("openapi/labdesk-api.yaml");
        if (description == null) {
            throw new NotFoundException();
        }
        return description;
    }
}
