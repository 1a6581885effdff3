package io.labdesk.modules.audit.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.testkit.Api;
import io.labdesk.testkit.Browser;
import io.labdesk.testkit.Keycloak;
import io.labdesk.testkit.LabDeskDeployment;
import io.labdesk.testkit.Mailbox;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
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
 * The internal-audit module over REST on hengzhun-cal (switched on for the test, off again after), whose demo
 * auditors zhao.min and sun.li hold internal-auditor qualifications on their staff records: a programme, an audit
 * refused to auditors who are not independent or not qualified, its checklist, a major nonconformity with its
 * corrective action carried out in the platform's register, verified by the auditor, closing the finding and the
 * audit; another institution does not see it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditIT {

    private static final String DIRECTOR = "chen.jie";   // tenant admin and director
    private static final String QUALITY = "zhao.min";    // quality manager and internal auditor
    private static final String AUDITOR = "sun.li";      // internal auditor
    private static final String CALIBRATOR = "liu.yang"; // customer service and tester
    private static final String OTHER_ADMIN = "zhang.wei"; // donghu-atc's admin
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LabDeskDeployment.war();
    }

    @BeforeEach
    void moduleOn() throws Exception {
        Api.switchModule(DIRECTOR, "internal-audit", true);
    }

    @AfterEach
    void moduleOff() throws Exception {
        Api.switchModule(DIRECTOR, "internal-audit", false);
        Api.switchModule(OTHER_ADMIN, "internal-audit", false);
    }

    @Test
    void aMajorNonconformityRunsThroughItsCorrectiveActionToAVerifiedClosedFindingAndAClosedAudit() throws Exception {
        LocalDate today = LocalDate.now(SHANGHAI);
        int year = today.getYear();
        String area = "CAL-" + UUID.randomUUID().toString().substring(0, 6);
        ok(call("PUT", "/api/v1/audits/areas/" + area, QUALITY, "{\"name\":\"力学计量室\",\"staff\":[\""
                + CALIBRATOR + "\",\"" + QUALITY + "\"]}"));
        if (call("GET", "/api/v1/audits/programmes/" + year, QUALITY, null).statusCode() == 404) {
            created(call("POST", "/api/v1/audits/programmes", QUALITY, "{\"year\":" + year + "}"));
        }
        String plan = """
                {"year":%d,"month":%d,"title":"力学计量室与投诉处理","clauses":["7.1","7.9","8.8"],"areas":["%s"],
                 "lead":"%s","team":[]}""";

        // Independence: nobody audits an area they work in, and only the qualified audit.
        HttpResponse<String> ownArea = call("POST", "/api/v1/audits", QUALITY,
                plan.formatted(year, today.getMonthValue(), area, QUALITY), "zh-CN");
        assertThat(ownArea.statusCode()).isEqualTo(400);
        assertThat(Api.json(ownArea).getJsonObject("fields").getString("lead"))
                .contains("赵敏", "力学计量室", "不能审核自己的工作");
        HttpResponse<String> unqualified = call("POST", "/api/v1/audits", QUALITY,
                plan.formatted(year, today.getMonthValue(), area, CALIBRATOR));
        assertThat(Api.json(unqualified).getJsonObject("fields").getString("lead"))
                .contains("internal-auditor qualification");
        assertThat(call("POST", "/api/v1/audits", CALIBRATOR, plan.formatted(year, today.getMonthValue(), area,
                AUDITOR)).statusCode()).as("planning is the quality manager's").isEqualTo(403);

        JsonObject audit = created(call("POST", "/api/v1/audits", QUALITY,
                plan.formatted(year, today.getMonthValue(), area, AUDITOR)));
        String path = "/api/v1/audits/" + audit.getString("id");
        assertThat(audit.getString("number")).matches("IA-" + year + "-\\d{4}");
        assertThat(audit.getString("status")).isEqualTo("PLANNED");
        assertThat(audit.getString("lead")).isEqualTo(AUDITOR);
        String number = audit.getString("number");
        assertThat(Mailbox.await("liu.yang@hengzhun-cal.example.cn", m -> m.subject().contains(number)).subject())
                .as("the audited area's staff are told").isEqualTo("内部审核通知：" + number);

        JsonObject programme = ok(call("GET", "/api/v1/audits/programmes/" + year, QUALITY, null));
        assertThat(programme.getString("status")).isEqualTo("DRAFT");
        assertThat(programme.getJsonObject("clauses").getJsonArray("7.9").getInt(0)).isEqualTo(today.getMonthValue());
        assertThat(programme.getJsonArray("gaps").getValuesAs(JsonObject.class).stream()
                .map(g -> g.getString("item")).toList()).as("clauses and areas left uncovered")
                .contains("6.5", "8.9").doesNotContain("7.9", area);
        JsonObject approved = ok(call("POST", "/api/v1/audits/programmes/" + year + "/approval", DIRECTOR,
                "{" + version(programme)));
        assertThat(approved.getString("status")).isEqualTo("APPROVED");
        assertThat(call("POST", "/api/v1/audits/programmes/" + year + "/approval", DIRECTOR,
                "{" + version(programme)).statusCode()).as("a stale version").isEqualTo(409);

        // The opening meeting draws the checklist from the clauses in scope.
        assertThat(call("POST", path + "/opening", QUALITY, "{\"on\":\"" + today + "\"," + version(audit))
                .statusCode()).as("only the audit's team opens it").isEqualTo(400);
        audit = ok(call("POST", path + "/opening", AUDITOR, "{\"on\":\"" + today + "\"," + version(audit)));
        assertThat(audit.getString("status")).isEqualTo("IN_PROGRESS");
        assertThat(audit.getJsonArray("checklist").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("clause")).toList()).containsExactly("7.1", "7.9", "8.8");
        JsonObject complaintsItem = audit.getJsonArray("checklist").getJsonObject(1);
        audit = answer(path, audit.getJsonArray("checklist").getJsonObject(0), "CONFORMING", "合同评审记录齐全。");
        audit = answer(path, audit.getJsonArray("checklist").getJsonObject(2), "NOT_APPLICABLE", "");
        HttpResponse<String> noEvidence = call("PUT", path + "/checklist/" + complaintsItem.getString("id"),
                AUDITOR, "{\"result\":\"NONCONFORMING\",\"evidence\":\"\"," + version(complaintsItem));
        assertThat(Api.json(noEvidence).getJsonObject("fields").getString("evidence")).contains("objective evidence");
        audit = answer(path, complaintsItem, "NONCONFORMING", "投诉 CP-2026-0007 由原检测人员自行评审并答复。");

        // A major nonconformity: its corrective action goes to the platform's register with owner and due date.
        String item = complaintsItem.getString("id");
        HttpResponse<String> tooLate = call("POST", path + "/findings", AUDITOR, finding(item, "MAJOR",
                today.plusDays(45)));
        assertThat(Api.json(tooLate).getJsonObject("fields").getString("dueOn")).contains("within 30 days");
        HttpResponse<String> notAnObservation = call("POST", path + "/findings", AUDITOR, finding(item,
                "OBSERVATION", null));
        assertThat(Api.json(notAnObservation).getJsonObject("fields").getString("grade")).contains("nonconforming");
        audit = created(call("POST", path + "/findings", AUDITOR, finding(item, "MAJOR", today.plusDays(20))));
        JsonObject found = audit.getJsonArray("findings").getJsonObject(0);
        assertThat(found.getString("grade")).isEqualTo("MAJOR");
        assertThat(found.getString("clause")).isEqualTo("7.9");
        assertThat(found.getString("actionNumber")).matches("CA-\\d{4}-\\d{4}");
        assertThat(found.getString("actionStatus")).isEqualTo("OPEN");
        JsonObject action = ok(call("GET", "/api/v1/actions/" + found.getString("actionId"), QUALITY, null));
        assertThat(action.getString("owner")).isEqualTo(CALIBRATOR);
        assertThat(action.getString("reference")).isEqualTo(found.getString("number"));

        // The closing meeting and the lead auditor's report; the nonconformity keeps the audit open.
        audit = ok(call("POST", path + "/closing", AUDITOR, "{\"on\":\"" + today + "\"," + version(audit)));
        assertThat(audit.getString("status")).isEqualTo("REPORTED");
        audit = ok(call("POST", path + "/report", AUDITOR, "{\"summary\":\"审核了合同评审、投诉处理和内审。\","
                + "\"conclusion\":\"投诉处理不满足 7.9 的独立评审要求，其余符合。\"," + version(audit)));
        assertThat(audit.getString("status")).isEqualTo("REPORTED");

        found = audit.getJsonArray("findings").getJsonObject(0);
        HttpResponse<String> early = call("POST", path + "/findings/" + found.getString("id") + "/verification",
                AUDITOR, "{\"effective\":true,\"note\":\"已检查。\"," + version(found));
        assertThat(Api.json(early).getJsonObject("fields").getString("effective")).contains("closed in the register");

        // The action is planned, carried out and checked in the platform's register.
        String actionPath = "/api/v1/actions/" + found.getString("actionId");
        action = ok(call("PUT", actionPath + "/plan", QUALITY, "{\"rootCause\":\"投诉程序未规定评审人的独立性。\","
                + "\"owner\":\"" + CALIBRATOR + "\",\"dueOn\":\"" + today.plusDays(20) + "\"," + version(action)));
        action = ok(call("POST", actionPath + "/steps", QUALITY, "{\"description\":\"修订投诉处理程序，规定由未参与"
                + "的人员评审。\",\"owner\":\"" + CALIBRATOR + "\",\"dueOn\":\"" + today.plusDays(10) + "\","
                + version(action)));
        action = ok(call("POST", actionPath + "/steps/" + action.getJsonArray("steps").getJsonObject(0)
                .getString("id") + "/done", CALIBRATOR, "{\"note\":\"程序已修订。\"}"));
        action = ok(call("POST", actionPath + "/submission", QUALITY, "{" + version(action)));
        action = ok(call("POST", actionPath + "/verification", AUDITOR, "{\"effective\":true,\"note\":\"抽查两起"
                + "投诉，均由无关人员评审。\"," + version(action)));
        assertThat(action.getString("status")).isEqualTo("CLOSED");

        // The auditor verifies the finding: it closes, and with it the audit.
        audit = ok(call("POST", path + "/findings/" + found.getString("id") + "/verification", AUDITOR,
                "{\"effective\":true,\"note\":\"纠正措施有效。\"," + version(found)));
        found = audit.getJsonArray("findings").getJsonObject(0);
        assertThat(found.getString("status")).isEqualTo("CLOSED");
        assertThat(found.getString("verifiedBy")).isEqualTo(AUDITOR);
        assertThat(audit.getString("status")).isEqualTo("CLOSED");

        // The year's summary for the management review lists the finding as verified effective.
        String review = Api.pdfText(Api.download("/api/v1/audits/programmes/" + year + "/review.pdf?lang=en",
                QUALITY, "application/pdf"));
        assertThat(review).contains("management review input", found.getString("number"), "verified effective");

        // The dashboard counts it among the year's audits done.
        JsonObject section = Api.array(call("GET", "/api/v1/kpis/modules?from=" + today.withDayOfYear(1) + "&to="
                + today.plusDays(1), QUALITY, null)).getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("module").equals("internal-audit")).findFirst().orElseThrow()
                .getJsonObject("section");
        String done = section.getJsonArray("figures").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("id").equals("audits-done")).findFirst().orElseThrow().getString("value");
        assertThat(Integer.parseInt(done.split(" / ")[0])).isPositive();

        // Another institution running the module does not find it; staff without the module's roles are refused.
        Api.switchModule(OTHER_ADMIN, "internal-audit", true);
        assertThat(Api.call("GET", path, OTHER_ADMIN, null, "en", "donghu-atc").statusCode()).isEqualTo(404);
        assertThat(call("GET", path, CALIBRATOR, null).statusCode()).isEqualTo(403);
    }

    @Test
    void aComplaintQuestioningTheQualitySystemProposesAnAuditWhichNobodyWhoHandledTheComplaintLeads()
            throws Exception {
        Api.switchModule(DIRECTOR, "complaints", true);
        // The quality manager records the complaint herself: she handled it.
        JsonObject c = created(call("POST", "/api/v1/complaints", QUALITY, """
                {"channel":"EMAIL","subject":"REPORT_OBJECTION","reportNumber":"HZ-JZ-2026-0816",
                 "aboutDate":"%s","requestNumber":null,"namedStaff":[],"performedBy":["liu.yang"],
                 "complainantName":"周伟","complainantOrganisation":"华东精细化工有限公司",
                 "complainantEmail":"zhou.wei@hdjx.example.cn",
                 "description":"同一台天平两次校准结论相互矛盾，怀疑贵司的质量控制。"}""".formatted(
                LocalDate.now(SHANGHAI).minusDays(5))));
        String path = "/api/v1/complaints/" + c.getString("id");
        c = ok(call("PUT", path + "/classification", QUALITY, "{\"severity\":\"NORMAL\",\"nature\":\"PROCEDURAL\","
                + version(c)));
        c = ok(call("PUT", path + "/investigator", QUALITY, "{\"username\":\"" + QUALITY + "\"," + version(c)));
        c = ok(call("PUT", path + "/decider", QUALITY, "{\"username\":\"" + DIRECTOR + "\"," + version(c)));
        c = ok(call("PUT", path + "/investigation", QUALITY, "{\"checked\":[\"ORIGINAL_RECORDS\"],"
                + "\"findings\":\"两次校准未执行期间核查。\"," + version(c)));
        c = ok(call("PUT", path + "/decision", DIRECTOR, "{\"upheld\":true,\"reason\":\"期间核查缺失。\","
                + "\"questionsSystem\":true," + version(c)));
        String number = c.getString("number");

        JsonObject proposed = Api.array(call("GET", "/api/v1/audits?year=" + LocalDate.now(SHANGHAI).getYear(),
                QUALITY, null)).getValuesAs(JsonObject.class).stream()
                .filter(a -> number.equals(a.getString("origin", null))).findFirst().orElseThrow();
        assertThat(proposed.getString("status")).isEqualTo("PROPOSED");
        assertThat(proposed.getJsonArray("clauses").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList()).containsExactly("7.9", "8.7");
        String auditPath = "/api/v1/audits/" + proposed.getString("id");
        JsonObject audit = ok(call("GET", auditPath, QUALITY, null));
        HttpResponse<String> handled = call("PUT", auditPath + "/team", QUALITY, "{\"lead\":\"" + QUALITY
                + "\",\"team\":[]," + version(audit));
        assertThat(handled.statusCode()).isEqualTo(400);
        assertThat(Api.json(handled).getJsonObject("fields").getString("lead")).contains(number, "7.9");
        audit = ok(call("PUT", auditPath + "/team", QUALITY, "{\"lead\":\"" + AUDITOR + "\",\"team\":[],"
                + version(audit)));
        assertThat(audit.getString("status")).isEqualTo("PLANNED");
        assertThat(audit.getString("originReference")).isEqualTo(number);
    }

    @Test
    void theAuditorFillsTheChecklistRaisesAFindingAndTheReportListsIt() throws Exception {
        LocalDate today = LocalDate.now(SHANGHAI);
        String area = "MASS-" + UUID.randomUUID().toString().substring(0, 6);
        ok(call("PUT", "/api/v1/audits/areas/" + area, QUALITY, "{\"name\":\"质量计量室\",\"staff\":[\""
                + CALIBRATOR + "\"]}"));
        if (call("GET", "/api/v1/audits/programmes/" + today.getYear(), QUALITY, null).statusCode() == 404) {
            created(call("POST", "/api/v1/audits/programmes", QUALITY, "{\"year\":" + today.getYear() + "}"));
        }
        String number = created(call("POST", "/api/v1/audits", QUALITY, """
                {"year":%d,"month":%d,"title":"质量计量室设备与记录","clauses":["6.4","7.5"],"areas":["%s"],
                 "lead":"%s","team":[]}""".formatted(today.getYear(), today.getMonthValue(), area, QUALITY)))
                .getString("number");
        try (Browser browser = new Browser()) {
            browser.driver.get(LabDeskDeployment.baseUrl() + "/audits");
            browser.signIn(QUALITY, Keycloak.DEMO_PASSWORD);
            clickCell(browser, "audits-grid", number);
            browser.click("audit-open");
            browser.click("save-meeting");
            clickCell(browser, "checklist-grid", "6.4 设备");
            browser.pick("item-result", "不符合");
            browser.type("item-evidence", "电子天平 XS205 的校准证书已过期两个月仍在使用。");
            browser.click("save-item");
            // A nonconforming item goes straight on to its finding, the clause and evidence filled in.
            browser.type("finding-statement", "设备校准过期后未停用。");
            browser.pick("finding-owner", "刘洋");
            browser.click("save-finding");
            browser.awaitTextContaining(By.id("findings-grid"), number + "-01");
            browser.awaitTextContaining(By.id("checklist-count"), "已完成 1 / 2 项");
            browser.screenshot("audit-checklist-finding");
            clickCell(browser, "checklist-grid", "7.5 技术记录");
            browser.pick("item-result", "符合");
            browser.click("save-item");
            browser.awaitTextContaining(By.id("checklist-count"), "已完成 2 / 2 项");
            browser.click("audit-closing");
            browser.click("save-meeting");
            browser.click("audit-report");
            browser.type("report-summary", "审核了设备管理和技术记录。");
            browser.type("report-conclusion", "设备管理存在一般不符合，技术记录符合要求。");
            browser.click("save-report");
            String pdf = Api.pdfText(browser.download(By.id("audit-report-pdf")));
            assertThat(pdf).contains("内部审核报告", number + "-01", "一般不符合", "设备校准过期后未停用", "6.4 设备");
        }
    }

    @Test
    void theStaffPageShowsAnAuditorsQualification() throws Exception {
        try (Browser browser = new Browser()) {
            browser.driver.get(LabDeskDeployment.baseUrl() + "/admin/staff");
            browser.signIn(DIRECTOR, Keycloak.DEMO_PASSWORD);
            clickCell(browser, "staff-grid", AUDITOR);
            browser.awaitTextContaining(By.id("member-training"), "内审员资格");
            browser.awaitTextContaining(By.id("member-training"), "合格 · 今日有效");
            browser.screenshot("member-training");
        }
    }

    @Test
    void theDemoAuditorsQualificationsAreOnTheirStaffRecords() throws Exception {
        JsonObject member = Api.array(call("GET", "/api/v1/members", DIRECTOR, null)).getValuesAs(JsonObject.class)
                .stream().filter(m -> m.getString("username").equals(AUDITOR)).findFirst().orElseThrow();
        String path = "/api/v1/members/" + member.getString("id") + "/training";
        JsonObject qualification = Api.array(call("GET", path, DIRECTOR, null)).getValuesAs(JsonObject.class)
                .stream().filter(t -> t.getString("category").equals("QUALIFICATION")).findFirst().orElseThrow();
        assertThat(qualification.getString("kind")).isEqualTo("INTERNAL_AUDITOR");
        assertThat(qualification.getBoolean("valid")).isTrue();
        HttpResponse<String> attended = call("POST", path, DIRECTOR, """
                {"category":"QUALIFICATION","kind":"SUPERVISOR","title":"监督员资格","heldOn":"2026-01-05",
                 "result":"ATTENDED","assessedBy":"陈杰"}""");
        assertThat(attended.statusCode()).isEqualTo(400);
        assertThat(Api.json(attended).getJsonObject("fields").getString("result")).contains("passed or failed");
        assertThat(call("GET", path, CALIBRATOR, null).statusCode()).isEqualTo(403);
        assertThat(Api.call("GET", path, OTHER_ADMIN, null, "en", "donghu-atc").statusCode())
                .as("another institution's member").isEqualTo(404);
    }

    /** A call on hengzhun-cal (sun.li works for both demo institutions: the API is told which). */
    private static HttpResponse<String> call(String method, String path, String user, String body) throws Exception {
        return call(method, path, user, body, "en");
    }

    private static HttpResponse<String> call(String method, String path, String user, String body, String language)
            throws Exception {
        return Api.call(method, path, user, body, language, "hengzhun-cal");
    }

    /**
     * Clicks the cell of grid {@code gridId} showing {@code text} (the coverage matrix behind a dialog names the same
     * clauses), again when the grid redrew it just as it was found.
     */
    private static void clickCell(Browser browser, String gridId, String text) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .until(d -> d.findElement(By.id(gridId)).findElements(By.cssSelector("vaadin-grid-cell-content"))
                        .stream().filter(c -> text.equals(c.getText().strip()) && c.isDisplayed()).findFirst()
                        .map(c -> {
                            browser.inView(c).click();
                            return true;
                        }).orElse(false));
    }

    private static JsonObject answer(String path, JsonObject item, String result, String evidence) throws Exception {
        return ok(call("PUT", path + "/checklist/" + item.getString("id"), AUDITOR, "{\"result\":\"" + result
                + "\",\"evidence\":\"" + evidence + "\"," + version(item)));
    }

    private static String finding(String item, String grade, LocalDate dueOn) {
        return "{\"item\":\"" + item + "\",\"grade\":\"" + grade + "\",\"statement\":\"投诉未由与所涉活动无关的人员"
                + "评审。\",\"evidence\":\"CP-2026-0007 的调查、评审和答复均由原检测人员完成。\""
                + (dueOn == null ? "" : ",\"owner\":\"" + CALIBRATOR + "\",\"dueOn\":\"" + dueOn + "\"") + "}";
    }

    private static JsonObject created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Api.json(response);
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.json(response);
    }

    /** The version field and the closing brace: {@code "version":3}. */
    private static String version(JsonObject record) {
        return "\"version\":" + record.getJsonNumber("version").longValue() + "}";
    }
}
