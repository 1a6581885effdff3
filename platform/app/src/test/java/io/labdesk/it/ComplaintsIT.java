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
import org.openqa.selenium.By;

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
    void anUpheldComplaintOpensACorrectiveActionClosedOnlyAfterAnIndependentCheck() throws Exception {
        JsonObject c = record(objection(LocalDate.now(SHANGHAI).minusDays(5), "[]", "[\"liu.yang\"]"));
        String path = "/api/v1/complaints/" + c.getString("id");
        c = ok(Api.call("PUT", path + "/classification", QUALITY,
                "{\"severity\":\"NORMAL\",\"nature\":\"PROCEDURAL\"," + version(c).substring(1)));
        c = ok(Api.call("PUT", path + "/investigator", QUALITY, "{\"username\":\"zhao.min\"," + version(c).substring(1)));
        c = ok(Api.call("PUT", path + "/decider", QUALITY, "{\"username\":\"chen.jie\"," + version(c).substring(1)));
        assertThat(Api.call("PUT", path + "/investigation", ADMIN, "{\"checked\":[\"METHOD\"],\"findings\":\"x\","
                + version(c).substring(1)).statusCode()).as("only the investigator records").isEqualTo(400);
        c = ok(Api.call("PUT", path + "/investigation", QUALITY, "{\"checked\":[\"ORIGINAL_RECORDS\",\"EQUIPMENT\","
                + "\"REPORT_COPIES\"],\"findings\":\"原始记录显示校准时环境温度超出规程要求。\","
                + "\"retest\":\"在受控环境下复校 XS205 天平\"," + version(c).substring(1)));
        assertThat(c.getString("status")).isEqualTo("INVESTIGATED");
        // Without the retest module the retest is a task on the complaint, and the decision waits for its result.
        HttpResponse<String> beforeRetest = Api.call("PUT", path + "/decision", ADMIN,
                "{\"upheld\":true,\"reason\":\"x\"," + version(c).substring(1), "zh-CN", null);
        assertThat(Api.json(beforeRetest).getJsonObject("fields").getString("retest")).isEqualTo("请先记录复测结果，再作出决定。");
        c = ok(Api.call("PUT", path + "/retest", QUALITY, "{\"result\":\"复校结果超差 0.3 mg，原结果不可靠。\","
                + version(c).substring(1)));
        assertThat(c.getString("retestDoneAt")).isNotNull();
        assertThat(Api.call("PUT", path + "/decision", QUALITY, "{\"upheld\":true,\"reason\":\"x\","
                + version(c).substring(1)).statusCode()).as("only the decider decides").isEqualTo(400);
        c = ok(Api.call("PUT", path + "/decision", ADMIN, "{\"upheld\":true,\"reason\":\"环境条件失控，结果不可靠。\","
                + "\"questionsSystem\":true," + version(c).substring(1)));
        assertThat(c.getString("status")).isEqualTo("DECIDED");
        assertThat(c.getBoolean("upheld")).isTrue();

        var raisedActions = Api.array(Api.call("GET", path + "/actions", QUALITY, null));
        assertThat(raisedActions).hasSize(2);
        JsonObject raised = raisedActions.getJsonObject(0);
        assertThat(raised.getString("kind")).isEqualTo("CORRECTIVE");
        // Questioning the quality system asks for an additional internal audit: an open item without that module.
        assertThat(raisedActions.getJsonObject(1).getString("kind")).isEqualTo("PREVENTIVE");
        assertThat(raisedActions.getJsonObject(1).getString("problem")).contains("附加内部审核");
        String action = "/api/v1/actions/" + raised.getString("id");
        JsonObject a = Api.json(Api.call("GET", action, QUALITY, null));
        assertThat(a.getString("number")).matches("CA-\\d{4}-\\d{4}");
        assertThat(a.getString("reference")).isEqualTo(c.getString("number"));
        String due = LocalDate.now(SHANGHAI).plusDays(14).toString();
        a = ok(Api.call("PUT", action + "/plan", QUALITY, "{\"rootCause\":\"空调故障未及时报修\",\"owner\":\"zhao.min\","
                + "\"dueOn\":\"" + due + "\"," + version(a).substring(1)));
        assertThat(a.getString("status")).isEqualTo("IN_PROGRESS");
        a = ok(Api.call("POST", action + "/steps", QUALITY, "{\"description\":\"为校准室加装温湿度报警\","
                + "\"owner\":\"liu.yang\",\"dueOn\":\"" + due + "\"," + version(a).substring(1)));
        HttpResponse<String> early = Api.call("POST", action + "/submission", QUALITY, version(a), "zh-CN", null);
        assertThat(Api.json(early).getJsonObject("fields").getString("steps")).isEqualTo("请先完成所有步骤");
        a = ok(Api.call("POST", action + "/steps/" + a.getJsonArray("steps").getJsonObject(0).getString("id") + "/done",
                SERVICE, "{\"note\":\"已安装并测试\"}"));
        a = ok(Api.call("POST", action + "/submission", QUALITY, version(a)));
        assertThat(a.getString("status")).isEqualTo("VERIFYING");
        HttpResponse<String> own = Api.call("POST", action + "/verification", QUALITY,
                "{\"effective\":true,\"note\":\"自查\"," + version(a).substring(1), "zh-CN", null);
        assertThat(Api.json(own).getJsonObject("fields").getString("verifier"))
                .isEqualTo("有效性须由既非措施负责人、也非任何步骤负责人的人员验证");
        // sun.li audits for two institutions: the header names this one.
        a = ok(Api.call("POST", action + "/verification", "sun.li",
                "{\"effective\":true,\"note\":\"连续两周温度记录均在规程范围内\"," + version(a).substring(1), "zh-CN",
                "hengzhun-cal"));
        assertThat(a.getString("status")).isEqualTo("CLOSED");
        assertThat(a.getString("verifiedBy")).isEqualTo("sun.li");
    }

    @Test
    void inTheBrowserTheQualityManagerRaisesAPreventiveActionPlansItAndTheDashboardCountsIt() throws Exception {
        String due = LocalDate.now(SHANGHAI).plusDays(30).toString();
        try (Browser quality = new Browser()) {
            quality.driver.get(LabDeskDeployment.baseUrl() + "/actions");
            quality.signIn(QUALITY, Keycloak.DEMO_PASSWORD);
            quality.click("raise-action");
            quality.type("raise-problem", "近三个月天平类投诉增多，需复核期间核查频次。");
            quality.type("raise-reference", "趋势分析 2026-Q4");
            quality.click("save-raise");
            quality.awaitText(By.id("action-status"), "待处理");
            quality.type("plan-root-cause", "期间核查计划未覆盖新购天平。");
            quality.choose("plan-owner", "赵敏 (zhao.min)");
            quality.setValue("plan-due", due);
            quality.click("save-plan");
            quality.awaitText(By.id("action-status"), "实施中");
            quality.type("step-description", "将新购天平纳入期间核查计划");
            quality.choose("step-owner", "刘洋 (liu.yang)");
            quality.setValue("step-due", due);
            quality.click("add-step");
            quality.awaitTextContaining(By.id("action-steps"), "将新购天平纳入期间核查计划");
            quality.screenshot("corrective-action");
            quality.driver.navigate().refresh();
            quality.awaitTextContaining(By.id("actions-grid"), "近三个月天平类投诉增多");
            quality.driver.get(LabDeskDeployment.baseUrl() + "/dashboard");
            assertThat(Integer.parseInt(quality.await(By.id("kpi-openActions")).getText().strip())).isPositive();
        }
    }

    @Test
    void inTheBrowserAComplaintIsRecordedClassifiedAndAssignedAndALateOneExplained() throws Exception {
        try (Browser quality = new Browser()) {
            quality.driver.get(LabDeskDeployment.baseUrl() + "/complaints");
            quality.signIn(QUALITY, Keycloak.DEMO_PASSWORD);
            quality.click("record-complaint");
            quality.choose("new-channel", "电子邮件");
            quality.type("new-report", "HZ-JZ-2026-0901");
            quality.setValue("new-about", LocalDate.now(SHANGHAI).minusDays(3).toString());
            quality.type("new-complainant", "吴敏");
            quality.type("new-phone", "13900004444");
            quality.type("new-description", "压力表检定结果与出厂数据偏差较大，请复查。");
            quality.click("save-complaint");
            quality.awaitText(By.id("complaint-status"), "已收到");
            quality.click("acknowledge-complaint");
            quality.awaitText(By.id("complaint-status"), "已确认");
            quality.choose("classify-severity", "重大");
            quality.choose("classify-nature", "程序类（流程、合同、行为、保密）");
            quality.click("save-classification");
            quality.awaitTextContaining(By.id("complaint-deadlines"), "详细方案");
            quality.choose("assign-investigator", "赵敏 (zhao.min)");
            quality.click("save-investigator");
            quality.awaitText(By.id("complaint-status"), "调查中");
            quality.screenshot("complaint-investigating");
            quality.driver.navigate().refresh();

            quality.click("record-complaint");
            quality.type("new-report", "HZ-JZ-2026-0702");
            quality.setValue("new-about", LocalDate.now(SHANGHAI).minusDays(40).toString());
            quality.type("new-complainant", "吴敏");
            quality.type("new-phone", "13900004444");
            quality.type("new-description", "对七月的检定报告有异议。");
            quality.click("save-complaint");
            quality.awaitText(By.id("complaint-status"), "不予受理");
            assertThat(quality.await(By.id("complaint-refusal")).getText()).contains("15 日内", "不予受理");
            quality.screenshot("complaint-refused");
        }
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
