package io.labdesk.launcher;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the launcher reads from the environment. Unset values take the development defaults; LABDESK_DB_URL or
 * LABDESK_OIDC_URL point LabDesk at an external PostgreSQL or Keycloak, which are then not started here.
 */
public record LaunchSettings(Path root, Path dataDir, int httpPort, int managementPort, int keycloakPort, int dbPort,
                             String externalDbUrl, String externalOidcUrl, String publicBaseUrl, Path javaHome) {

    public static LaunchSettings from(Map<String, String> env, Path root, Path javaHome) {
        return new LaunchSettings(root,
                path(env, "LABDESK_DATA_DIR", root.resolve(".labdesk")),
                port(env, "LABDESK_HTTP_PORT", 8080),
                port(env, "LABDESK_MANAGEMENT_PORT", 9990),
                port(env, "LABDESK_KEYCLOAK_PORT", 8180),
                port(env, "LABDESK_DB_PORT", 15432),
                blankToNull(env.get("LABDESK_DB_URL")),
                blankToNull(env.get("LABDESK_OIDC_URL")),
                blankToNull(env.get("LABDESK_BASE_URL")),
                javaHome);
    }

    public Path wildflyHome() {
        return root.resolve("deploy/wildfly/target/wildfly");
    }

    public Path keycloakHome() {
        return root.resolve("deploy/keycloak/target/keycloak");
    }

    public Path realmFile() {
        return root.resolve("deploy/keycloak/labdesk-realm.json");
    }

    public Path war() {
        return root.resolve("platform/app/target/labdesk.war");
    }

    public Path tenantsDir() {
        return root.resolve("tenants");
    }

    /** Where users reach LabDesk: LABDESK_BASE_URL behind a proxy, else this machine's HTTP port. */
    public String baseUrl() {
        return publicBaseUrl != null ? publicBaseUrl.replaceAll("/+$", "") : "http://localhost:" + httpPort;
    }

    static int port(Map<String, String> env, String variable, int fallback) {
        String value = blankToNull(env.get(variable));
        if (value == null) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new LaunchException(variable + "=" + value + " is not a port number (1-65535).");
        }
    }

    private static Path path(Map<String, String> env, String variable, Path fallback) {
        String value = blankToNull(env.get(variable));
        return value == null ? fallback : Path.of(value).toAbsolutePath();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
