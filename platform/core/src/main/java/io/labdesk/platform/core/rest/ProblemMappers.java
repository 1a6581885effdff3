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

    /**
     * What the database refused, told as the caller's fault where it is one: 409 when two changes raced past the
     * version check together (a stale version, or a second row where one is allowed), 400 when a value did not fit
     * (too long, out of range); anything else stays a server error. A net under the services' own checks.
     */
    static Response databaseRefusal(Throwable e, HttpHeaders headers) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String state = t instanceof java.sql.SQLException sql ? sql.getSQLState() : null;
            if (t instanceof jakarta.persistence.OptimisticLockException || t instanceof org.hibernate.StaleStateException
                    || "23505".equals(state)) {
                return refusal(Response.Status.CONFLICT, "conflict", "error.conflict", headers);
            }
            if (t instanceof org.hibernate.exception.DataException || state != null && state.startsWith("22")) {
                return refusal(Response.Status.BAD_REQUEST, "invalid", "validation.value", headers);
            }
        }
        java.util.logging.Logger.getLogger(ProblemMappers.class.getName())
                .log(java.util.logging.Level.SEVERE, "A transaction failed", e);
        return Response.serverError().build();
    }

    static Response refusal(Response.Status status, String code, String messageKey, HttpHeaders headers) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("message", Messages.get(messageKey, CallerLanguage.of(headers)));
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
    }

    /** A commit the database refused. */
    @Provider
    public static class RefusedAtCommit implements ExceptionMapper<jakarta.transaction.TransactionalException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(jakarta.transaction.TransactionalException e) {
            return databaseRefusal(e, headers);
        }
    }

    /** A statement the database refused while the change was being written. */
    @Provider
    public static class RefusedStatement implements ExceptionMapper<jakarta.persistence.PersistenceException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(jakarta.persistence.PersistenceException e) {
            return databaseRefusal(e, headers);
        }
    }

    /** 400 for a body that is no JSON, or JSON of another shape than the call reads. */
    @Provider
    public static class UnreadableBody implements ExceptionMapper<jakarta.ws.rs.ProcessingException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(jakarta.ws.rs.ProcessingException e) {
            return refusal(Response.Status.BAD_REQUEST, "invalid", "error.body", headers);
        }
    }

    /**
     * 400 when a value could not be read as what the service needed (a date, an id, a choice) and the service did not
     * check it itself — the same net as for a missing value, logged the same way.
     */
    @Provider
    public static class UnreadableValue implements ExceptionMapper<IllegalArgumentException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(IllegalArgumentException e) {
            java.util.logging.Logger.getLogger(UnreadableValue.class.getName())
                    .log(java.util.logging.Level.WARNING, "A call sent a value its service does not check", e);
            return refusal(Response.Status.BAD_REQUEST, "invalid", "validation.value", headers);
        }
    }

    /**
     * 400 when a call left out a value the service needed and did not check for itself — a net under the services'
     * own checks, logged so that the missing check is found and written.
     */
    @Provider
    public static class MissingValue implements ExceptionMapper<NullPointerException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(NullPointerException e) {
            java.util.logging.Logger.getLogger(MissingValue.class.getName())
                    .log(java.util.logging.Level.WARNING, "A call left out a value its service does not check", e);
            return refusal(Response.Status.BAD_REQUEST, "invalid", "validation.missing", headers);
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
