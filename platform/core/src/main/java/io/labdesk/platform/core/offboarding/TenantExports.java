package io.labdesk.platform.core.offboarding;

import io.labdesk.platform.api.tenant.AccessDenied;
import io.labdesk.platform.core.operator.PlatformTenants;
import io.labdesk.platform.core.tenant.NotFound;
import io.labdesk.platform.core.tenant.Tenant;
import io.labdesk.platform.core.tenant.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;

/**
 * Exports all of a tenant's data — every table that carries its {@code tenant_id}, plug-in modules' included, its
 * tenant row and tracking links — as one ZIP with a JSON and a CSV file per table and a manifest. Runs in the
 * background in one consistent snapshot; the platform admin follows its progress and downloads the archive. An
 * export taken while the tenant is suspended (nothing can change it) is what allows deleting the tenant.
 */
@ApplicationScoped
public class TenantExports {

    private static final Logger LOG = Logger.getLogger(TenantExports.class.getName());
    private static final Duration KEPT = Duration.ofHours(24);

    @Resource(lookup = "java:jboss/datasources/LabDeskOwnerDS")
    DataSource ownerDataSource;

    @Resource
    ManagedExecutorService executor;

    @Inject
    PlatformTenants tenants;

    private final Map<UUID, TenantExport> exports = new ConcurrentHashMap<>();

    /** Starts an export of the tenant; answers at once with the export to follow. */
    public TenantExport start(String slug) {
        requirePlatformAdmin();
        Tenant tenant = tenants.findOrFail(slug);
        forgetOld();
        TenantExport export = new TenantExport(slug, tenant.id(), TenantContext.actor());
        exports.put(export.id(), export);
        boolean whileSuspended = tenant.suspended();
        executor.submit(() -> run(export, whileSuspended));
        return export;
    }

    public TenantExport find(String slug, UUID id) {
        requirePlatformAdmin();
        TenantExport export = exports.get(id);
        if (export == null || !export.slug().equals(slug)) {
            throw new NotFound("export", id);
        }
        return export;
    }

    /** The finished archive's content. */
    public InputStream archive(String slug, UUID id) {
        TenantExport export = find(slug, id);
        if (export.status() != TenantExport.Status.DONE) {
            throw new NotFound("export archive", id);
        }
        try {
            return Files.newInputStream(export.archive());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void run(TenantExport export, boolean whileSuspended) {
        Path file = null;
        try {
            file = Files.createTempFile("labdesk-export-", ".zip");
            try (Connection c = ownerDataSource.getConnection();
                 OutputStream out = Files.newOutputStream(file);
                 ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                c.setAutoCommit(false);
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                c.setReadOnly(true);
                bindTenant(c, export.tenantId());
                write(c, zip, export);
                c.commit();
            }
            if (whileSuspended) {
                recordExport(export);
            }
            export.done(file);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Export of tenant " + export.slug() + " failed", e);
            export.failed(e.getMessage());
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // the temporary folder is cleaned by the system
                }
            }
        }
    }

