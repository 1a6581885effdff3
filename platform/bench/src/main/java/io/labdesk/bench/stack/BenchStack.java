package io.labdesk.bench.stack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.labdesk.launcher.EmbeddedDatabase;
import io.labdesk.launcher.KeycloakServer;
import io.labdesk.launcher.Ports;
import io.labdesk.launcher.WildFlyServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LabDesk as it runs, for measurements: the embedded PostgreSQL (with a statement log that can be switched on),
 * Keycloak with the demo realm and WildFly with the built WAR and the demo tenants, on free ports in a fresh folder.
 */
public final class BenchStack implements AutoCloseable {

    private final Path work;
    private final EmbeddedDatabase database;
    private final KeycloakServer keycloak;
    private final WildFlyServer wildfly;
    private final String baseUrl;
    private final GreenMail mail;

    private BenchStack(Path work, EmbeddedDatabase database, KeycloakServer keycloak, WildFlyServer wildfly,
                       String baseUrl, GreenMail mail) {
        this.work = work;
        this.database = database;
        this.keycloak = keycloak;
        this.wildfly = wildfly;
        this.baseUrl = baseUrl;
        this.mail = mail;
    }

    public static BenchStack start(Path root, Path work) throws IOException {
        if (Files.exists(work)) {
            WildFlyServer.deleteTree(work);
        }
        Files.createDirectories(work);
        Path javaHome = Path.of(System.getProperty("java.home"));
        Files.createDirectories(work.resolve("postgres-log"));
        int httpPort = Ports.findFree();
        String baseUrl = "http://localhost:" + httpPort;
        EmbeddedDatabase database = EmbeddedDatabase.start(work.resolve("postgres/data"),
                work.resolve("postgres/binaries"), Ports.findFree(), Map.of(
                        "logging_collector", "on",
                        "log_directory", work.resolve("postgres-log").toAbsolutePath().toString(),
                        "log_filename", "postgresql.log",
                        // No spaces or shell characters: the settings travel through pg_ctl's shell command line.
                        "log_line_prefix", "%m,%c,%u,",
                        "max_connections", "300"));
        KeycloakServer keycloak = KeycloakServer.start(root.resolve("deploy/keycloak/target/keycloak"),
                root.resolve("deploy/keycloak/labdesk-realm.json"), work.resolve("keycloak"), Ports.findFree(),
                baseUrl, javaHome);
        // Intake confirmations are really sent, as in production, to an SMTP server that keeps them.
        GreenMail mail = new GreenMail(new ServerSetup(Ports.findFree(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        WildFlyServer wildfly = WildFlyServer.start(root.resolve("deploy/wildfly/target/wildfly"),
                work.resolve("wildfly"), root.resolve("platform/app/target/labdesk.war"), httpPort, Ports.findFree(),
                Map.of("labdesk.db.url", database.jdbcUrl(), "labdesk.oidc.url", keycloak.issuerUrl(),
                        "labdesk.tenants.dir", root.resolve("tenants").toString(), "labdesk.base-url", baseUrl,
                        "labdesk.smtp.port", String.valueOf(mail.getSmtp().getPort())),
                javaHome);
        return new BenchStack(work, database, keycloak, wildfly, baseUrl, mail);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public EmbeddedDatabase database() {
        return database;
    }

    public Path statementLog() {
        return work.resolve("postgres-log/postgresql.log");
    }

    public Connection superuser() throws SQLException {
        return database.superuserConnection(EmbeddedDatabase.DATABASE);
    }

    public Connection appRole() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.APP_USER, EmbeddedDatabase.APP_PASSWORD);
    }

    /** A bearer token of a demo user, by Keycloak's password grant (as the README's curl example). */
    public String accessToken(String username) {
        String form = "grant_type=password&client_id=labdesk&client_secret=labdesk-dev-secret&username="
                + username + "&password=labdesk&scope=" + URLEncoder.encode("openid organization:*", StandardCharsets.UTF_8);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(keycloak.issuerUrl() + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
            if (!m.find()) {
                throw new IllegalStateException("No token for " + username + ": " + response.body());
            }
            return m.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        wildfly.close();
        keycloak.close();
        database.close();
        mail.stop();
    }
}
