package io.labdesk.platform.core.rest;

import io.labdesk.platform.api.data.InvalidInput;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * No text reaches LabDesk with a NUL character (PostgreSQL cannot store one; no person types one): a query, path or
 * JSON body holding one is refused with 400 before anything reads it. A JSON body that is {@code null} is refused
 * too, where a call reads one.
 */
@Provider
public class TextWithoutNul implements ContainerRequestFilter, ReaderInterceptor {

    @Override
    public void filter(ContainerRequestContext request) {
        String uri = request.getUriInfo().getRequestUri().getRawPath() + "?"
                + request.getUriInfo().getRequestUri().getRawQuery();
        if (uri.contains("%00") || containsNul(request.getUriInfo().getQueryParameters())) {
            throw new InvalidInput(Map.of("query", "validation.nul"));
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.indexOf('\0') >= 0 || text.contains("\\u0000")) {
            throw new InvalidInput(Map.of("body", "validation.nul"));
        }
        context.setInputStream(new ByteArrayInputStream(body));
        Object read = context.proceed();
        if (read == null && !text.isBlank()) {
            throw new InvalidInput(Map.of("body", "error.body"));
        }
        return read;
    }

    private static boolean containsNul(Map<String, List<String>> parameters) {
        return parameters.values().stream().flatMap(List::stream).anyMatch(v -> v.indexOf('\0') >= 0);
    }
}
