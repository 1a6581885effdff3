package io.labdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The complaint module over REST on hengzhun-cal (switched on for the test, off again after): acceptance check with
 * the customer's explanation, deadlines, classification and routing, recusal; donghu-atc, without the module,
 * sees none of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplaintsIT {

    private static final String ADMIN = "chen.jie";
    private static final String SERVICE = "liu.yang";
    private static final String QUALITY = "zhao.min";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LabDeskDeployment.war();
    }

    @BeforeEach
    void complaintsOnForHengzhun() throws Exception {
        switchComplaints(true);
    }

    @AfterEach
    void complaintsOffAgain() throws Exception {
        switchComplaints(false);
    }

    @Test
    void anObjectionInTimeIsAcceptedWithItsDeadlinesAndRoutedToTheQualityManager() throws Exception {
        JsonObject c = record(objection(LocalDate.now(SHANGHAI).minusDays(10), "[]", "[]"));
        assertThat(c.getString("status")).isEqualTo("RECEIVED");
        assertThat(c.getString("number")).matches("CP-\\d{4}-\\d{4}");
        Instant received = Instant.parse(c.getString("receivedAt"));
        assertThat(Instant.parse(c.getString("acknowledgeDue"))).isEqualTo(received.plus(Duration.ofHours(2)));
        assertThat(Instant.parse(c.getString("preliminaryDue"))).isEqualTo(received.plus(Duration.ofHours(24)));
        assertThat(c.isNull("detailedDue")).isTrue();

        c = ok(Api.call("POST", "/api/v1/complaints/" + c.getString("id") + "/acknowledge", SERVICE,
                version(c)));
        assertThat(c.getString("status")).isEqualTo("ACKNOWLEDGED");
        assertThat(Api.call("PUT", "/api/v1/complaints/" + c.getString("id") + "/classification", SERVICE,
                "{\"severity\":\"MAJOR\",\"nature\":\"PROCEDURAL\"," + version(c).substring(1)).statusCode())
                .as("customer service may record, not classify").isEqualTo(403);
        c = ok(Api.call("PUT", "/api/v1/complaints/" + c.getString("id") + "/classification", QUALITY,
                "{\"severity\":\"MAJOR\",\"nature\":\"PROCEDURAL\"," + version(c).substring(1)));
        assertThat(Instant.parse(c.getString("detailedDue"))).isEqualTo(received.plus(Duration.ofHours(48)));

        HttpResponse<String> notQuality = Api.call("PUT", "/api/v1/complaints/" + c.getString("id") + "/investigator",
                QUALITY, "{\"username\":\"liu.yang\"," + version(c).substring(1), "zh-CN", null);
        assertThat(notQuality.statusCode()).isEqualTo(400);
        assertThat(Api.json(notQuality).getJsonObject("fields").getString("investigator"))
                .isEqualTo("程序类投诉由质量负责人调查；liu.yang 不是质量负责人。");
        c = ok(Api.call("PUT", "/api/v1/complaints/" + c.getString("id") + "/investigator", QUALITY,
                "{\"username\":\"zhao.min\"," + version(c).substring(1)));
        assertThat(c.getString("status")).isEqualTo("INVESTIGATING");
        c = ok(Api.call("PUT", "/api/v1/complaints/" + c.getString("id") + "/decider", QUALITY,
                "{\"username\":\"chen.jie\"," + version(c).substring(1)));
        assertThat(c.getString("decider")).isEqualTo("chen.jie");
        assertThat(Api.call("PUT", "/api/v1/complaints/" + c.getString("id") + "/decider", QUALITY,
                "{\"username\":\"chen.jie\",\"version\":0}").statusCode()).isEqualTo(409);
    }

    @Test
    void aLateObjectionIsNotAcceptedAndTheCustomerIsToldWhy() throws Exception {
        JsonObject c = record(objection(LocalDate.now(SHANGHAI).minusDays(20), "[]", "[]"));

        assertThat(c.getString("status")).isEqualTo("REFUSED");
        assertThat(c.getString("refusal")).isEqualTo("PAST_WINDOW");
        assertThat(c.getString("refusalZh")).contains("15 日内", "不予受理");
        assertThat(c.getString("refusalEn")).contains("15 days");
        assertThat(Api.call("POST", "/api/v1/complaints/" + c.getString("id") + "/acknowledge", SERVICE,
                version(c)).statusCode()).isEqualTo(400);
    }

    @Test
    void staffNamedInTheComplaintOrWhoDidTheWorkCannotInvestigateOrDecide() throws Exception {
        JsonObject c = record(objection(LocalDate.now(SHANGHAI).minusDays(3), "[\"zhao.min\"]", "[\"chen.jie\"]"));
        c = ok(Api.call("PUT", "/api/v1/complaints/" + c.getString("id") + "/classification", QUALITY,
                "{\"severity\":\"NORMAL\",\"nature\":\"PROCEDURAL\"," + version(c).substring(1)));

        HttpResponse<String> named = Api.call("PUT", "/api/v1/complaints/" + c.getString("id") + "/investigator",
                ADMIN, "{\"username\":\"zhao.min\"," + version(c).substring(1), "zh-CN", null);
        assertThat(named.statusCode()).isEqualTo(400);
        assertThat(Api.json(named).getJsonObject("fields").getString("investigator"))
                .contains("zhao.min", "被点名", "回避");
        HttpResponse<String> didTheWork = Api.call("PUT", "/api/v1/complaints/" + c.getString("id") + "/decider",
                ADMIN, "{\"username\":\"chen.jie\"," + version(c).substring(1), "en", null);
        assertThat(Api.json(didTheWork).getJsonObject("fields").getString("decider")).contains("did the work");
        JsonObject unchanged = Api.json(Api.call("GET", "/api/v1/complaints/" + c.getString("id"), ADMIN, null));
        assertThat(unchanged.isNull("investigator")).isTrue();
        assertThat(unchanged.isNull("decider")).isTrue();
    }

    @Test
    void incompleteInputIsRefusedFieldByFieldAndNothingIsStored() throws Exception {
        int before = Api.array(Api.call("GET", "/api/v1/complaints", ADMIN, null)).size();
        HttpResponse<String> refused = Api.call("POST", "/api/v1/complaints", SERVICE, """
                {"channel":"TRANSFERRED","subject":"REPORT_OBJECTION","complainantName":" ",
                 "complainantEmail":"not-an-address","description":"","namedStaff":["nobody.here"]}""",
                "zh-CN", null);
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonObject fields = Api.json(refused).getJsonObject("fields");
        assertThat(fields.getString("transferredFrom")).isEqualTo("请填写转交投诉的单位。");
        assertThat(fields.getString("aboutDate")).isEqualTo("请填写报告签发日期。");
        assertThat(fields).containsKeys("complainantName", "complainantEmail", "description", "namedStaff");
        assertThat(Api.array(Api.call("GET", "/api/v1/complaints", ADMIN, null)).size()).isEqualTo(before);
    }

    @Test
    void whereTheModuleIsOffItsApiAnswersNotFoundAndItsDataWaits() throws Exception {
        JsonObject c = record(objection(LocalDate.now(SHANGHAI).minusDays(1), "[]", "[]"));
        assertThat(Api.call("GET", "/api/v1/complaints", "zhang.wei", null).statusCode()).isEqualTo(404);

        switchComplaints(false);
        assertThat(Api.call("GET", "/api/v1/complaints/" + c.getString("id"), ADMIN, null).statusCode())
                .isEqualTo(404);
        switchComplaints(true);
        assertThat(Api.json(Api.call("GET", "/api/v1/complaints/" + c.getString("id"), ADMIN, null))
                .getString("number")).isEqualTo(c.getString("number"));
    }

    private static String objection(LocalDate issued, String named, String performedBy) {
        return """
                {"channel":"EMAIL","subject":"REPORT_OBJECTION","reportNumber":"HZ-JZ-2026-0815",
                 "aboutDate":"%s","requestNumber":null,"namedStaff":%s,"performedBy":%s,
                 "complainantName":"周伟","complainantOrganisation":"华东精细化工有限公司",
                 "complainantEmail":"zhou.wei@hdjx.example.cn",
                 "description":"校准证书中天平示值误差与我方复核结果不符，请复查。"}""".formatted(issued, named, performedBy);
    }

    private static JsonObject record(String body) throws Exception {
        HttpResponse<String> response = Api.call("POST", "/api/v1/complaints", SERVICE, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Api.json(response);
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.json(response);
    }

    private static String version(JsonObject c) {
        return "{\"version\":" + c.getJsonNumber("version").longValue() + "}";
    }

    private static void switchComplaints(boolean on) throws Exception {
        JsonObject module = Api.json(Api.call("GET", "/api/v1/modules/complaints", ADMIN, null));
        if (module.getBoolean("enabled") == on) {
            return;
        }
        HttpResponse<String> response = Api.call("PUT", "/api/v1/modules/complaints/enabled", ADMIN,
                Json.createObjectBuilder().add("enabled", on).add("version", module.getJsonNumber("version"))
                        .build().toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
