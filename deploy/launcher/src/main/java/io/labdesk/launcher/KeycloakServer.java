package io.labdesk.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keycloak from the unpacked distribution (prepared by deploy/keycloak), with the LabDesk realm imported on first
 * start. Its file database lives in {@code dataDir}, so users and sessions survive restarts.
 */
public final class KeycloakServer extends ServerProcess {

    public static final String REALM = "labdesk";

    private final int port;

    private KeycloakServer(List<String> command, Map<String, String> env, Path home, Path log, int port) {
        super("Keycloak", command, env, home, log);
        this.port = port;
    }

    /**
     * @param appBaseUrl where LabDesk is reached; Keycloak accepts logins and logouts that return there only
     */
    public static KeycloakServer start(Path home, Path realmFile, Path dataDir, int port, String appBaseUrl,
                                       Path javaHome) {
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new LaunchException("Keycloak is not prepared in " + home + "; build the project first "
                    + "(deploy/labdesk build).");
        }
        try {
            Files.createDirectories(dataDir);
            Path importDir = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realmFile, importDir.resolve(realmFile.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new LaunchException("Cannot prepare Keycloak's folders: " + e.getMessage(), e);
        }
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start", "--optimized",
                "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + port, "--hostname-strict=false",
                "--import-realm", "--http-management-port=" + Ports.findFree(),
                "--db-url=jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("keycloakdb") + ";NON_KEYWORDS=VALUE"));
        Map<String, String> env = new HashMap<>();
        env.put("JAVA_HOME", javaHome.toString());
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", System.getenv().getOrDefault("LABDESK_KEYCLOAK_ADMIN", "admin"));
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD",
                System.getenv().getOrDefault("LABDESK_KEYCLOAK_ADMIN_PASSWORD", "admin"));
        // Keycloak 26 answers a second sign-in of the same person while the first is under way with "temporarily
        // disabled" (its brute-force guard); the same person in two tabs, or a test's API call beside its browser,
        // does that legitimately. Failed passwords still lock the account.
        env.put("KC_SPI_BRUTE_FORCE_PROTECTOR__DEFAULT_BRUTE_FORCE_DETECTOR__ALLOW_CONCURRENT_REQUESTS", "true");
        // Placeholders in labdesk-realm.json.
        env.put("LABDESK_BASE_URL", appBaseUrl);
        KeycloakServer server = new KeycloakServer(command, env, home, dataDir.resolve("keycloak.log"), port);
        try {
            server.awaitReady(() -> answers(server.issuerUrl() + "/.well-known/openid-configuration", 200),
                    Duration.ofSeconds(180));
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    public String issuerUrl() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }
}
