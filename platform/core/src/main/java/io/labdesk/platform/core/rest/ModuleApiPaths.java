package io.labdesk.platform.core.rest;

import io.labdesk.platform.api.module.ApiSummary;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * OpenAPI path entries read from a module's JAX-RS resource class by reflection: each resource method's path and
 * HTTP method, its path, query and header parameters with their types, its body and media types, and a summary from
 * {@link ApiSummary} (else made from the method's name). So a module's endpoints are described as deployed, never
 * kept by hand.
 */
public final class ModuleApiPaths {

    private ModuleApiPaths() {
    }

    /** Path (relative to {@code /api/v1}, e.g. {@code /probe/notes}) → HTTP method (lower case) → operation. */
    public static Map<String, Map<String, Object>> of(String moduleId, Class<?> resource) {
        Map<String, Map<String, Object>> paths = new TreeMap<>();
        String base = template(resource.getAnnotation(Path.class));
        Method[] methods = resource.getMethods();
        Arrays.sort(methods, Comparator.comparing(Method::getName).thenComparing(Method::getParameterCount));
        for (Method method : methods) {
            String verb = httpMethod(method);
            if (verb == null || Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            String path = join(base, template(method.getAnnotation(Path.class)));
            paths.computeIfAbsent(path, p -> new LinkedHashMap<>())
                    .putIfAbsent(verb.toLowerCase(Locale.ROOT), operation(moduleId, resource, method, verb));
        }
        return paths;
    }

    private static Map<String, Object> operation(String moduleId, Class<?> resource, Method method, String verb) {
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("tags", List.of(moduleId));
        operation.put("summary", summary(resource, method));
        operation.put("operationId", moduleId + "-" + resource.getSimpleName() + "-" + method.getName());
        List<Object> parameters = new ArrayList<>();
        Parameter body = null;
        for (Parameter p : method.getParameters()) {
            if (p.isAnnotationPresent(PathParam.class)) {
                parameters.add(parameter(p.getAnnotation(PathParam.class).value(), "path", p, true));
            } else if (p.isAnnotationPresent(QueryParam.class)) {
                parameters.add(parameter(p.getAnnotation(QueryParam.class).value(), "query", p, false));
            } else if (p.isAnnotationPresent(HeaderParam.class)) {
                parameters.add(parameter(p.getAnnotation(HeaderParam.class).value(), "header", p, false));
            } else if (!hasAny(p, Context.class, BeanParam.class, CookieParam.class, MatrixParam.class,
                    FormParam.class)) {
                body = p;
            }
        }
        if (!parameters.isEmpty()) {
            operation.put("parameters", parameters);
        }
        if (body != null) {
            Map<String, Object> content = new LinkedHashMap<>();
            for (String type : mediaTypes(method.getAnnotation(Consumes.class), resource.getAnnotation(Consumes.class))) {
                content.put(type, Map.of("schema", schema(body.getParameterizedType())));
            }
            operation.put("requestBody", Map.of("required", true, "content", content));
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        Type returned = method.getGenericReturnType();
        if (returned == void.class) {
            responses.put("204", Map.of("description", "Done"));
        } else {
            Map<String, Object> content = new LinkedHashMap<>();
            for (String type : mediaTypes(method.getAnnotation(Produces.class), resource.getAnnotation(Produces.class))) {
                content.put(type, returned == Response.class ? Map.of() : Map.of("schema", schema(returned)));
            }
            responses.put("200", Map.of("description", "OK", "content", content));
        }
        if (body != null || !parameters.isEmpty()) {
            responses.put("400", Map.of("$ref", "#/components/responses/Problem"));
        }
        responses.put("403", Map.of("$ref", "#/components/responses/Problem"));
        responses.put("404", Map.of("description",
                "Not found; also for every institution that has not enabled the module"));
        operation.put("responses", responses);
        operation.put("x-labdesk-module", moduleId);
        return operation;
    }

    private static Map<String, Object> parameter(String name, String in, Parameter p, boolean required) {
        Map<String, Object> parameter = new LinkedHashMap<>();
        parameter.put("name", name);
        parameter.put("in", in);
        parameter.put("required", required);
        Map<String, Object> schema = new LinkedHashMap<>(schema(p.getParameterizedType()));
        if (p.isAnnotationPresent(DefaultValue.class)) {
            schema.put("default", p.getAnnotation(DefaultValue.class).value());
        }
        parameter.put("schema", schema);
        return parameter;
    }

    /** A JSON schema for a Java type, as far as its declaration tells. */
    static Map<String, Object> schema(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            if (Collection.class.isAssignableFrom(raw)) {
                return Map.of("type", "array", "items", schema(p.getActualTypeArguments()[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of("type", "object", "additionalProperties", schema(p.getActualTypeArguments()[1]));
            }
            return schema(raw);
        }
        if (!(type instanceof Class<?> c)) {
            return Map.of();
        }
        if (c == String.class || c == char.class || c == Character.class) {
            return Map.of("type", "string");
        }
        if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
            return Map.of("type", "integer");
        }
        if (c == long.class || c == Long.class) {
            return Map.of("type", "integer", "format", "int64");
        }
        if (c == double.class || c == Double.class || c == float.class || c == Float.class || c == BigDecimal.class) {
            return Map.of("type", "number");
        }
        if (c == boolean.class || c == Boolean.class) {
            return Map.of("type", "boolean");
        }
        if (c == UUID.class) {
            return Map.of("type", "string", "format", "uuid");
        }
        if (c == LocalDate.class) {
            return Map.of("type", "string", "format", "date");
        }
        if (c == Instant.class || c == OffsetDateTime.class || c == LocalDateTime.class) {
            return Map.of("type", "string", "format", "date-time");
        }
        if (c == byte[].class || InputStream.class.isAssignableFrom(c)) {
            return Map.of("type", "string", "format", "binary");
        }
        if (c.isEnum()) {
            return Map.of("type", "string", "enum",
                    Arrays.stream(c.getEnumConstants()).map(Object::toString).toList());
        }
        if (c.isArray() || Collection.class.isAssignableFrom(c)) {
            return Map.of("type", "array", "items", c.isArray() ? schema(c.getComponentType()) : Map.of());
        }
        if (c.isRecord()) {
            Map<String, Object> properties = new LinkedHashMap<>();
            Arrays.stream(c.getRecordComponents()).forEach(rc -> properties.put(rc.getName(),
                    rc.getGenericType() == c ? Map.of("type", "object") : schema(rc.getGenericType())));
            return Map.of("type", "object", "properties", properties);
        }
        return Map.of("type", "object");
    }

    private static String summary(Class<?> resource, Method method) {
        ApiSummary own = method.getAnnotation(ApiSummary.class);
        if (own != null) {
            return own.value();
        }
        ApiSummary common = resource.getAnnotation(ApiSummary.class);
        String words = method.getName().replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        String named = Character.toUpperCase(words.charAt(0)) + words.substring(1);
        return common == null ? named : common.value() + ": " + words;
    }

    private static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static List<String> mediaTypes(Annotation onMethod, Annotation onClass) {
        Annotation chosen = onMethod != null ? onMethod : onClass;
        String[] types = chosen instanceof Produces p ? p.value() : chosen instanceof Consumes c ? c.value()
                : new String[] {MediaType.APPLICATION_JSON};
        return Arrays.stream(types).flatMap(t -> Arrays.stream(t.split(","))).map(String::strip).toList();
    }

    /** A JAX-RS path template as OpenAPI writes it: {@code {id: [0-9]+}} → {@code {id}}, no trailing slash. */
    private static String template(Path path) {
        if (path == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        String value = path.value();
        int depth = 0;
        boolean skipping = false;
        for (char ch : value.toCharArray()) {
            if (ch == '{') {
                if (++depth == 1) {
                    out.append(ch);
                }
            } else if (ch == '}') {
                depth--;
                if (depth == 0) {
                    skipping = false;
                    out.append(ch);
                }
            } else if (ch == ':' && depth == 1) {
                skipping = true;
            } else if (!skipping) {
                out.append(ch == ' ' && depth == 1 ? "" : String.valueOf(ch));
            }
        }
        return out.toString();
    }

    private static String join(String base, String sub) {
        String joined = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    @SafeVarargs
    private static boolean hasAny(Parameter p, Class<? extends Annotation>... annotations) {
        return Arrays.stream(annotations).anyMatch(p::isAnnotationPresent);
    }
}