    private void write(Connection c, ZipOutputStream zip, TenantExport export) throws SQLException, IOException {
        List<String> tables = TenantTables.all(c);
        export.planned(tables.size() + 2);
        JsonArrayBuilder manifest = Json.createArrayBuilder();
        manifest.add(table(c, zip, export, "tenant", "SELECT row_to_json(t)::text FROM tenant t WHERE id = ?"));
        manifest.add(table(c, zip, export, "tracking_link",
                "SELECT row_to_json(t)::text FROM tracking_link t WHERE tenant = ?"));
        for (String table : tables) {
            manifest.add(table(c, zip, export, table,
                    "SELECT row_to_json(t)::text FROM " + quote(table) + " t WHERE tenant_id = ?"));
        }
        zip.putNextEntry(new ZipEntry("manifest.json"));
        zip.write(Json.createObjectBuilder().add("format", "labdesk-tenant-export/1").add("tenant", export.slug())
                .add("tenantId", export.tenantId().toString()).add("exportedBy", export.requestedBy())
                .add("exportedAt", export.startedAt().toString()).add("tables", manifest).build().toString()
                .getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** One table as json/TABLE.json (an array of rows) and csv/TABLE.csv; answers its manifest entry. */
    private static JsonObject table(Connection c, ZipOutputStream zip, TenantExport export, String table, String sql)
            throws SQLException, IOException {
        List<String> columns = new ArrayList<>(TenantTables.columns(c, table));
        // Secrets (a mailbox password, sealed) never leave in an export, not even sealed.
        List<String> secrets = columns.stream().filter(col -> col.endsWith("_secret")).toList();
        if (!secrets.isEmpty()) {
            columns.removeAll(secrets);
            sql = sql.replace("row_to_json(t)::text", "(to_jsonb(t) - ARRAY[" + String.join(", ",
                    secrets.stream().map(col -> "'" + col + "'").toList()) + "]::text[])::text");
        }
        long rows = 0;
        zip.putNextEntry(new ZipEntry("json/" + table + ".json"));
        Writer json = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
        json.write("[");
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, export.tenantId());
            s.setFetchSize(500);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    json.write(rows++ == 0 ? "\n" : ",\n");
                    json.write(rs.getString(1));
                }
            }
        }
        json.write("\n]\n");
        json.flush();
        zip.closeEntry();

        zip.putNextEntry(new ZipEntry("csv/" + table + ".csv"));
        Writer csv = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
        csv.write('\ufeff'); // lets spreadsheet programs read UTF-8 (Chinese) correctly
        csv.write(String.join(",", columns.stream().map(TenantExports::csvCell).toList()));
        csv.write("\r\n");
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, export.tenantId());
            s.setFetchSize(500);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    JsonObject row = Json.createReader(new StringReader(rs.getString(1))).readObject();
                    List<String> cells = new ArrayList<>(columns.size());
                    for (String column : columns) {
                        JsonValue v = row.get(column);
                        cells.add(csvCell(v == null || v == JsonValue.NULL ? ""
                                : v.getValueType() == JsonValue.ValueType.STRING ? row.getString(column)
                                : v.toString()));
                    }
                    csv.write(String.join(",", cells));
                    csv.write("\r\n");
                }
            }
        }
        csv.flush();
        zip.closeEntry();
        export.tableDone(rows);
        return Json.createObjectBuilder().add("table", table).add("rows", rows)
                .add("json", "json/" + table + ".json").add("csv", "csv/" + table + ".csv").build();
    }

    /**
     * RFC 4180 quoting. A cell a spreadsheet would run as a formula (leading = + - @, tab or carriage return) is
     * defused with a leading apostrophe — unless it holds only digits, spaces and + - ( ) . /, which can call nothing:
     * phone numbers such as "+86 138 0013 8000" and negative amounts stay as they are.
     */
    static String csvCell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !PLAIN_NUMBERS.matcher(v).matches()) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private static final java.util.regex.Pattern PLAIN_NUMBERS = java.util.regex.Pattern.compile("[-+]?[0-9 ()+./-]*[0-9][0-9 ()+./-]*");

    static String quote(String table) {
        if (!table.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Unexpected table name " + table);
        }
        return '"' + table + '"';
    }

    static void bindTenant(Connection c, UUID tenantId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT set_config('labdesk.tenant_id', ?, true)")) {
            s.setString(1, tenantId.toString());
            s.execute();
        }
    }

    private void recordExport(TenantExport export) throws SQLException {
        try (Connection c = ownerDataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "UPDATE tenant SET exported_at = ?, exported_by = ? WHERE id = ?")) {
            s.setTimestamp(1, Timestamp.from(export.startedAt()));
            s.setString(2, export.requestedBy());
            s.setObject(3, export.tenantId());
            s.executeUpdate();
        }
    }

    /** Archives are kept a day. */
    private void forgetOld() {
        Instant limit = Instant.now().minus(KEPT);
        for (TenantExport old : Set.copyOf(exports.values())) {
            if (old.finishedAt() != null && old.finishedAt().isBefore(limit)) {
                exports.remove(old.id());
                Optional.ofNullable(old.archive()).ifPresent(f -> f.toFile().delete());
            }
        }
    }

    static void requirePlatformAdmin() {
        if (!TenantContext.current().map(TenantContext.Binding::platformAdmin).orElse(false)) {
            throw new AccessDenied(Set.of());
        }
    }
}
