package io.labdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.testkit.Api;
import io.labdesk.testkit.IsolationRecords;
import io.labdesk.testkit.LabDeskDeployment;
import io.labdesk.testkit.TestDatabase;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every REST method of the platform and of every installed module that takes an id in its path, found by reflection
 * over the deployed resources (never listed by hand), is called by an institution A's admin with the ids of every
 * kind of record institution B holds. Each answer must be the one a made-up id gets (so it tells nothing about B's
 * record), a 4xx, and nothing of B may change or show in the body. A new endpoint is covered the day it is added.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IsolationMatrixIT {

    private static final String A = "donghu-atc";
    private static final String B = "hengzhun-cal";
    private static final String ADMIN_A = "zhang.wei";
    private static final String ADMIN_B = "chen.jie";

    /**
     * Methods left out, each with why: none may hide an id-bearing call of one institution's records.
     */
    private static final Map<String, String> EXCLUDED = Map.of();

    /** Tables background work writes on its own while the matrix runs; their rows are not counted before and after. */
    private static final Set<String> WRITTEN_BY_BACKGROUND_WORK = Set.of("notification", "notification_attachment",
            "request_sla", "tracked_deadline", "probe_note", "security_event");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LabDeskDeployment.war();
    }

    /** One resource method: its HTTP method, its path under /api/v1 and its path parameters that are ids. */
    record Endpoint(String verb, String template, Set<String> ids, String name, RestSurface.Endpoint surface) {
    }

    @Test
    void noIdOfAnotherInstitutionOpensChangesOrShowsAnything() throws Exception {
        String tenantB = TestDatabase.value("SELECT id::text FROM tenant WHERE slug = '" + B + "'");
        List<String> modules = Api.array(Api.call("GET", "/api/v1/modules", ADMIN_A, null)).getValuesAs(JsonObject.class)
                .stream().map(m -> m.getString("id")).toList();
        Map<String, Boolean> wasOnA = enabled(ADMIN_A);
        Map<String, Boolean> wasOnB = enabled(ADMIN_B);
        for (String slug : List.of(A, B)) {
            assertThat(Api.call("PUT", "/api/v1/platform/tenants/" + slug + "/modules", "operator",
                    "{\"modules\":null}").statusCode()).isEqualTo(200);
        }
        try {
            for (String module : modules) {
                Api.switchModule(ADMIN_A, module, true);
                Api.switchModule(ADMIN_B, module, true);
            }
            for (String statement : IsolationRecords.all(UUID.fromString(tenantB))) {
                TestDatabase.execute(statement);
            }
            Map<String, String> idsOfB = idsOf(tenantB);
            List<Endpoint> endpoints = endpoints();
            Map<String, String> before = footprint(tenantB);

            RestSurface.Caller caller = new RestSurface.Caller(ADMIN_A);
            Map<Integer, Integer> statuses = new TreeMap<>();
            List<String> leaks = new ArrayList<>();
            int calls = 0;
            for (Endpoint e : endpoints) {
                UUID madeUp = UUID.randomUUID();
                HttpResponse<String> baseline = caller.call(e.verb(), fill(e, madeUp.toString()), "application/json", "{\"version\":0}");
                String expected = baseline.statusCode() + " " + baseline.body().replace(madeUp.toString(), "<id>");
                calls++;
                for (Map.Entry<String, String> record : idsOfB.entrySet()) {
                    HttpResponse<String> answer = caller.call(e.verb(), fill(e, record.getValue()), "application/json", "{\"version\":0}");
                    calls++;
                    statuses.merge(answer.statusCode(), 1, Integer::sum);
                    String got = answer.statusCode() + " " + answer.body().replace(record.getValue(), "<id>");
                    if (answer.statusCode() < 400 || answer.statusCode() >= 500 || !got.equals(expected)) {
                        leaks.add(e.name() + " " + e.verb() + " " + e.template() + " with " + record.getKey()
                                + " of B: " + abbreviated(got) + " (a made-up id: " + abbreviated(expected) + ")");
                    }
                }
            }
            leaks.addAll(searches(caller, tenantB));
            Map<String, String> after = footprint(tenantB);
            System.out.println("Isolation matrix: " + endpoints.size() + " endpoints with ids × " + idsOfB.size()
                    + " kinds of B's records (+ a made-up id each) = " + calls + " calls; statuses " + statuses
                    + "; " + leaks.size() + " leaks");
            assertThat(endpoints.size()).as("resources found by reflection").isGreaterThan(40);
            assertThat(leaks).as("answers that differ from a made-up id's, or are no refusal").isEmpty();
            assertThat(after).as("B's rows: counts and versions, table by table").isEqualTo(before);
        } finally {
            for (String module : modules) {
                Api.switchModule(ADMIN_A, module, wasOnA.getOrDefault(module, false));
                Api.switchModule(ADMIN_B, module, wasOnB.getOrDefault(module, false));
            }
        }
    }

    /**
     * Searches for B's request number and a B customer's e-mail address show none of B's records (A may hold a
     * request of the same number: numbers count per institution, so it is B's ids that must not appear).
     */
    private static List<String> searches(RestSurface.Caller caller, String tenantB) throws Exception {
        List<String> leaks = new ArrayList<>();
        String request = TestDatabase.value("SELECT id::text || ' ' || number FROM service_request WHERE tenant_id = '"
                + tenantB + "' ORDER BY number LIMIT 1");
        String customer = TestDatabase.value("SELECT id::text || ' ' || email FROM customer WHERE tenant_id = '"
                + tenantB + "' AND email IS NOT NULL LIMIT 1");
        for (String record : Stream.of(request, customer).filter(q -> q != null).toList()) {
            String id = record.substring(0, record.indexOf(' '));
            String query = record.substring(record.indexOf(' ') + 1);
            for (String path : List.of("/api/v1/requests?q=", "/api/v1/customers?q=")) {
                HttpResponse<String> found = caller.call("GET", path + java.net.URLEncoder.encode(query,
                        java.nio.charset.StandardCharsets.UTF_8), null, null);
                if (found.statusCode() != 200 || found.body().contains(id)) {
                    leaks.add(path + query + " answers " + found.statusCode() + (found.body().contains(id)
                            ? " with B's record " + id : ""));
                }
            }
        }
        return leaks;
    }

    private static Map<String, Boolean> enabled(String admin) throws Exception {
        Map<String, Boolean> on = new LinkedHashMap<>();
        Api.array(Api.call("GET", "/api/v1/modules", admin, null)).getValuesAs(JsonObject.class)
                .forEach(m -> on.put(m.getString("id"), m.getBoolean("enabled")));
        return on;
    }

    /** One id of B per table that holds B's rows under a uuid id: every kind of record B has. */
    private static Map<String, String> idsOf(String tenant) throws Exception {
        Map<String, String> ids = new TreeMap<>();
        for (String table : tables("SELECT c.table_name FROM information_schema.columns c JOIN information_schema.columns t "
                + "ON t.table_name = c.table_name AND t.table_schema = c.table_schema AND t.column_name = 'tenant_id' "
                + "WHERE c.table_schema = 'public' AND c.column_name = 'id' AND c.data_type = 'uuid'")) {
            String id = TestDatabase.value("SELECT id::text FROM " + table + " WHERE tenant_id = '" + tenant
                    + "' LIMIT 1");
            if (id != null) {
                ids.put(table, id);
            }
        }
        return ids;
    }

    /** Per table of tenants' rows: how many are B's and the sum of their versions. */
    private static Map<String, String> footprint(String tenant) throws Exception {
        Map<String, String> footprint = new TreeMap<>();
        for (String table : tables("SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' "
                + "AND column_name = 'tenant_id'")) {
            if (WRITTEN_BY_BACKGROUND_WORK.contains(table)) {
                continue;
            }
            boolean versioned = TestDatabase.value("SELECT 1 FROM information_schema.columns WHERE table_schema = "
                    + "'public' AND table_name = '" + table + "' AND column_name = 'version'") != null;
            footprint.put(table, TestDatabase.value("SELECT count(*) || '/' || " + (versioned
                    ? "coalesce(sum(version), 0)" : "0") + " FROM " + table + " WHERE tenant_id = '" + tenant + "'"));
        }
        return footprint;
    }

    private static List<String> tables(String query) throws Exception {
        String all = TestDatabase.value("SELECT string_agg(x, ',' ORDER BY x) FROM (" + query + ") q(x)");
        return all == null ? List.of() : List.of(all.split(","));
    }

    /** The REST methods with an id in their path (a UUID path parameter), from the deployed resources. */
    static List<Endpoint> endpoints() throws IOException {
        List<Endpoint> endpoints = new ArrayList<>();
        for (RestSurface.Endpoint e : RestSurface.endpoints()) {
            Set<String> ids = new java.util.LinkedHashSet<>();
            e.pathParams().forEach((name, type) -> {
                if (type == UUID.class) {
                    ids.add(name);
                }
            });
            if (!ids.isEmpty() && !EXCLUDED.containsKey(e.name())) {
                endpoints.add(new Endpoint(e.verb(), e.template(), ids, e.name(), e));
            }
        }
        return endpoints;
    }

    /** The template with {@code id} for every id parameter and a harmless value for the others. */
    private static String fill(Endpoint e, String id) {
        return e.surface().path(p -> e.ids().contains(p) ? id : "language".equals(p) ? "zh-CN" : "x");
    }

    private static String abbreviated(String answer) {
        return answer.length() > 160 ? answer.substring(0, 160) + "…" : answer;
    }
}
