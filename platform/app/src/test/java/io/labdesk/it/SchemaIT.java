package io.labdesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.labdesk.launcher.EmbeddedDatabase;
import io.labdesk.platform.core.schema.SchemaChangelog;
import io.labdesk.testkit.IsolationRecords;
import io.labdesk.testkit.LabDeskDeployment;
import io.labdesk.testkit.TestEnvironment;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The schema Liquibase builds, the roles that use it, and the demo tenants loaded on first start. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SchemaIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LabDeskDeployment.war();
    }

    @Test
    void changelogAppliesOnAnEmptyDatabaseAndASecondRunChangesNothing() throws Exception {
        EmbeddedDatabase db = TestEnvironment.database();
        try (Connection su = db.superuserConnection("postgres"); Statement s = su.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS labdesk_empty");
            s.execute("CREATE DATABASE labdesk_empty OWNER " + EmbeddedDatabase.OWNER);
        }
        String url = "jdbc:postgresql://127.0.0.1:" + db.port() + "/labdesk_empty";
        try (Connection owner = DriverManager.getConnection(url, EmbeddedDatabase.OWNER, EmbeddedDatabase.OWNER_PASSWORD)) {
            SchemaChangelog.update(owner, EmbeddedDatabase.APP_USER, getClass().getClassLoader());
            int applied = count(owner, "SELECT count(*) FROM databasechangelog");
            SchemaChangelog.update(owner, EmbeddedDatabase.APP_USER, getClass().getClassLoader());

            assertThat(applied).isPositive();
            assertThat(count(owner, "SELECT count(*) FROM databasechangelog")).isEqualTo(applied);
            assertThat(count(owner, "SELECT count(*) FROM information_schema.tables "
                    + "WHERE table_schema = 'public' AND table_name IN ('tenant', 'tenant_member')")).isEqualTo(2);
        }
    }

    @Test
    void theDeployedServerMigratedItsDatabaseAndLoadedTheDemoTenants() throws Exception {
        try (Connection su = TestEnvironment.database().superuserConnection(EmbeddedDatabase.DATABASE)) {
            // Other tests may add tenants of their own; the demo ones are there with their staff.
            assertThat(strings(su, "SELECT slug FROM tenant ORDER BY slug")).contains("donghu-atc", "hengzhun-cal");
            assertThat(count(su, "SELECT count(*) FROM tenant_member m JOIN tenant t ON t.id = m.tenant_id "
                    + "WHERE t.slug IN ('donghu-atc', 'hengzhun-cal') AND m.username IN ('zhang.wei', 'li.na', "
                    + "'wang.fang', 'chen.jie', 'liu.yang', 'zhao.min', 'sun.li')")).isEqualTo(8);
        }
    }

    @Test
    void theApplicationRoleOwnsNothingAndCannotBypassRowLevelSecurity() throws Exception {
        try (Connection su = TestEnvironment.database().superuserConnection(EmbeddedDatabase.DATABASE)) {
            assertThat(strings(su, "SELECT rolname FROM pg_roles WHERE rolname = 'labdesk_app' "
                    + "AND NOT rolsuper AND NOT rolbypassrls")).containsExactly("labdesk_app");
            assertThat(count(su, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' "
                    + "AND tableowner = 'labdesk_app'")).isZero();
        }
        try (Connection app = appConnection(); Statement s = app.createStatement()) {
            assertThatThrownBy(() -> s.execute("CREATE TABLE intruder (id int)")).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void tenantMembersAreVisibleOnlyUnderTheirOwnTenant() throws Exception {
        String donghu;
        try (Connection su = TestEnvironment.database().superuserConnection(EmbeddedDatabase.DATABASE)) {
            donghu = strings(su, "SELECT id::text FROM tenant WHERE slug = 'donghu-atc'").get(0);
        }
        try (Connection app = appConnection()) {
            assertThat(count(app, "SELECT count(*) FROM tenant_member")).isZero();

            app.setAutoCommit(false);
            try (Statement s = app.createStatement()) {
                s.execute("SELECT set_config('labdesk.tenant_id', '" + donghu + "', true)");
            }
            assertThat(strings(app, "SELECT username FROM tenant_member ORDER BY username"))
                    .contains("li.na", "sun.li", "wang.fang", "zhang.wei").doesNotContain("chen.jie");
            try (Statement s = app.createStatement()) {
                // Writing a row for another tenant is refused, not silently stored.
                assertThatThrownBy(() -> s.executeUpdate("INSERT INTO tenant_member (id, tenant_id, username) "
                        + "SELECT gen_random_uuid(), id, 'mole' FROM tenant WHERE slug = 'hengzhun-cal'"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            }
            app.rollback();
        }
    }

    @Test
    void underTheApplicationRoleNoTableShowsAnotherTenantsRowsOrAnyRowWithoutATenant() throws Exception {
        List<String> tables;
        String donghu;
        String hengzhun;
        try (Connection su = TestEnvironment.database().superuserConnection(EmbeddedDatabase.DATABASE)) {
            tables = strings(su, "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                    + "AND n.nspname = 'public' JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' "
                    + "WHERE c.relkind = 'r' ORDER BY 1");
            donghu = strings(su, "SELECT id::text FROM tenant WHERE slug = 'donghu-atc'").get(0);
            hengzhun = strings(su, "SELECT id::text FROM tenant WHERE slug = 'hengzhun-cal'").get(0);
            // Plug-in modules, the test-only probe among them, have no demo data: each gives both demo tenants rows.
            try (Statement s = su.createStatement()) {
                for (String tenant : List.of(donghu, hengzhun)) {
                    for (String statement : IsolationRecords.all(UUID.fromString(tenant))) {
                        s.execute(statement);
                    }
                    s.execute("INSERT INTO corrective_action_counter (tenant_id, year, last_number) VALUES ('" + tenant
                            + "', 2000, 1) ON CONFLICT DO NOTHING");
                    s.execute("INSERT INTO notification (id, tenant_id, channel, recipient, subject, body, topic, "
                            + "created_at, sent_at) SELECT gen_random_uuid(), '" + tenant + "', 'EMAIL', "
                            + "'schema@example.org', 'schema', 'schema', 'schema-seed', now(), now() WHERE NOT EXISTS "
                            + "(SELECT 1 FROM notification WHERE tenant_id = '" + tenant + "' AND topic = 'schema-seed')");
                    s.execute("INSERT INTO notification_attachment (id, tenant_id, notification_id, file_name, "
                            + "content_type, content) SELECT gen_random_uuid(), tenant_id, id, 'schema.txt', 'text/plain', "
                            + "'x'::bytea FROM notification WHERE tenant_id = '" + tenant + "' AND topic = 'schema-seed' "
                            + "AND NOT EXISTS (SELECT 1 FROM notification_attachment a WHERE a.notification_id = "
                            + "notification.id)");
                    s.execute("INSERT INTO institution_mailbox (id, tenant_id, host, port, username, folder, address, "
                            + "poll_minutes, enabled, request_type, closed_reply) VALUES (gen_random_uuid(), '" + tenant
                            + "', 'imap.invalid', 993, 'schema', 'INBOX', 'schema@example.org', 60, false, "
                            + "'TECHNICAL_QUESTION', 'REOPEN') ON CONFLICT DO NOTHING");
                    s.execute("INSERT INTO mail_message (id, tenant_id, message_id, direction, outcome, created_at) "
                            + "VALUES (gen_random_uuid(), '" + tenant + "', '<schema@example.org>', 'IN', 'NOISE', now()) "
                            + "ON CONFLICT DO NOTHING");
                    s.execute("INSERT INTO mail_failure (id, tenant_id, message_key, reason, first_seen_at, "
                            + "last_seen_at) VALUES (gen_random_uuid(), '" + tenant + "', 'schema', 'MIME schema', now(), "
                            + "now()) ON CONFLICT DO NOTHING");
                    s.execute("INSERT INTO record_file (id, tenant_id, module, subject_id, file_name, content_type, "
                            + "size_bytes, sha256, content, uploaded_by, uploaded_at) SELECT gen_random_uuid(), '"
                            + tenant + "', 'schema', gen_random_uuid(), 'schema.txt', 'text/plain', 1, repeat('0', 64), "
                            + "'x'::bytea, 'test', now() WHERE NOT EXISTS (SELECT 1 FROM record_file WHERE tenant_id = '"
                            + tenant + "' AND module = 'schema')");
                    s.execute("INSERT INTO letter_template (id, tenant_id, module, name, language, body) VALUES "
                            + "(gen_random_uuid(), '" + tenant + "', 'schema', 'schema', 'zh-CN', 'schema') ON CONFLICT "
                            + "DO NOTHING");
                    s.execute("INSERT INTO corrective_action (id, tenant_id, number, kind, source_module, problem, "
                            + "status, raised_at, raised_by) SELECT gen_random_uuid(), '" + tenant + "', 'CA-2000-0001', "
                            + "'PREVENTIVE', 'test', 'schema', 'OPEN', now(), 'test' WHERE NOT EXISTS (SELECT 1 FROM "
                            + "corrective_action WHERE tenant_id = '" + tenant + "' AND number = 'CA-2000-0001')");
                    s.execute("INSERT INTO corrective_action_step (id, tenant_id, action_id, description, owner, due_on) "
                            + "SELECT gen_random_uuid(), tenant_id, id, 'schema', 'test', current_date FROM "
                            + "corrective_action WHERE tenant_id = '" + tenant + "' AND number = 'CA-2000-0001' AND NOT "
                            + "EXISTS (SELECT 1 FROM corrective_action_step WHERE tenant_id = '" + tenant + "' AND "
                            + "description = 'schema')");
                }
            }
            for (String table : tables) {
                assertThat(count(su, "SELECT count(*) FROM " + table + " WHERE tenant_id = '" + hengzhun + "'"))
                        .as(table + " needs rows of hengzhun-cal for this test (a module gives its rows through "
                                + "IsolationRecords)").isPositive();
            }
        }
        try (Connection app = appConnection()) {
            for (String table : tables) {
                assertThat(count(app, "SELECT count(*) FROM " + table)).as(table + " without a tenant").isZero();
            }
            app.setAutoCommit(false);
            try (Statement s = app.createStatement()) {
                s.execute("SELECT set_config('labdesk.tenant_id', '" + donghu + "', true)");
            }
            for (String table : tables) {
                assertThat(count(app, "SELECT count(*) FROM " + table + " WHERE tenant_id = '" + hengzhun + "'"))
                        .as(table + " under donghu-atc").isZero();
                assertThat(count(app, "SELECT count(*) FROM " + table)).as(table + " own rows").isPositive();
            }
            app.rollback();
        }
    }

    @Test
    void everyTenantOwnedTableHasForcedRowLevelSecurityAndAPolicy() throws Exception {
        try (Connection su = TestEnvironment.database().superuserConnection(EmbeddedDatabase.DATABASE)) {
            List<String> unprotected = strings(su, """
                    SELECT c.relname FROM pg_class c
                    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
                    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
                    WHERE c.relkind = 'r'
                      AND (NOT c.relrowsecurity OR NOT c.relforcerowsecurity
                           OR NOT EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid))
                    """);
            assertThat(unprotected).as("tenant-owned tables without forced row-level security").isEmpty();
            // Plug-in modules' own tables are in the catalogue too (the test-only probe module brings one).
            assertThat(strings(su, "SELECT c.relname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
                    + "WHERE a.attname = 'tenant_id' AND c.relkind = 'r'"))
                    .contains("service_request", "tenant_module", "settings_change", "probe_note");
        }
    }

    /** Tables without institutions' rows, each with why it is global. A new table is on this list or owned. */
    private static final Map<String, String> GLOBAL_TABLES = Map.of(
            "tenant", "the institutions themselves: every request's tenant is resolved from it",
            "tracking_link", "private links are opened before any institution is known; each names its own",
            "deadline_alarm", "where deadline work is due across institutions: ids and instants only, for the one watch",
            "mailbox_alarm", "which institution's mailbox is due when: ids and instants only, for the one poll",
            "shipped_calendar_year", "the official holidays LabDesk ships, the same for every institution",
            "databasechangelog", "Liquibase's record of the migrations run",
            "databasechangeloglock", "Liquibase's lock, so that one server migrates at a time");

    /** Policies besides tenant_isolation, each with why it may show rows across institutions. */
    private static final Map<String, String> FURTHER_POLICIES = Map.of(
            "business_calendar.platform_calendar_read", "the operator's check of calendars running out reads only "
                    + "while labdesk.platform_read is 'calendars', a setting only that check makes");

    @Test
    void everyTableIsEitherOwnedUnderTheSameIsolationPolicyOrOnTheListOfGlobalTables() throws Exception {
        try (Connection su = TestEnvironment.database().superuserConnection(EmbeddedDatabase.DATABASE)) {
            List<String> all = strings(su, "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = "
                    + "c.relnamespace AND n.nspname = 'public' WHERE c.relkind IN ('r', 'p') ORDER BY 1");
            List<String> owned = strings(su, "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = "
                    + "c.relnamespace AND n.nspname = 'public' JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname "
                    + "= 'tenant_id' AND NOT a.attisdropped WHERE c.relkind IN ('r', 'p') ORDER BY 1");
            assertThat(all.stream().filter(t -> !owned.contains(t) && !GLOBAL_TABLES.containsKey(t)).toList())
                    .as("tables with neither tenant_id nor a reason to be global").isEmpty();
            assertThat(GLOBAL_TABLES.keySet().stream().filter(t -> !all.contains(t) || owned.contains(t)).toList())
                    .as("the list of global tables names only tables that exist and hold no tenant_id").isEmpty();

            // The policy's expression, read from the catalogue: the row's tenant is the one the transaction set.
            String expected = strings(su, "SELECT pg_get_expr(p.polqual, p.polrelid) FROM pg_policy p JOIN pg_class c "
                    + "ON c.oid = p.polrelid WHERE c.relname = 'service_request' AND p.polname = 'tenant_isolation'")
                    .getFirst();
            assertThat(expected.replace(" ", "")).isEqualTo(
                    "(tenant_id=(NULLIF(current_setting('labdesk.tenant_id'::text,true),''::text))::uuid)");
            List<String> wrong = new ArrayList<>();
            for (String table : owned) {
                List<String> policies = strings(su, "SELECT p.polname || '|' || p.polcmd::text || '|' || coalesce("
                        + "pg_get_expr(p.polqual, p.polrelid), '') || '|' || coalesce(pg_get_expr(p.polwithcheck, "
                        + "p.polrelid), '') || '|' || p.polpermissive::text FROM pg_policy p JOIN pg_class c ON c.oid = "
                        + "p.polrelid WHERE c.relname = '" + table + "'");
                String isolation = "tenant_isolation|*|" + expected + "|" + expected + "|true";
                if (!policies.contains(isolation)) {
                    wrong.add(table + ": " + policies);
                }
                policies.stream().filter(p -> !p.equals(isolation))
                        .filter(p -> !FURTHER_POLICIES.containsKey(table + "." + p.substring(0, p.indexOf('|'))))
                        .forEach(p -> wrong.add(table + " has a further policy: " + p));
            }
            assertThat(wrong).as("tenant-owned tables whose policies are not exactly the isolation policy").isEmpty();
            System.out.println("Schema catalogue: " + owned.size() + " tenant-owned tables under the isolation policy, "
                    + GLOBAL_TABLES.size() + " global tables, " + all.size() + " in all");
        }
    }

    private static Connection appConnection() throws SQLException {
        return DriverManager.getConnection(TestEnvironment.database().jdbcUrl(), EmbeddedDatabase.APP_USER,
                EmbeddedDatabase.APP_PASSWORD);
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
