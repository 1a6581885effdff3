package io.labdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.testkit.Api;
import io.labdesk.testkit.Browser;
import io.labdesk.testkit.Keycloak;
import io.labdesk.testkit.LabDeskDeployment;
import io.labdesk.testkit.TestDatabase;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

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
        assertThat(Keycloak.userExists("wang.fang")).as("the lookup finds accounts that exist").isTrue();
        assertThat(Keycloak.userExists("mole")).as("no account was made in Keycloak").isFalse();
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

    @Test
    void theSecurityLogNamesPeopleAndRolesAndNarrowsToWhoWhatAndWhen() throws Exception {
        HttpResponse<String> added = call("POST", "/api/v1/members", "zhang.wei", null,
                "{\"username\":\"zhou.qing\",\"name\":\"周青\",\"email\":\"zhou.qing@donghu-atc.example.cn\","
                        + "\"roles\":[\"TESTER\",\"FOLLOW_UP\"]}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);

        try (Browser browser = new Browser()) {
            browser.driver.get(LabDeskDeployment.baseUrl() + "/admin/security-log");
            browser.signIn("zhang.wei", Keycloak.DEMO_PASSWORD);
            String all = browser.await(By.id("log-count")).getText();
            assertThat(all).matches("共 \\d+ 条");

            browser.choose("log-kind", "添加人员");
            browser.pick("log-actor", "张伟");
            new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d ->
                    !all.equals(d.findElement(By.id("log-count")).getText()));
            assertThat(count(browser)).isLessThan(Integer.parseInt(all.replaceAll("\\D", "")));
            browser.awaitTextContaining(By.id("security-log"), "周青");
            String log = browser.driver.findElement(By.id("security-log")).getText();
            // People by name, roles by their names: no usernames or role codes.
            assertThat(log).contains("张伟", "添加人员", "角色: 测试人员、回访人员")
                    .doesNotContain("TESTER", "zhou.qing", "登录");
            browser.screenshot("security-log-filtered");

            browser.setValue("log-from", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString());
            browser.awaitText(By.id("log-count"), "没有符合条件的记录。请放宽日期或清除筛选条件。");
        }
    }

    private static int count(Browser browser) {
        return Integer.parseInt(browser.driver.findElement(By.id("log-count")).getText().replaceAll("\\D", ""));
    }

    private static HttpResponse<String> call(String method, String path, String user, String language, String body)
            throws Exception {
        return Api.call(method, path, user, body, language == null ? "en" : language, null);
    }

}
