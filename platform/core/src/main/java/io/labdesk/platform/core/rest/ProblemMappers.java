package io.labdesk.platform.core.rest;

import io.labdesk.platform.api.data.ConcurrentEdit;
import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.api.tenant.AccessDenied;
import io.labdesk.platform.core.tenant.NotFound;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** How the API reports what went wrong: a status, a code and a message in the caller's language. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    static Response problem(Response.Status status, String code, String message, Map<String, Object> more) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("message", message);
        body.putAll(more);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
    }

    static Locale locale(HttpHeaders headers) {
        return Messages.choose(headers == null ? java.util.List.of() : headers.getAcceptableLanguages());
    }

    /** 403 with the roles that would have been enough; nothing was changed. */
    @Provider
    public static class Forbidden implements ExceptionMapper<AccessDenied> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(AccessDenied e) {
            return problem(Response.Status.FORBIDDEN, "forbidden", Messages.get("error.forbidden", locale(headers)),
                    Map.of("requiredRoles", e.required().stream().map(Enum::name).sorted().toList()));
        }
    }

    /** 409: someone else changed the record; nothing was written. */
    @Provider
    public static class Conflict implements ExceptionMapper<ConcurrentEdit> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ConcurrentEdit e) {
            return problem(Response.Status.CONFLICT, "conflict", Messages.get("error.conflict", locale(headers)), Map.of());
        }
    }

    /** 400 with a message per field; nothing was written. */
    @Provider
    public static class Invalid implements ExceptionMapper<InvalidInput> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(InvalidInput e) {
            Locale locale = locale(headers);
            Map<String, String> fields = new LinkedHashMap<>();
            e.fieldMessageKeys().forEach((field, key) -> fields.put(field, Messages.get(key, locale)));
            return problem(Response.Status.BAD_REQUEST, "invalid", fields.values().iterator().next(),
                    Map.of("fields", fields));
        }
    }

    /** 502: Keycloak refused; LabDesk removed what it had created for the request. */
    @Provider
    public static class IdentityProvider implements ExceptionMapper<io.labdesk.platform.core.identity.KeycloakAdmin.IdentityProviderRefused> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(io.labdesk.platform.core.identity.KeycloakAdmin.IdentityProviderRefused e) {
            return problem(Response.Status.BAD_GATEWAY, "identity-provider",
                    Messages.get("error.identity", locale(headers), e.getMessage()), Map.of());
        }
    }

    /** 404, the same for another tenant's record as for one that does not exist. */
    @Provider
    public static class Missing implements ExceptionMapper<NotFound> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(NotFound e) {
            return problem(Response.Status.NOT_FOUND, "not-found", Messages.get("error.notFound", locale(headers)), Map.of());
        }
    }
}
