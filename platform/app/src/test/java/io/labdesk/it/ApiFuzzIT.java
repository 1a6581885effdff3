package io.labdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.testkit.Api;
import io.labdesk.testkit.LabDeskDeployment;
import io.labdesk.testkit.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input sent to every REST method of the platform and of every installed module, found by reflection: malformed
 * JSON, the wrong content type, ids that are no UUIDs, missing and extra fields, and for each field of the body huge
 * and empty strings, NUL, emoji, right-to-left text, negative and enormous numbers, dates out of range. Never a
 * server error, and nothing stored by a call that was refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiFuzzIT {

    /** An institution of its own, whose admin holds every role: whatever bad input does get stored stays there. */
    private static final String SLUG = "fuzz-lab";
    private static final String ADMIN = "fuzz.admin";

    /** Tables that background work writes on its own; not counted around each call. */
    private static final Set<String> WRITTEN_BY_BACKGROUND_WORK = Set.of("notification", "notification_attachment",
            "request_sla", "tracked_deadline", "deadline_alarm", "probe_note", "security_event");

    private static final String HUGE = "x".repeat(100_000);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LabDeskDeployment.war();
    }

    @Test
    void noBadInputGivesAServerErrorOrStoresAnythingWhenRefused() throws Exception {
        institutionOfItsOwn();
        List<String> modules = Api.array(Api.call("GET", "/api/v1/modules", ADMIN, null)).getValuesAs(JsonObject.class)
                .stream().filter(m -> !m.getBoolean("enabled")).map(m -> m.getString("id")).toList();
        modules.forEach(ApiFuzzIT::switchOn);
        try {
            String count = countQuery();
            RestSurface.Caller caller = new RestSurface.Caller(ADMIN);
            try (java.sql.Connection db = io.labdesk.testkit.TestEnvironment.database()
                    .superuserConnection(io.labdesk.launcher.EmbeddedDatabase.DATABASE)) {
            Map<Integer, Integer> statuses = new TreeMap<>();
            List<String> failures = new ArrayList<>();
            int calls = 0;
            String rows = rows(db, count);
            for (RestSurface.Endpoint e : RestSurface.endpoints()) {
                if (e.template().startsWith("/api/v1/platform/")) {
                    continue; // the operator's API: a tenant admin is refused before any input is read
                }
                for (Attack attack : attacks(e)) {
                    HttpResponse<String> answer = caller.call(e.verb(), attack.path(), attack.contentType(),
                            attack.body());
                    calls++;
                    statuses.merge(answer.statusCode(), 1, Integer::sum);
                    String now = rows(db, count);
                    if (answer.statusCode() >= 500) {
                        failures.add(answer.statusCode() + " " + e.name() + " " + attack.describe());
                    } else if (answer.statusCode() >= 400 && !now.equals(rows)) {
                        failures.add("half-stored on " + answer.statusCode() + ": " + e.name() + " "
                                + attack.describe() + " (rows " + rows + " → " + now + ")");
                    }
                    rows = now;
                }
            }
            System.out.println("API fuzz: " + calls + " calls over " + RestSurface.endpoints().size()
                    + " endpoints; statuses " + statuses + "; " + failures.size() + " failures");
            assertThat(calls).isGreaterThan(500);
            assertThat(failures).as("server errors, and refusals that stored something").isEmpty();
            }
        } finally {
            for (String module : modules) {
                Api.switchModule(ADMIN, module, false);
            }
        }
    }

    /** Creates the fuzz run's institution once, with every module allowed and its admin holding every role. */
    private static void institutionOfItsOwn() throws Exception {
        if (TestDatabase.value("SELECT id FROM tenant WHERE slug = '" + SLUG + "'") == null) {
            HttpResponse<String> created = Api.call("POST", "/api/v1/platform/tenants", "operator", Json
                    .createObjectBuilder().add("slug", SLUG).add("name", "模糊测试实验室").add("nameEn", "Fuzz laboratory")
                    .add("locale", "zh-CN").add("timeZone", "Asia/Shanghai").add("adminUsername", ADMIN)
                    .add("adminName", "测试管理员").add("adminEmail", ADMIN + "@example.cn").add("template", "")
                    .build().toString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            io.labdesk.testkit.Keycloak.setPassword(ADMIN, io.labdesk.testkit.Keycloak.DEMO_PASSWORD);
        }
        assertThat(Api.call("PUT", "/api/v1/platform/tenants/" + SLUG + "/modules", "operator", "{\"modules\":null}")
                .statusCode()).isEqualTo(200);
        JsonObject me = Api.array(Api.call("GET", "/api/v1/members", ADMIN, null)).getValuesAs(JsonObject.class)
                .stream().filter(m -> m.getString("username").equals(ADMIN)).findFirst().orElseThrow();
        jakarta.json.JsonArrayBuilder roles = Json.createArrayBuilder();
        for (io.labdesk.platform.api.tenant.TenantRole role : io.labdesk.platform.api.tenant.TenantRole.values()) {
            roles.add(role.name());
        }
        Api.call("PUT", "/api/v1/members/" + me.getString("id") + "/roles", ADMIN, Json.createObjectBuilder()
                .add("roles", roles).add("version", me.getJsonNumber("version")).build().toString());
    }

    private static void switchOn(String module) {
        try {
            Api.switchModule(ADMIN, module, true);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rows(java.sql.Connection db, String count) throws java.sql.SQLException {
        try (java.sql.Statement s = db.createStatement(); java.sql.ResultSet rs = s.executeQuery(count)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** One query counting every row of the institutions' tables that only calls write. */
    private static String countQuery() throws Exception {
        String tables = TestDatabase.value("SELECT string_agg(table_name, ',' ORDER BY table_name) FROM "
                + "information_schema.columns WHERE table_schema = 'public' AND column_name = 'tenant_id'");
        List<String> parts = new ArrayList<>();
        for (String table : tables.split(",")) {
            if (!WRITTEN_BY_BACKGROUND_WORK.contains(table)) {
                parts.add("(SELECT count(*) FROM " + table + ")");
            }
        }
        return "SELECT " + String.join(" + ", parts);
    }

    /** A call with bad input: the path, what it sends, and what it tries. */
    record Attack(String path, String contentType, String body, String describe) {
    }

    private static List<Attack> attacks(RestSurface.Endpoint e) {
        List<Attack> attacks = new ArrayList<>();
        String plain = e.path(p -> value(e, p, UUID.randomUUID().toString()));
        // Path parameters that are ids, given as something else.
        if (e.pathParams().containsValue(UUID.class)) {
            attacks.add(new Attack(e.path(p -> value(e, p, "not-a-uuid")), json(), "{}", "an id that is no UUID"));
        }
        // Text path parameters given strange text.
        e.pathParams().forEach((name, type) -> {
            if (type == String.class) {
                for (String odd : List.of("%00", "%F0%9F%A7%AA", "x".repeat(300))) {
                    attacks.add(new Attack(e.path(p -> p.equals(name) ? odd : value(e, p, UUID.randomUUID()
                            .toString())), json(), "{}", name + "=" + abbreviate(odd)));
                }
            }
        });
        // Query parameters given what no form would send.
        for (String param : e.queryParams()) {
            for (String odd : List.of("not-a-date", "-99999999999999999999", "\u0000", "🧪", HUGE.substring(0, 5000))) {
                attacks.add(new Attack(plain + (plain.contains("?") ? "&" : "?") + param + "="
                        + URLEncoder.encode(odd, StandardCharsets.UTF_8), json(), "{}", param + "=" + abbreviate(odd)));
            }
        }
        if (e.takesJson()) {
            attacks.add(new Attack(plain, json(), "{\"version\":", "malformed JSON"));
            attacks.add(new Attack(plain, json(), "[]", "an array for an object"));
            attacks.add(new Attack(plain, json(), "null", "null"));
            attacks.add(new Attack(plain, "text/plain", "{}", "the wrong content type"));
            attacks.add(new Attack(plain, json(), "{}", "every field missing"));
            attacks.add(new Attack(plain, json(), "{\"unexpected\":1,\"version\":0}", "an extra field"));
            if (e.body().isRecord()) {
                for (RecordComponent field : e.body().getRecordComponents()) {
                    for (JsonValue odd : oddValues(field.getType())) {
                        JsonObjectBuilder body = Json.createObjectBuilder();
                        for (RecordComponent other : e.body().getRecordComponents()) {
                            body.add(other.getName(), other == field ? odd : plausible(other.getType()));
                        }
                        attacks.add(new Attack(plain, json(), body.build().toString(), field.getName() + "="
                                + abbreviate(odd.toString())));
                    }
                }
            }
        } else if (e.body() == null && ("POST".equals(e.verb()) || "PUT".equals(e.verb()))) {
            attacks.add(new Attack(plain, json(), "{\"version\":", "malformed JSON where none is read"));
        }
        return attacks;
    }

    /** A path parameter: {@code id} for ids, a language where one is asked, else a word. */
    private static String value(RestSurface.Endpoint e, String param, String id) {
        Class<?> type = e.pathParams().get(param);
        return type == UUID.class ? id : "language".equals(param) ? "zh-CN" : "x";
    }

    private static List<JsonValue> oddValues(Class<?> type) {
        if (type == String.class) {
            return List.of(Json.createValue(""), Json.createValue(HUGE), Json.createValue("报告\u0000编号"),
                    Json.createValue("🧪🔬💥"), Json.createValue("\u202Eتقرير\u202C"), Json.createValue(12));
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class
                || type == BigDecimal.class || type == double.class || type == Double.class) {
            return List.of(Json.createValue(-1), Json.createValue(new BigDecimal("1e30")), Json.createValue("NaN"));
        }
        if (type == LocalDate.class || type == Instant.class) {
            return List.of(Json.createValue("0000-01-01"), Json.createValue("99999-12-31"), Json.createValue("soon"));
        }
        if (type == UUID.class) {
            return List.of(Json.createValue("not-a-uuid"), Json.createValue(UUID.randomUUID().toString()));
        }
        if (type == boolean.class || type == Boolean.class) {
            return List.of(Json.createValue("yes"));
        }
        if (type.isEnum()) {
            return List.of(Json.createValue("NO_SUCH_VALUE"), Json.createValue(""));
        }
        if (Collection.class.isAssignableFrom(type)) {
            return List.of(Json.createArrayBuilder().add(JsonValue.NULL).build(), Json.createValue("not a list"),
                    Json.createArrayBuilder(java.util.Collections.nCopies(2000, HUGE.substring(0, 50))).build());
        }
        if (Map.class.isAssignableFrom(type)) {
            return List.of(Json.createValue("not an object"), Json.createObjectBuilder().add("", HUGE).build());
        }
        return List.of(Json.createValue("?"), JsonValue.EMPTY_JSON_ARRAY);
    }

    /** A value of the right shape, so that the odd one is what the server meets. */
    private static JsonValue plausible(Class<?> type) {
        if (type == String.class) {
            return Json.createValue("样本");
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class
                || type == BigDecimal.class || type == double.class || type == Double.class) {
            return Json.createValue(0);
        }
        if (type == LocalDate.class) {
            return Json.createValue(LocalDate.now().plusDays(7).toString());
        }
        if (type == Instant.class) {
            return Json.createValue(Instant.now().plusSeconds(86_400).toString());
        }
        if (type == UUID.class) {
            return Json.createValue(UUID.randomUUID().toString());
        }
        if (type == boolean.class || type == Boolean.class) {
            return JsonValue.FALSE;
        }
        if (type.isEnum() && type.getEnumConstants().length > 0) {
            return Json.createValue(((Enum<?>) type.getEnumConstants()[0]).name());
        }
        if (Collection.class.isAssignableFrom(type)) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (Map.class.isAssignableFrom(type)) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        return JsonValue.NULL;
    }

    private static String json() {
        return "application/json";
    }

    private static String abbreviate(String s) {
        return s.length() > 24 ? s.substring(0, 24) + "…(" + s.length() + ")" : s;
    }
}
