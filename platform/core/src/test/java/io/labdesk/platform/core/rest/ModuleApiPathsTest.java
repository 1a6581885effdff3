package io.labdesk.platform.core.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.platform.api.module.ApiSummary;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A module's resource is described as JAX-RS serves it: paths, methods, parameters, body, media types, summary. */
class ModuleApiPathsTest {

    record Retest(UUID id, String number, int attempts, List<String> reports) {
    }

    @Path("/retests/")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class RetestResource {

        @GET
        @ApiSummary("The retests of the institution, newest first")
        public List<Retest> list(@QueryParam("status") String status, @QueryParam("limit") @DefaultValue("50") int limit,
                                 @Context HttpHeaders headers) {
            return List.of();
        }

        @POST
        public Retest order(Map<String, String> order) {
            return null;
        }

        @GET
        @Path("{id: [0-9a-f-]{36}}/report.pdf")
        @Produces("application/pdf")
        public byte[] report(@PathParam("id") UUID id) {
            return new byte[0];
        }

        @DELETE
        @Path("{id}")
        public void cancel(@PathParam("id") UUID id) {
        }

        public String notAResourceMethod() {
            return "";
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void pathsMethodsParametersBodiesAndSummariesComeFromTheAnnotations() {
        Map<String, Map<String, Object>> paths = ModuleApiPaths.of("retest", RetestResource.class);

        assertThat(paths).containsOnlyKeys("/retests", "/retests/{id}/report.pdf", "/retests/{id}");
        Map<String, Object> list = (Map<String, Object>) paths.get("/retests").get("get");
        assertThat(list).containsEntry("summary", "The retests of the institution, newest first")
                .containsEntry("tags", List.of("retest")).containsEntry("x-labdesk-module", "retest");
        assertThat((List<Map<String, Object>>) list.get("parameters")).extracting(p -> p.get("name") + " in " + p.get("in"))
                .containsExactly("status in query", "limit in query");
        assertThat(((List<Map<String, Object>>) list.get("parameters")).get(1).get("schema"))
                .isEqualTo(Map.of("type", "integer", "default", "50"));
        Map<String, Object> listed = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                ((Map<String, Object>) list.get("responses")).get("200")).get("content")).get("application/json");
        assertThat(listed.get("schema").toString()).contains("array", "attempts", "integer", "reports", "uuid");

        Map<String, Object> order = (Map<String, Object>) paths.get("/retests").get("post");
        assertThat(order).containsEntry("summary", "Order");
        assertThat(order.get("requestBody").toString()).contains("application/json", "additionalProperties");

        Map<String, Object> report = (Map<String, Object>) paths.get("/retests/{id}/report.pdf").get("get");
        assertThat(report.get("parameters").toString()).contains("name=id", "in=path", "required=true", "uuid");
        assertThat(report.get("responses").toString()).contains("application/pdf", "binary");
        assertThat(((Map<String, Object>) paths.get("/retests/{id}").get("delete")).get("responses").toString())
                .contains("204");
    }
}
