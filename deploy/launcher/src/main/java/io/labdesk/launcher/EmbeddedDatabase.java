package io.labdesk.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

/**
 * PostgreSQL from the embedded binaries, for development and tests only (it runs with fsync off). Its data stays
 * in the given folder across restarts. On start it makes sure LabDesk's database and its two roles exist: the
 * schema owner, and the application role that owns nothing and cannot bypass row-level security.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "labdesk";
    public static final String OWNER = "labdesk";
    public static final String OWNER_PASSWORD = "labdesk";
    public static final String APP_USER = "labdesk_app";
    public static final String APP_PASSWORD = "labdesk_app";

    private final EmbeddedPostgres postgres;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    public static EmbeddedDatabase start(Path dataDir, Path binariesDir, int port) {
        return start(dataDir, binariesDir, port, Map.of());
    }

    /** With further server settings, e.g. a statement log for measurements. */
    public static EmbeddedDatabase start(Path dataDir, Path binariesDir, int port, Map<String, String> settings) {
        try {
            Files.createDirectories(dataDir.getParent());
            Files.createDirectories(binariesDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            settings.forEach(builder::setServerConfig);
            EmbeddedPostgres postgres = builder
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(binariesDir.toFile())
                    .setPort(port)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "200")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setRegisterShutdownHook(false)
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres, port);
            database.ensureDatabaseAndRoles();
            return database;
        } catch (IOException | SQLException e) {
            throw new LaunchException("PostgreSQL did not start in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** A connection as PostgreSQL's superuser, to the given database. */
    public Connection superuserConnection(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, "postgres", "");
    }

    private void ensureDatabaseAndRoles() throws SQLException {
        try (Connection c = superuserConnection("postgres"); Statement s = c.createStatement()) {
            if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", OWNER)) {
                s.execute("CREATE ROLE " + OWNER + " LOGIN PASSWORD '" + OWNER_PASSWORD + "'");
            }
            if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", APP_USER)) {
                s.execute("CREATE ROLE " + APP_USER + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD '"
                        + APP_PASSWORD + "'");
            }
            if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", DATABASE)) {
                s.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER + " ENCODING 'UTF8' TEMPLATE template0");
            }
        }
        try (Connection c = superuserConnection(DATABASE); Statement s = c.createStatement()) {
            // The owner creates the schema's objects; nobody else may.
            s.execute("ALTER SCHEMA public OWNER TO " + OWNER);
            s.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
        }
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, name);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
