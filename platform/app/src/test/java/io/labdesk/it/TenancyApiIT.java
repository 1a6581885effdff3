package io.labdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.testkit.Api;
import io.labdesk.testkit.LabDeskDeployment;
import io.labdesk.testkit.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Over the API, each institution sees only itself, and only its tenant admins change members and settings. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenancyApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LabDeskDeployment.war();
    }

    @Test
    void aTenantAdminListsOnlyTheirOwnStaff() throws Exception {
        HttpResponse<String> response = Api.call("GET", "/api/v1/members", "zhang.wei", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Api.array(response).getValuesAs(JsonObject.class))
                .extracting(m -> m.getString("username")).contains("li.na", "sun.li", "wang.fang", "zhang.wei")
                .doesNotContain("chen.jie", "liu.yang", "zhao.min");
    }

    @Test
    void anotherTenantsMemberIsNotFoundAndStaysUntouched() throws Exception {
        String idOfB = TestDatabase.value("SELECT id::text FROM tenant_member WHERE username = 'chen.jie'");
        String rolesBefore = TestDatabase.value("SELECT roles FROM tenant_member WHERE username = 'chen.jie'");

        assertThat(Api.call("GET", "/api/v1/members/" + idOfB, "zhang.wei", null).statusCode()).isEqualTo(404);
        HttpResponse<String> change = Api.call("PUT", "/api/v1/members/" + idOfB + "/roles", "zhang.wei",
                "{\"roles\":[\"TESTER\"],\"version\":0}");
        assertThat(change.statusCode()).isEqualTo(404);
        assertThat(TestDatabase.value("SELECT roles FROM tenant_member WHERE username = 'chen.jie'")).isEqualTo(rolesBefore);
    }

    @Test
    void namingAnInstitutionTheCallerDoesNotBelongToIsRefusedAndLoggedNotRunAtHome() throws Exception {
        String requestsBefore = TestDatabase.value("SELECT count(*) FROM service_request");
        String body = """
                {"type":"DISPUTE","channel":"EMAIL","subject":"写错机构的请求","description":"应写入衡准。",
                 "contactName":"郑涛","contactEmail":"zheng.tao@hjwater.example.cn"}""";

        HttpResponse<String> write = Api.call("POST", "/api/v1/requests", "zhang.wei", body, "zh-CN", "hengzhun-cal");
        HttpResponse<String> read = Api.call("GET", "/api/v1/members", "zhang.wei", null, "en", "hengzhun-cal");

        assertThat(write.statusCode()).as(write.body()).isEqualTo(403);
        assertThat(Api.json(write).getString("message")).contains("您不属于", "hengzhun-cal", "未执行");
        assertThat(read.statusCode()).isEqualTo(403);
        assertThat(Api.json(read).getString("message")).contains("do not belong", "hengzhun-cal");
        assertThat(TestDatabase.value("SELECT count(*) FROM service_request")).as("nothing written at home either")
                .isEqualTo(requestsBefore);
        assertThat(TestDatabase.value("SELECT count(*) FROM security_event e JOIN tenant t ON t.id = e.tenant_id "
                + "WHERE e.kind = 'TENANT_REFUSED' AND e.actor = 'zhang.wei' AND e.subject = 'hengzhun-cal' "
                + "AND t.slug = 'hengzhun-cal'")).as("in the named institution's security log").isNotEqualTo("0");
        assertThat(TestDatabase.value("SELECT count(*) FROM security_event e JOIN tenant t ON t.id = e.tenant_id "
                + "WHERE e.kind = 'TENANT_REFUSED' AND e.actor = 'zhang.wei' AND t.slug = 'donghu-atc'"))
                .as("and in the caller's own").isNotEqualTo("0");
        assertThat(Api.call("GET", "/api/v1/members", "zhang.wei", null, "en", "donghu-atc").statusCode())
                .as("naming one's own institution works").isEqualTo(200);
    }

    @Test
    void staffWithoutTheAdminRoleAreRefused() throws Exception {
        HttpResponse<String> list = Api.call("GET", "/api/v1/members", "li.na", null);

        assertThat(list.statusCode()).isEqualTo(403);
        JsonObject problem = Json.createReader(new StringReader(list.body())).readObject();
        assertThat(problem.getJsonArray("requiredRoles").getValuesAs(JsonString::getString)).containsExactly("TENANT_ADMIN");
    }

    @Test
    void aTesterCannotChangeTenantSettingsAndNothingChanges() throws Exception {
        String zoneBefore = TestDatabase.value("SELECT time_zone FROM tenant WHERE slug = 'donghu-atc'");
        JsonObject settings = Api.json(Api.call("GET", "/api/v1/tenant", "wang.fang", null));

        HttpResponse<String> change = Api.call("PUT", "/api/v1/tenant", "wang.fang", settingsWith(settings, "Asia/Urumqi",
                settings.getJsonNumber("version").longValue()));

        assertThat(change.statusCode()).isEqualTo(403);
        assertThat(TestDatabase.value("SELECT time_zone FROM tenant WHERE slug = 'donghu-atc'")).isEqualTo(zoneBefore);
    }

    @Test
    void tenantAdminChangesSettingsWithVersionChecksAndTranslatedValidation() throws Exception {
        JsonObject settings = Api.json(Api.call("GET", "/api/v1/tenant", "zhang.wei", null));
        long version = settings.getJsonNumber("version").longValue();

        HttpResponse<String> invalid = Api.call("PUT", "/api/v1/tenant", "zhang.wei",
                settingsWith(settings, "Mars/Olympus", version), "zh-CN", null);
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(Api.json(invalid).getJsonObject("fields").getString("timeZone")).contains("时区");

        HttpResponse<String> changed = Api.call("PUT", "/api/v1/tenant", "zhang.wei",
                settingsWith(settings, "Asia/Urumqi", version));
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(TestDatabase.value("SELECT time_zone FROM tenant WHERE slug = 'donghu-atc'")).isEqualTo("Asia/Urumqi");

        // A second editor still holding the old version is told, and overwrites nothing.
        HttpResponse<String> stale = Api.call("PUT", "/api/v1/tenant", "zhang.wei",
                settingsWith(settings, "Asia/Harbin", version));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(TestDatabase.value("SELECT time_zone FROM tenant WHERE slug = 'donghu-atc'")).isEqualTo("Asia/Urumqi");

        long current = Api.json(changed).getJsonNumber("version").longValue();
        assertThat(Api.call("PUT", "/api/v1/tenant", "zhang.wei", settingsWith(settings, "Asia/Shanghai", current))
                .statusCode()).isEqualTo(200);
        assertThat(TestDatabase.value("SELECT count(*)::text FROM security_event WHERE kind = 'TENANT_SETTINGS_CHANGED' "
                + "AND actor = 'zhang.wei'")).isEqualTo("2");
    }

    @Test
    void roleChangesAreLoggedWithBeforeAndAfter() throws Exception {
        JsonObject liNa = Api.array(Api.call("GET", "/api/v1/members", "zhang.wei", null)).getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("username").equals("li.na")).findFirst().orElseThrow();
        String id = liNa.getString("id");

        HttpResponse<String> added = Api.call("PUT", "/api/v1/members/" + id + "/roles", "zhang.wei",
                "{\"roles\":[\"CUSTOMER_SERVICE\",\"FOLLOW_UP\",\"SUPERVISOR\"],\"version\":"
                        + liNa.getJsonNumber("version") + "}");
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(Api.json(added).getJsonArray("roles").getValuesAs(JsonString::getString)).contains("SUPERVISOR");
        assertThat(TestDatabase.value("SELECT detail FROM security_event WHERE kind = 'ROLES_CHANGED' AND subject = 'li.na'"))
                .isEqualTo("before=[CUSTOMER_SERVICE, FOLLOW_UP] after=[CUSTOMER_SERVICE, FOLLOW_UP, SUPERVISOR]");

        HttpResponse<String> restored = Api.call("PUT", "/api/v1/members/" + id + "/roles", "zhang.wei",
                "{\"roles\":[\"CUSTOMER_SERVICE\",\"FOLLOW_UP\"],\"version\":" + Api.json(added).getJsonNumber("version") + "}");
        assertThat(restored.statusCode()).isEqualTo(200);
    }

    private static String settingsWith(JsonObject s, String timeZone, long version) {
        return Json.createObjectBuilder(s).add("timeZone", timeZone).add("version", version).build().toString();
    }

    @Test
    void operatorsSeeEachInstitutionsUsageAndTenantStaffCannotListInstitutions() throws Exception {
        HttpResponse<String> list = Api.call("GET", "/api/v1/platform/tenants", "operator", null);
        assertThat(list.statusCode()).isEqualTo(200);
        JsonObject donghu = Api.array(list).getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("slug").equals("donghu-atc")).findFirst().orElseThrow();
        String expected = TestDatabase.value("SELECT count(*)::text FROM service_request r JOIN tenant t "
                + "ON t.id = r.tenant_id WHERE t.slug = 'donghu-atc' AND r.received_at >= "
                + "date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai') AT TIME ZONE 'Asia/Shanghai'");
        assertThat(donghu.getJsonNumber("requestsThisMonth").longValue()).isEqualTo(Long.parseLong(expected))
                .isPositive();
        assertThat(donghu.getJsonNumber("activeMembers").longValue()).isGreaterThanOrEqualTo(4);
        assertThat(Api.call("GET", "/api/v1/platform/tenants", "zhang.wei", null).statusCode()).isEqualTo(403);
    }
}
