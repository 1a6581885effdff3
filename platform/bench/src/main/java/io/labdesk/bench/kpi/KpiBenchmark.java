package io.labdesk.bench.kpi;

import io.labdesk.bench.stack.BenchStack;
import io.labdesk.bench.stack.Latencies;
import io.labdesk.platform.core.kpi.RequestKpis;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service dashboard over 1,000,000 requests in 20 tenants: a generator loads them (with their SLA targets) in a
 * few set-based statements, then each tenant's dashboard for a year and for a month is computed with exactly the
 * statements {@link RequestKpis} issues, as the application's role under row-level security, and timed whole.
 */
public final class KpiBenchmark {

    public record Result(long requests, double loadSeconds, Latencies year, Latencies month) {
    }

    private static final int TENANTS = 20;
    private static final int PER_TENANT = 50_000;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private KpiBenchmark() {
    }

    public static Result run(BenchStack stack) throws SQLException {
        long started = System.nanoTime();
        List<UUID> tenants = generate(stack);
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        Latencies year = new Latencies();
        Latencies month = new Latencies();
        try (Connection c = stack.appRole()) {
            c.setAutoCommit(false);
            for (int round = 0; round < 4; round++) {
                for (UUID tenant : tenants) {
                    long y = dashboard(c, tenant, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
                    long m = dashboard(c, tenant, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1));
                    if (round > 0) { // the first round warms caches and plans
                        year.add(y);
                        month.add(m);
                    }
                }
            }
        }
        return new Result((long) TENANTS * PER_TENANT, loadSeconds, year, month);
    }

    /** One dashboard as the application computes it: one transaction, the tenant set, its statements. */
    private static long dashboard(Connection c, UUID tenant, LocalDate from, LocalDate to) throws SQLException {
        long start = System.nanoTime();
        try (PreparedStatement set = c.prepareStatement("SELECT set_config('labdesk.tenant_id', ?, true)")) {
            set.setString(1, tenant.toString());
            set.executeQuery().close();
        }
        long rows = 0;
        for (String sql : RequestKpis.Statements.ALL) {
            rows += execute(c, sql, Timestamp.from(from.atStartOfDay(ZONE).toInstant()),
                    Timestamp.from(to.atStartOfDay(ZONE).toInstant()), ZONE.getId());
        }
        c.commit();
        if (rows == 0) {
            throw new IllegalStateException("The dashboard of " + tenant + " read nothing: row-level security?");
        }
        return System.nanoTime() - start;
    }

    /** Runs a statement written with JPA's ?1 ?2 ?3 parameters through JDBC; answers the rows it returned. */
    private static long execute(Connection c, String sql, Object... parameters) throws SQLException {
        Matcher m = Pattern.compile("\\?(\\d)").matcher(sql);
        List<Integer> order = new ArrayList<>();
        while (m.find()) {
            order.add(Integer.parseInt(m.group(1)));
        }
        try (PreparedStatement p = c.prepareStatement(sql.replaceAll("\\?\\d", "?"))) {
            for (int i = 0; i < order.size(); i++) {
                p.setObject(i + 1, parameters[order.get(i) - 1]);
            }
            long rows = 0;
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
            return rows;
        }
    }

    /**
     * 20 tenants of 50,000 requests each, received through 2026: eight types, six channels, 92 % resolved (most in
     * time), with acknowledgement, first-response and delivery targets. As the superuser, in set-based statements.
     */
    private static List<UUID> generate(BenchStack stack) throws SQLException {
        List<UUID> tenants = new ArrayList<>();
        try (Connection c = stack.superuser(); Statement s = c.createStatement()) {
            for (int t = 1; t <= TENANTS; t++) {
                UUID id = UUID.randomUUID();
                tenants.add(id);
                s.executeUpdate("INSERT INTO tenant (id, slug, name, name_en, status, default_locale, time_zone, "
                        + "created_at, version) VALUES ('" + id + "', 'bench-" + t + "', '基准机构 " + t + "', 'Bench "
                        + t + "', 'ACTIVE', 'zh-CN', 'Asia/Shanghai', now(), 0)");
            }
            s.executeUpdate("""
                    INSERT INTO service_request (id, tenant_id, number, type_code, priority, emergency, channel, status,
                      subject, description, contact_name, contact_email, received_at, recorded_by, version, resolved_at,
                      response_due_at, response_met_at, delivery_due_at, delivery_met_at)
                    SELECT id, tenant_id, number, type_code, priority, emergency, channel, status, subject, description,
                      contact_name, contact_email, received_at, 'bench', 0, resolved_at,
                      received_at + interval '24 hours', resolved_at, received_at + interval '80 hours', resolved_at
                    FROM (SELECT gen_random_uuid() AS id, t.id AS tenant_id, 'SR-2026-' || lpad(n::text, 6, '0') AS number,
                      (ARRAY['TECHNICAL_QUESTION','REPORT_FORMAT_CHANGE','SAMPLE_DISPOSAL','DISPUTE','CONSULTATION',
                             'REPAIR','REPLACEMENT','INSTALLATION'])[1 + n % 8] AS type_code,
                      (ARRAY['LOW','NORMAL','NORMAL','HIGH'])[1 + n % 4] AS priority, n % 50 = 0 AS emergency,
                      (ARRAY['PHONE','EMAIL','CHAT','FORM','WALK_IN','API'])[1 + n % 6] AS channel,
                      CASE WHEN n % 25 < 2 THEN 'IN_PROGRESS' WHEN n % 3 = 0 THEN 'CLOSED' ELSE 'RESOLVED' END AS status,
                      'Benchmark request ' || n AS subject, 'generated' AS description, 'Bench customer' AS contact_name,
                      'c' || n || '@bench.example' AS contact_email,
                      timestamptz '2026-01-01 08:00+08' + (n % 364) * interval '1 day' + (n % 9) * interval '1 hour'
                        AS received_at,
                      CASE WHEN n % 25 < 2 THEN NULL ELSE timestamptz '2026-01-01 08:00+08' + (n % 364) * interval '1 day'
                           + (n % 9) * interval '1 hour' + (2 + n % 70) * interval '1 hour' END AS resolved_at
                      FROM tenant t CROSS JOIN generate_series(1, PER_TENANT) n WHERE t.slug LIKE 'bench-%') g
                    """.replace("PER_TENANT", String.valueOf(PER_TENANT)));
            s.executeUpdate("""
                    INSERT INTO request_sla (id, tenant_id, request_id, kind, target_minutes, business, started_at,
                      due_at, warn_at, met_at, at_risk_notified, breach_notified)
                    SELECT gen_random_uuid(), r.tenant_id, r.id, k.kind, k.minutes, false, r.received_at,
                      r.received_at + k.minutes * interval '1 minute', r.received_at + k.minutes * interval '48 second',
                      CASE WHEN k.kind = 'ACKNOWLEDGE' THEN r.received_at + interval '1 hour' ELSE r.resolved_at END,
                      true, true
                    FROM service_request r
                    CROSS JOIN (VALUES ('ACKNOWLEDGE', 240), ('FIRST_RESPONSE', 1440), ('DELIVERY', 4800)) k(kind, minutes)
                    WHERE r.recorded_by = 'bench'
                    """);
            s.execute("ANALYZE service_request");
            s.execute("ANALYZE request_sla");
        }
        return tenants;
    }
}
