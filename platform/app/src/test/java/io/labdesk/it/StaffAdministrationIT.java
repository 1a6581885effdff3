package io.labdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.testkit.Api;
import io.labdesk.testkit.Keycloak;
import io.labdesk.testkit.LabDeskDeployment;
import io.labdesk.testkit.TestDatabase;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A tenant admin adds staff (in Keycloak and LabDesk), deactivates and reactivates them; others may not. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffAdministrationIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LabDeskDeployment.war();
    }

    @Test
    void aTenantAdminAddsStaffWhoGetAKeycloakAccountWithAOneTimePassword() throws Exception {
        HttpResponse<String> added = call("POST", "/api/v1/members", "zhang.wei", null,
                "{\"username\":\"qian.hao\",\"name\":\"钱浩\",\"email\":\"qian.hao@donghu-atc.example.cn\","
                        + "\"roles\":[\"TESTER\"]}");

        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonObject body = Api.json(added);
        String password = body.getString("temporaryPassword");
        assertThat(body.getJsonObject("member").getJsonArray("roles").getValuesAs(JsonString::getString))
                .containsExactly("TESTER");
        // The account exists in Keycloak and insists on a new password before any sign-in.
        HttpResponse<String> signIn = Keycloak.passwordGrant("qian.hao", password);
        assertThat(signIn.statusCode()).isEqualTo(400);
        assertThat(signIn.body()).contains("not fully set up");
        assertThat(TestDatabase.value("SELECT count(*)::text FROM security_event WHERE kind = 'MEMBER_ADDED' "
                + "AND subject = 'qian.hao' AND actor = 'zhang.wei'")).isEqualTo("1");
    }

    @Test
    void badInputIsRefusedPerFieldInTheCallersLanguageAndNothingIsCreated() throws Exception {
        HttpResponse<String> refused = call("POST", "/api/v1/members", "zhang.wei", "zh-CN",
                "{\"username\":\"Bad Name\",\"name\":\"\",\"email\":\"nope\",\"roles\":[]}");

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonObject fields = Api.json(refused).getJsonObject("fields");
        assertThat(fields.keySet()).containsExactlyInAnyOrder("username", "name", "email");
        assertThat(fields.getString("email")).contains("电子邮箱");
        assertThat(TestDatabase.value("SELECT count(*)::text FROM tenant_member WHERE username = 'Bad Name'"))
                .isEqualTo("0");
    }

    @Test
    void staffWithoutTheAdminRoleCannotAddAnyone() throws Exception {
        HttpResponse<String> refused = call("POST", "/api/v1/members", "wang.fang", null,
                "{\"username\":\"mole\",\"name\":\"Mole\",\"email\":\"mole@example.cn\",\"roles\":[\"TENANT_ADMIN\"]}");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Keycloak.passwordGrant("mole", "x").body()).doesNotContain("not fully set up");
        assertThat(TestDatabase.value("SELECT count(*)::text FROM tenant_member WHERE username = 'mole'")).isEqualTo("0");
    }

    @Test
    void aDeactivatedMemberLosesAccessToThatInstitutionOnlyUntilReactivated() throws Exception {
        JsonObject sunLi = Api.array(call("GET", "/api/v1/members", "chen.jie", null, null)).getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("username").equals("sun.li")).findFirst().orElseThrow();
        String id = sunLi.getString("id");

        HttpResponse<String> off = call("PUT", "/api/v1/members/" + id + "/active", "chen.jie", null,
                "{\"active\":false,\"version\":" + sunLi.getJsonNumber("version") + "}");
        assertThat(off.statusCode()).isEqualTo(200);
        try {
            JsonObject atHengzhun = Api.json(Api.call("GET", "/api/v1/me", "sun.li", null, "en", "hengzhun-cal"));
            JsonObject atDonghu = Api.json(Api.call("GET", "/api/v1/me", "sun.li", null, "en", "donghu-atc"));
            assertThat(atHengzhun.getJsonArray("roles")).isEmpty();
            assertThat(Api.call("GET", "/api/v1/tenant", "sun.li", null, "en", "hengzhun-cal").statusCode()).isEqualTo(404);
            assertThat(atDonghu.getJsonArray("roles").getValuesAs(JsonString::getString)).containsExactly("SUPERVISOR");
        } finally {
            HttpResponse<String> on = call("PUT", "/api/v1/members/" + id + "/active", "chen.jie", null,
                    "{\"active\":true,\"version\":" + Api.json(off).getJsonNumber("version") + "}");
            assertThat(on.statusCode()).isEqualTo(200);
        }
        assertThat(Api.json(Api.call("GET", "/api/v1/me", "sun.li", null, "en", "hengzhun-cal")).getJsonArray("roles")
                .getValuesAs(JsonString::getString)).containsExactly("INTERNAL_AUDITOR");
    }

    private static HttpResponse<String> call(String method, String path, String user, String language, String body)
            throws Exception {
        return Api.call(method, path, user, body, language == null ? "en" : language, null);
    }

}
