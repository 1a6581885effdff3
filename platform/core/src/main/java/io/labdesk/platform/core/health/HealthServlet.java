package io.labdesk.platform.core.health;

import io.labdesk.platform.core.config.Setting;
import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * {@code GET /health}: whether LabDesk can reach its database and its identity provider. Answers 200 when both
 * are up and 503 otherwise, with one line per check, so a load balancer and a person read the same thing.
 */
@WebServlet(urlPatterns = "/health")
public class HealthServlet extends HttpServlet {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    @Resource(lookup = "java:jboss/datasources/LabDeskDS")
    DataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put("database", database());
        checks.put("keycloak", identityProvider());
        boolean up = checks.values().stream().allMatch("UP"::equals);
        resp.setStatus(up ? 200 : 503);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        StringBuilder json = new StringBuilder("{\"status\":\"").append(up ? "UP" : "DOWN").append("\",\"checks\":{");
        String sep = "";
        for (Map.Entry<String, String> check : checks.entrySet()) {
            json.append(sep).append('"').append(check.getKey()).append("\":\"").append(check.getValue()).append('"');
            sep = ",";
        }
        resp.getWriter().write(json.append("}}").toString());
    }

    private String database() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout((int) TIMEOUT.toSeconds());
            try (ResultSet rs = s.executeQuery("SELECT 1")) {
                return rs.next() ? "UP" : "DOWN";
            }
        } catch (Exception e) {
            return "DOWN";
        }
    }

    private String identityProvider() {
        try {
            URI discovery = URI.create(Setting.OIDC_URL.require() + "/.well-known/openid-configuration");
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(discovery).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200 ? "UP" : "DOWN";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "DOWN";
        } catch (Exception e) {
            return "DOWN";
        }
    }
}
