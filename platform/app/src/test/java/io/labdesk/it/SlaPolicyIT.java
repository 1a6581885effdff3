package io.labdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.testkit.Api;
import io.labdesk.testkit.Browser;
import io.labdesk.testkit.Keycloak;
import io.labdesk.testkit.LabDeskDeployment;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The tenant admin's SLA policy: changed through the API and in the matrix editor, checked whole, recorded,
 * previewed on the institution's calendar, applied to new requests only. Works on hengzhun-cal and puts its policy
 * back afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SlaPolicyIT {

    private static final String ADMIN = "chen.jie";
    private static final String STAFF = "liu.yang";
    private static final String REPAIR = """
            {"type":"REPAIR","channel":"PHONE","subject":"%s","description":"XS205 天平零点漂移",
             "contactName":"周强","contactPhone":"13900001111"}""";
    /** A Friday afternoon: 16:30 in Shanghai, one working hour before the weekend. */
    private static final String FRIDAY_1630 = "2026-11-20T16:30+08:00";

    private JsonObject original;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LabDeskDeployment.war();
    }

    @BeforeEach
    void readThePolicy() throws Exception {
        original = policy();
    }

    @AfterEach
    void putThePolicyBack() throws Exception {
        JsonObject now = policy();
        JsonObject restore = Json.createObjectBuilder(original).add("version", now.getJsonNumber("version")).build();
        HttpResponse<String> response = Api.call("PUT", "/api/v1/sla/policy", ADMIN, restore.toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void aPolicyChangeAppliesToNewRequestsOnlyAndIsRecorded() throws Exception {
        JsonObject before = receive("电子天平示值漂移");
        long firstResponseBefore = targetMinutes(before, "FIRST_RESPONSE");

        HttpResponse<String> saved = Api.call("PUT", "/api/v1/sla/policy", ADMIN, withRule(original,
                "{\"type\":\"REPAIR\",\"priority\":null,\"emergency\":false,"
                        + "\"targets\":{\"FIRST_RESPONSE\":{\"minutes\":300,\"business\":true}}}").toString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(Api.json(saved).getJsonNumber("version").longValue())
                .isGreaterThan(original.getJsonNumber("version").longValue());

        JsonObject after = receive("电子天平示值漂移（二）");
        assertThat(targetMinutes(after, "FIRST_RESPONSE")).isEqualTo(300);
        JsonObject reread = Api.json(Api.call("GET", "/api/v1/requests/" + before.getString("id"), STAFF, null));
        assertThat(targetMinutes(reread, "FIRST_RESPONSE")).isEqualTo(firstResponseBefore);

        JsonObject change = Api.array(Api.call("GET", "/api/v1/modules/history?area=sla-policy&limit=1", ADMIN,
                null)).getJsonObject(0);
        assertThat(change.getString("actor")).isEqualTo(ADMIN);
        assertThat(change.getString("before")).doesNotContain("\"minutes\":300");
        assertThat(change.getString("after")).contains("\"type\":\"REPAIR\"", "\"minutes\":300");
    }

    @Test
    void aPolicyThatWouldLeaveRequestsUnmeasuredIsRefusedInTheCallersLanguageAndNothingIsStored() throws Exception {
        JsonObject broken = Json.createObjectBuilder(original)
                .add("rules", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "REPAIR")
                        .add("emergency", false).add("targets", Json.createObjectBuilder().add("DELIVERY",
                                Json.createObjectBuilder().add("minutes", 60).add("business", true)))))
                .add("warningPercent", 0).add("escalationRecipients", Json.createArrayBuilder().add("director"))
                .build();
        HttpResponse<String> refused = Api.call("PUT", "/api/v1/sla/policy", ADMIN, broken.toString(), "zh-CN", null);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonObject fields = Api.json(refused).getJsonObject("fields");
        assertThat(fields.getString("rules")).startsWith("请保留一条适用于所有类型和优先级");
        assertThat(fields.getString("warningPercent")).isEqualTo("请输入 1 到 100 之间的整数");
        assertThat(fields).containsKey("escalationRecipients");
        assertThat(policy()).isEqualTo(original);

        assertThat(Api.call("PUT", "/api/v1/sla/policy", STAFF, original.toString()).statusCode()).isEqualTo(403);
        JsonObject stale = Json.createObjectBuilder(original).add("warningPercent", 70)
                .add("version", original.getJsonNumber("version").longValue() - 1).build();
        assertThat(Api.call("PUT", "/api/v1/sla/policy", ADMIN, stale.toString()).statusCode()).isEqualTo(409);
    }

    @Test
    void thePreviewMeasuresOnTheInstitutionsCalendarEvenForAPolicyNotYetSaved() throws Exception {
        JsonObject unsaved = withRule(original, "{\"type\":\"REPAIR\",\"priority\":null,\"emergency\":false,"
                + "\"targets\":{\"FIRST_RESPONSE\":{\"minutes\":120,\"business\":true},"
                + "\"ACKNOWLEDGE\":{\"minutes\":120,\"business\":false}}}");
        HttpResponse<String> response = Api.call("POST", "/api/v1/sla/policy/preview", STAFF,
                Json.createObjectBuilder().add("policy", unsaved).add("type", "REPAIR").add("priority", "NORMAL")
                        .add("emergency", false).add("receivedAt", FRIDAY_1630).build().toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<String, String> due = Api.array(response).getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(d -> d.getString("kind"), d -> d.getString("due")));
        // One working hour on Friday, the second on Monday morning; clock time runs through the evening.
        assertThat(due).containsEntry("FIRST_RESPONSE", "2026-11-23T09:30+08:00")
                .containsEntry("ACKNOWLEDGE", "2026-11-20T18:30+08:00");
    }

    @Test
    void inTheMatrixEditorTheAdminSeesThePreviewFollowAnUnsavedCellAndSavesIt() throws Exception {
        try (Browser browser = new Browser()) {
            browser.driver.get(LabDeskDeployment.baseUrl() + "/admin/sla-policy");
            browser.signIn(ADMIN, Keycloak.DEMO_PASSWORD);
            browser.await(By.id("sla-matrix"));
            browser.choose("preview-type", "仪器维修");
            ((JavascriptExecutor) browser.driver).executeScript("const p = document.getElementById('preview-received');"
                    + "p.value = '2026-11-20T16:30'; p.dispatchEvent(new CustomEvent('change'));");
            browser.awaitTextContaining(By.id("preview-FIRST_RESPONSE"), "收到 周五 11-20 16:30");

            browser.click("cell-REPAIR-ANY");
            browser.type("target-FIRST_RESPONSE", "2");
            browser.click("apply-cell");
            browser.awaitText(By.id("preview-FIRST_RESPONSE"), "收到 周五 11-20 16:30 → 首次响应（2 h）截止 周一 11-23 09:30");
            assertThat(browser.await(By.id("policy-unsaved")).getText()).isEqualTo("有未保存的修改");
            browser.awaitTextContaining(By.id("cell-REPAIR-ANY"), "2 h");
            browser.screenshot("sla-policy-matrix");

            browser.click("save-policy");
            browser.awaitText(By.id("policy-unsaved"), "");
        }
        JsonArray rules = policy().getJsonArray("rules");
        assertThat(rules.getValuesAs(JsonObject.class)).anySatisfy(rule -> {
            assertThat(rule.getString("type", "")).isEqualTo("REPAIR");
            assertThat(rule.getJsonObject("targets").getJsonObject("FIRST_RESPONSE").getInt("minutes")).isEqualTo(120);
        });
    }

    private static JsonObject policy() throws Exception {
        HttpResponse<String> response = Api.call("GET", "/api/v1/sla/policy", ADMIN, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.json(response);
    }

    private static JsonObject withRule(JsonObject policy, String rule) {
        return Json.createObjectBuilder(policy).add("rules", Json.createArrayBuilder(policy.getJsonArray("rules"))
                .add(Json.createReader(new StringReader(rule)).readObject())).build();
    }

    private static JsonObject receive(String subject) throws Exception {
        HttpResponse<String> response = Api.call("POST", "/api/v1/requests", STAFF, REPAIR.formatted(subject));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Api.json(response).getJsonObject("request");
    }

    private static long targetMinutes(JsonObject request, String kind) {
        return request.getJsonArray("sla").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("target").equals(kind)).findFirst().orElseThrow().getInt("targetMinutes");
    }
}
