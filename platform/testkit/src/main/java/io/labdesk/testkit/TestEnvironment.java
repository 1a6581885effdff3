package io.labdesk.testkit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.labdesk.launcher.EmbeddedDatabase;
import io.labdesk.launcher.KeycloakServer;
import io.labdesk.launcher.Ports;
import io.labdesk.launcher.WildFlyServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts what the integration tests need once per test run: an empty PostgreSQL and a Keycloak with the LabDesk
 * realm freshly imported, on free ports, and a WildFly base folder. Arquillian then starts the provisioned
 * WildFly once (see arquillian.xml), and every test class, the modules' included, deploys the real WAR to it. Active
 * only under failsafe ({@code -Dlabdesk.it=true}).
 */
public class TestEnvironment implements LauncherSessionListener {

    private static EmbeddedDatabase database;
    private static KeycloakServer keycloak;
    private static GreenMail mail;
    private static GreenMail imap;
    private static SmsGateway sms;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("labdesk.it") || database != null) {
            return;
        }
        Path root = Path.of(System.getProperty("labdesk.root")).toAbsolutePath().normalize();
        Path work = Path.of(System.getProperty("labdesk.it.dir")).toAbsolutePath();
        try {
            if (Files.exists(work)) {
                WildFlyServer.deleteTree(work);
            }
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot clear " + work, e);
        }
        int httpPort = Ports.findFree();
        String baseUrl = "http://localhost:" + httpPort;

        database = EmbeddedDatabase.start(work.resolve("postgres/data"), work.resolve("postgres/binaries"),
                Ports.findFree());
        keycloak = KeycloakServer.start(root.resolve("deploy/keycloak/target/keycloak"),
                root.resolve("deploy/keycloak/labdesk-realm.json"), work.resolve("keycloak"), Ports.findFree(),
                baseUrl, Path.of(System.getProperty("java.home")));
        mail = new GreenMail(new ServerSetup(Ports.findFree(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        imap = startImap(work.resolve("tls"));
        try {
            sms = new SmsGateway(Ports.findFree());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the test SMS gateway", e);
        }
        Path wildflyHome = root.resolve("deploy/wildfly/target/wildfly");
        Path baseDir = work.resolve("wildfly");
        WildFlyServer.prepareBaseDir(wildflyHome, baseDir);

        // Read by arquillian.xml and by the tests.
        System.setProperty("labdesk.it.wildfly.home", wildflyHome.toString());
        System.setProperty("labdesk.it.base.dir", baseDir.toString());
        System.setProperty("labdesk.it.http.port", String.valueOf(httpPort));
        System.setProperty("labdesk.it.https.port", String.valueOf(Ports.findFree()));
        System.setProperty("labdesk.it.management.port", String.valueOf(Ports.findFree()));
        System.setProperty("labdesk.it.db.url", database.jdbcUrl());
        System.setProperty("labdesk.it.db.port", String.valueOf(database.port()));
        System.setProperty("labdesk.it.oidc.url", keycloak.issuerUrl());
        System.setProperty("labdesk.it.base.url", baseUrl);
        System.setProperty("labdesk.it.smtp.port", String.valueOf(mail.getSmtp().getPort()));
        System.setProperty("labdesk.it.sms.url", sms.url());
        System.setProperty("labdesk.it.imaps.port", String.valueOf(imap.getImaps().getPort()));
        System.setProperty("labdesk.it.mailbox.key", java.util.UUID.randomUUID().toString());
        System.setProperty("labdesk.it.tenants.dir", tenantsFolder(root, work).toString());
        System.setProperty("labdesk.it.screenshots", work.getParent().resolve("screenshots").toString());
    }

    /**
     * An institution's mail server for the run: IMAP over TLS on the loopback interface only, with a certificate made
     * for 127.0.0.1 that the server under test trusts (a copy of the JDK's trust store plus it), so LabDesk checks the
     * certificate and name exactly as in production.
     */
    private static GreenMail startImap(Path folder) {
        try {
            Files.createDirectories(folder);
            Path keys = folder.resolve("imap.p12");
            Path trust = folder.resolve("trust.p12");
            Path certificate = folder.resolve("imap.cer");
            String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
            keytool(keytool, "-genkeypair", "-alias", "imap", "-keyalg", "RSA", "-keysize", "2048", "-validity", "30",
                    "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
                    "-keystore", keys.toString(), "-storepass", "changeit", "-keypass", "changeit");
            keytool(keytool, "-exportcert", "-alias", "imap", "-keystore", keys.toString(), "-storepass", "changeit",
                    "-file", certificate.toString());
            keytool(keytool, "-importkeystore", "-noprompt", "-srckeystore",
                    Path.of(System.getProperty("java.home"), "lib", "security", "cacerts").toString(),
                    "-srcstorepass", "changeit", "-destkeystore", trust.toString(), "-deststoretype", "PKCS12",
                    "-deststorepass", "changeit");
            keytool(keytool, "-importcert", "-noprompt", "-alias", "labdesk-it-imap", "-file", certificate.toString(),
                    "-keystore", trust.toString(), "-storepass", "changeit");
            System.setProperty("greenmail.tls.keystore.file", keys.toString());
            System.setProperty("greenmail.tls.keystore.password", "changeit");
            System.setProperty("greenmail.tls.key.password", "changeit");
            System.setProperty("labdesk.it.truststore", trust.toString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("Cannot make the test mail server's certificate", e);
        }
        GreenMail server = new GreenMail(new ServerSetup(Ports.findFree(), "127.0.0.1", ServerSetup.PROTOCOL_IMAPS));
        server.start();
        return server;
    }

    private static void keytool(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("keytool failed: " + output);
        }
    }

    /**
     * The shipped tenants folder plus the run's test-only templates, if it names a folder of them in
     * {@code labdesk.it.test.tenants} (the platform's use the test-only probe module).
     */
    private static Path tenantsFolder(Path root, Path work) {
        Path copy = work.resolve("tenants");
        List<Path> folders = new ArrayList<>(List.of(root.resolve("tenants")));
        String testTenants = System.getProperty("labdesk.it.test.tenants");
        if (testTenants != null && Files.isDirectory(Path.of(testTenants))) {
            folders.add(Path.of(testTenants));
        }
        try {
            for (Path from : folders) {
                try (var files = Files.walk(from)) {
                    for (Path file : files.toList()) {
                        Path to = copy.resolve(from.relativize(file).toString());
                        if (Files.isDirectory(file)) {
                            Files.createDirectories(to);
                        } else {
                            Files.copy(file, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot prepare the tenants folder", e);
        }
        return copy;
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (mail != null) {
            mail.stop();
            mail = null;
        }
        if (imap != null) {
            imap.stop();
            imap = null;
        }
        if (sms != null) {
            sms.close();
            sms = null;
        }
        if (keycloak != null) {
            keycloak.close();
            keycloak = null;
        }
        if (database != null) {
            database.close();
            database = null;
        }
    }

    public static EmbeddedDatabase database() {
        return database;
    }

    /** The SMTP server LabDesk sends to during the run. */
    public static GreenMail mail() {
        return mail;
    }

    /** The institutions' IMAP-over-TLS server (127.0.0.1, {@code labdesk.it.imaps.port}); tests add its users. */
    public static GreenMail imap() {
        return imap;
    }

    public static SmsGateway sms() {
        return sms;
    }

    public static String oidcUrl() {
        return System.getProperty("labdesk.it.oidc.url");
    }
}
