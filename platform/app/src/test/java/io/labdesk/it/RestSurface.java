package io.labdesk.it;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The REST API as deployed, read by reflection from the resource classes of the platform and of every installed
 * module on the class path — never listed by hand, so a new endpoint is tested the day it is added.
 */
final class RestSurface {

    private static final Pattern TEMPLATE = Pattern.compile("\\{([a-zA-Z]+)(?:\\s*:[^}]*)?}");

    private RestSurface() {
    }

    /**
     * One resource method: HTTP method, path under /api/v1 (with its {templates}), its path parameters by name with
     * their Java types, its query parameters, the type of its body (null without one) and what it consumes.
     */
    record Endpoint(String verb, String template, Map<String, Class<?>> pathParams, List<String> queryParams,
                    Class<?> body, List<String> consumes, String name) {

        /** The path with each parameter given by {@code value}. */
        String path(java.util.function.Function<String, String> value) {
            Matcher m = TEMPLATE.matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(value.apply(m.group(1))));
            }
            m.appendTail(out);
            return out.toString();
        }

        boolean takesJson() {
            return body != null && (consumes.isEmpty() || consumes.stream().anyMatch(c -> c.contains("json")));
        }
    }

    /** Every REST method of io.labdesk's resources, sorted by path and method. */
    static List<Endpoint> endpoints() throws IOException {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> resource : resources()) {
            String base = resource.getAnnotation(Path.class).value();
            Consumes classConsumes = resource.getAnnotation(Consumes.class);
            for (Method method : resource.getMethods()) {
                String verb = method.isAnnotationPresent(GET.class) ? "GET" : method.isAnnotationPresent(POST.class)
                        ? "POST" : method.isAnnotationPresent(PUT.class) ? "PUT"
                        : method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String template = "/api/v1/" + strip(base) + (sub == null ? "" : "/" + strip(sub.value()));
                Map<String, Class<?>> pathParams = new LinkedHashMap<>();
                List<String> queryParams = new ArrayList<>();
                Class<?> body = null;
                for (Parameter p : method.getParameters()) {
                    if (p.isAnnotationPresent(PathParam.class)) {
                        pathParams.put(p.getAnnotation(PathParam.class).value(), p.getType());
                    } else if (p.isAnnotationPresent(QueryParam.class)) {
                        queryParams.add(p.getAnnotation(QueryParam.class).value());
                    } else if (!p.isAnnotationPresent(Context.class) && p.getAnnotations().length == 0) {
                        body = p.getType();
                    }
                }
                Consumes consumes = method.getAnnotation(Consumes.class) != null ? method.getAnnotation(Consumes.class)
                        : classConsumes;
                endpoints.add(new Endpoint(verb, template, pathParams, queryParams, body,
                        consumes == null ? List.of() : List.of(consumes.value()),
                        resource.getSimpleName() + "." + method.getName()));
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::template).thenComparing(Endpoint::verb));
        return endpoints;
    }

    private static String strip(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    /** The classes under io.labdesk annotated with @Path, from the class path's directories and LabDesk's JARs. */
    private static List<Class<?>> resources() throws IOException {
        List<Class<?>> found = new ArrayList<>();
        ClassLoader loader = RestSurface.class.getClassLoader();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            File file = new File(entry);
            List<String> names = new ArrayList<>();
            if (file.isDirectory()) {
                try (Stream<java.nio.file.Path> walk = Files.walk(file.toPath())) {
                    walk.map(p -> file.toPath().relativize(p).toString().replace(File.separatorChar, '/'))
                            .filter(n -> n.startsWith("io/labdesk/") && n.endsWith("Resource.class"))
                            .forEach(names::add);
                }
            } else if (file.getName().endsWith(".jar") && file.getName().startsWith("labdesk")) {
                try (JarFile jar = new JarFile(file)) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        String n = e.nextElement().getName();
                        if (n.startsWith("io/labdesk/") && n.endsWith("Resource.class")) {
                            names.add(n);
                        }
                    }
                }
            }
            for (String n : names) {
                try {
                    Class<?> type = Class.forName(n.substring(0, n.length() - 6).replace('/', '.'), false, loader);
                    if (type.isAnnotationPresent(Path.class) && !found.contains(type)) {
                        found.add(type);
                    }
                } catch (Throwable ignored) {
                    // A class whose dependencies the test JVM lacks is no resource of ours.
                }
            }
        }
        return found;
    }

    /** Calls the API as one user with one token, fetched again before it runs out. */
    static final class Caller {

        private final String user;
        private final java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .connectTimeout(java.time.Duration.ofSeconds(10)).build();
        private String token;
        private java.time.Instant fetched = java.time.Instant.EPOCH;

        Caller(String user) {
            this.user = user;
        }

        /** {@code body} sent as {@code contentType} for POST and PUT (none for the others). */
        java.net.http.HttpResponse<String> call(String verb, String path, String contentType, String body)
                throws Exception {
            if (fetched.isBefore(java.time.Instant.now().minusSeconds(60))) {
                token = io.labdesk.testkit.Keycloak.accessToken(user);
                fetched = java.time.Instant.now();
            }
            java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                            io.labdesk.testkit.LabDeskDeployment.baseUrl() + path))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                    .header("Accept-Language", "en").timeout(java.time.Duration.ofSeconds(60));
            if (("POST".equals(verb) || "PUT".equals(verb)) && body != null) {
                request.header("Content-Type", contentType).method(verb,
                        java.net.http.HttpRequest.BodyPublishers.ofString(body));
            } else {
                request.method(verb, java.net.http.HttpRequest.BodyPublishers.noBody());
            }
            return client.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        }
    }
}
