package io.labdesk.platform.core.rest;

import io.labdesk.platform.api.data.ConcurrentEdit;
import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.api.module.InvalidModuleInput;
import io.labdesk.platform.api.tenant.AccessDenied;
import io.labdesk.platform.core.identity.KeycloakAdmin;
import io.labdesk.platform.core.language.Messages;
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

    /** One kind of refusal, answered as JSON {@code {error, message, ...}}. */
    abstract static class Problem<E extends Throwable> implements ExceptionMapper<E> {

        @Context
        HttpHeaders headers;

        private final Response.Status status;
        private final String code;

        Problem(Response.Status status, String code) {
            this.status = status;
            this.code = code;
        }

        abstract String message(E e, Locale locale);

        Map<String, Object> details(E e, Locale locale) {
            return Map.of();
        }

        @Override
        public Response toResponse(E e) {
            Locale locale = CallerLanguage.of(headers);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", code);
            body.put("message", message(e, locale));
            body.putAll(details(e, locale));
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body)
                    .build();
        }
    }

    /** 403 with the roles that would have been enough; nothing was changed. */
    @Provider
    public static class Forbidden extends Problem<AccessDenied> {
        public Forbidden() {
            super(Response.Status.FORBIDDEN, "forbidden");
        }

        @Override
        String message(AccessDenied e, Locale locale) {
            return Messages.get("error.forbidden", locale);
        }

        @Override
        Map<String, Object> details(AccessDenied e, Locale locale) {
            return Map.of("requiredRoles", e.required().stream().map(Enum::name).sorted().toList());
        }
    }

    /** 409: someone else changed the record; nothing was written. */
    @Provider
    public static class Conflict extends Problem<ConcurrentEdit> {
        public Conflict() {
            super(Response.Status.CONFLICT, "conflict");
        }

        @Override
        String message(ConcurrentEdit e, Locale locale) {
            return Messages.get("error.conflict", locale);
        }
    }

    /** 400 with a message per field; nothing was written. */
    @Provider
    public static class Invalid extends Problem<InvalidInput> {
        public Invalid() {
            super(Response.Status.BAD_REQUEST, "invalid");
        }

        @Override
        String message(InvalidInput e, Locale locale) {
            return fields(e, locale).values().iterator().next();
        }

        @Override
        Map<String, Object> details(InvalidInput e, Locale locale) {
            return Map.of("fields", fields(e, locale));
        }

        private static Map<String, String> fields(InvalidInput e, Locale locale) {
            Map<String, String> fields = new LinkedHashMap<>();
            if (e instanceof InvalidModuleInput settings) {
                settings.messages().forEach((field, text) -> fields.put(field, text.in(locale)));
            } else {
                e.fieldMessageKeys().forEach((field, key) -> fields.put(field, Messages.get(key, locale)));
            }
            return fields;
        }
    }

    /** 502: Keycloak refused; LabDesk removed what it had created for the request. */
    @Provider
    public static class IdentityProvider extends Problem<KeycloakAdmin.IdentityProviderRefused> {
        public IdentityProvider() {
            super(Response.Status.BAD_GATEWAY, "identity-provider");
        }

        @Override
        String message(KeycloakAdmin.IdentityProviderRefused e, Locale locale) {
            return Messages.get("error.identity", locale, e.getMessage());
        }
    }

    /** 404, the same for another tenant's record as for one that does not exist. */
    @Provider
    public static class Missing extends Problem<NotFound> {
        public Missing() {
            super(Response.Status.NOT_FOUND, "not-found");
        }

        @Override
        String message(NotFound e, Locale locale) {
            return Messages.get("error.notFound", locale);
        }
    }

    /** 503 when the server cannot write a PDF with Chinese text: no CJK font configured or installed. */
    @Provider
    public static class NoPdfFont extends Problem<io.labdesk.platform.core.export.PdfFont.Missing> {
        public NoPdfFont() {
            super(Response.Status.SERVICE_UNAVAILABLE, "pdf-font-missing");
        }

        @Override
        String message(io.labdesk.platform.core.export.PdfFont.Missing e, Locale locale) {
            return Messages.get("error.pdfFont", locale);
        }
    }
}
