package io.labdesk.launcher;

import io.labdesk.platform.core.onboarding.TenantDefinition;
import io.labdesk.platform.core.onboarding.TenantDefinitions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;

/**
 * {@code run}: starts PostgreSQL, Keycloak and WildFly with LabDesk, prints where to sign in, and stops all three
 * on Ctrl-C. Called by deploy/labdesk after the build.
 */
public final class Launcher {

    private final LaunchSettings settings;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    Launcher(LaunchSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        if (args.length == 0 || !"run".equals(args[0])) {
            System.err.println("usage: labdesk-launcher run");
            System.exit(2);
        }
        Path root = Path.of(System.getProperty("labdesk.root", ".")).toAbsolutePath().normalize();
        Path javaHome = Path.of(System.getProperty("java.home"));
        Launcher launcher;
        try {
            launcher = new Launcher(LaunchSettings.from(System.getenv(), root, javaHome));
        } catch (LaunchException e) {
            System.err.println("LabDesk: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            launcher.stop();
            stopped.countDown();
        }, "labdesk-stop"));
        try {
            launcher.start();
        } catch (LaunchException | CompletionException e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            System.err.println("LabDesk: " + cause.getMessage());
            System.exit(1);
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void start() {
        LaunchSettings s = settings;
        Ports.requireFree(s.httpPort(), "LabDesk HTTP", "LABDESK_HTTP_PORT");
        Ports.requireFree(s.managementPort(), "WildFly management", "LABDESK_MANAGEMENT_PORT");
        if (s.externalOidcUrl() == null) {
            Ports.requireFree(s.keycloakPort(), "Keycloak", "LABDESK_KEYCLOAK_PORT");
        }
        if (s.externalDbUrl() == null) {
            Ports.requireFree(s.dbPort(), "PostgreSQL", "LABDESK_DB_PORT");
        }

        // Keycloak starts alongside the database and the server; nothing needs it until the first sign-in.
        CompletableFuture<String> oidcUrl = s.externalOidcUrl() != null
                ? CompletableFuture.completedFuture(s.externalOidcUrl())
                : CompletableFuture.supplyAsync(() -> {
                    say("Starting Keycloak on port " + s.keycloakPort() + " ...");
                    KeycloakServer keycloak = KeycloakServer.start(s.keycloakHome(), s.realmFile(),
                            s.dataDir().resolve("keycloak"), s.keycloakPort(), s.baseUrl(), s.javaHome());
                    register(keycloak);
                    return keycloak.issuerUrl();
                });

        String dbUrl = s.externalDbUrl();
        if (dbUrl == null) {
            say("Starting PostgreSQL on port " + s.dbPort() + " ...");
            EmbeddedDatabase database = EmbeddedDatabase.start(s.dataDir().resolve("postgres/data"),
                    s.dataDir().resolve("postgres/binaries"), s.dbPort());
            register(database);
            dbUrl = database.jdbcUrl();
        }

        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("labdesk.db.url", dbUrl);
        properties.put("labdesk.oidc.url", s.externalOidcUrl() != null ? s.externalOidcUrl()
                : "http://localhost:" + s.keycloakPort() + "/realms/" + KeycloakServer.REALM);
        properties.put("labdesk.tenants.dir", s.tenantsDir().toString());
        properties.put("labdesk.base-url", s.baseUrl());
        say("Starting WildFly with LabDesk on port " + s.httpPort() + " ...");
        WildFlyServer wildfly = WildFlyServer.start(s.wildflyHome(), s.dataDir().resolve("wildfly"), s.war(),
                s.httpPort(), s.managementPort(), properties, s.javaHome());
        register(wildfly);
        String issuer = oidcUrl.join();

        say("");
        say("LabDesk is running at " + s.baseUrl() + "/");
        say("  Health:   " + s.baseUrl() + "/health");
        say("  API:      " + s.baseUrl() + "/api/v1/me (bearer token from " + issuer + ")");
        if (s.externalOidcUrl() == null) {
            say("  Keycloak: http://localhost:" + s.keycloakPort() + "/admin/ (admin / admin)");
            say("");
            say("Demo logins (password: labdesk):");
            demoLogins(s.tenantsDir()).forEach(Launcher::say);
            say("  operator     platform operator");
        }
        say("");
        say("Logs and data: " + s.dataDir() + "    Stop with Ctrl-C.");
    }

    /** One line per staff member of the tenant definitions: username, institution, roles. */
    static List<String> demoLogins(Path tenantsDir) {
        try {
            List<String> lines = new ArrayList<>();
            for (TenantDefinition tenant : TenantDefinitions.readAll(tenantsDir)) {
                for (TenantDefinition.Staff staff : tenant.staff()) {
                    lines.add(String.format("  %-12s %s  %s", staff.username(), tenant.name(), staff.roles().stream()
                            .map(r -> r.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                            .collect(Collectors.joining(", "))));
                }
            }
            return lines;
        } catch (IOException | IllegalArgumentException e) {
            return List.of("  (cannot read " + tenantsDir + ": " + e.getMessage() + ")");
        }
    }

    private synchronized void register(AutoCloseable server) {
        started.push(server);
    }

    synchronized void stop() {
        if (started.isEmpty()) {
            return;
        }
        say("Stopping LabDesk ...");
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("While stopping: " + e.getMessage());
            }
        }
        say("Stopped.");
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
