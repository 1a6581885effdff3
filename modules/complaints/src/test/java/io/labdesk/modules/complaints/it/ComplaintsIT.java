package io.labdesk.modules.complaints.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.testkit.Api;
import io.labdesk.testkit.Browser;
import io.labdesk.testkit.CustomerPages;
import io.labdesk.testkit.Keycloak;
import io.labdesk.testkit.LabDeskDeployment;
import io.labdesk.testkit.TestDatabase;
import io.labdesk.testkit.Mailbox;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
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
            // Owners by name, not by username.
            assertThat(quality.driver.findElement(By.id("action-steps")).getText()).contains("刘洋")
                    .doesNotContain("liu.yang");
            quality.screenshot("corrective-action");
            quality.driver.navigate().refresh();
            quality.awaitTextContaining(By.id("actions-grid"), "近三个月天平类投诉增多");
            assertThat(quality.driver.findElement(By.id("actions-grid")).getText()).contains("赵敏")
                    .doesNotContain("zhao.min");
            quality.driver.get(LabDeskDeployment.baseUrl() + "/dashboard");
            assertThat(Integer.parseInt(quality.await(By.id("kpi-openActions")).getText().strip())).isPositive();

            // The complaint figures of the month, each opening the register filtered to what it counts.
            quality.inView(quality.present(By.id("module-section-complaints")));
            quality.awaitTextContaining(By.id("module-section-complaints"), "及时确认率");
            quality.screenshot("dashboard-complaints");
            quality.click("kpi-complaints-received");
            quality.awaitTextContaining(By.id("complaints-filter-label"), "收到的投诉");
            quality.click("raise-tendency");
            quality.type("tendency-observation", "本月投诉集中在证书日期与示值误差。");
            quality.click("save-tendency");
            new org.openqa.selenium.support.ui.WebDriverWait(quality.driver, Duration.ofSeconds(30)).until(d ->
                    d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                            .anyMatch(n -> n.getText().contains("已提出预防措施 CA-")));
            quality.click("complaints-filter-clear");
            new org.openqa.selenium.support.ui.WebDriverWait(quality.driver, Duration.ofSeconds(30))
                    .until(d -> !d.findElement(By.id("complaints-filter")).isDisplayed());
        }
    }

    @Test
    void inTheBrowserAComplaintIsRecordedClassifiedAndAssignedAndALateOneExplained() throws Exception {
        try (Browser quality = new Browser()) {
            quality.driver.get(LabDeskDeployment.baseUrl() + "/complaints");
            quality.signIn(QUALITY, Keycloak.DEMO_PASSWORD);
            // A search that finds nothing says so and what to do next.
            quality.type("complaints-search", "没有这样的投诉-" + System.nanoTime());
            quality.awaitTextContaining(By.cssSelector("#complaints-grid .labdesk-empty"), "没有符合条件的投诉。");
            quality.driver.navigate().refresh();
            quality.click("record-complaint");
            quality.choose("new-channel", "电子邮件");
            quality.type("new-report", "HZ-JZ-2026-0901");
            quality.setValue("new-about", LocalDate.now(SHANGHAI).minusDays(3).toString());
            quality.type("new-complainant", "吴敏");
            quality.type("new-phone", "13900004444");
            quality.type("new-description", "压力表检定结果与出厂数据偏差较大，请复查。");
            quality.click("save-complaint");
            quality.awaitText(By.id("complaint-status"), "已收到");
            String number = awaitNotice(quality, "已登记").replaceAll("(?s).*(CP-\\d{4}-\\d{4}).*", "$1");
            acknowledgeAsMajorProceduralForTheQualityManager(quality);
            quality.screenshot("complaint-investigating");
            // Closing the file shows the register as the dialog left it.
            new org.openqa.selenium.interactions.Actions(quality.driver).sendKeys(org.openqa.selenium.Keys.ESCAPE)
                    .perform();
            new org.openqa.selenium.support.ui.WebDriverWait(quality.driver, Duration.ofSeconds(30)).until(d ->
                    d.findElements(By.cssSelector("#complaints-grid vaadin-grid-cell-content")).stream()
                            .map(c -> c.getText().strip()).toList().containsAll(List.of(number, "调查中")));
            quality.driver.navigate().refresh();
            // The register names the investigator as people know them, not by username.
            quality.awaitTextContaining(By.id("complaints-grid"), "赵敏");
            assertThat(quality.driver.findElement(By.id("complaints-grid")).getText()).doesNotContain("zhao.min");

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

            // The link in a deadline warning opens the complaint it is about, with its deadlines.
            String id = Api.array(Api.call("GET", "/api/v1/complaints?q=HZ-JZ-2026-0901", QUALITY, null))
                    .getValuesAs(JsonObject.class).get(0).getString("id");
            quality.driver.get(LabDeskDeployment.baseUrl() + "/complaints/" + id);
            quality.awaitTextContaining(By.id("complaint-deadlines"), "详细处理方案");
        }
    }

    @Test
    void inTheBrowserAMajorComplaintFromThePublicFormIsApprovedByTheDirectorAndItsReplyLetterSpeaksChinese()
            throws Exception {
        String number;
        try (Browser customer = new Browser()) {
            customer.driver.get(LabDeskDeployment.baseUrl() + "/t/hengzhun-cal/complaint?lang=zh-CN");
            new org.openqa.selenium.support.ui.Select(customer.await(By.id("subject")))
                    .selectByValue("REPORT_OBJECTION");
            customer.driver.findElement(By.id("reportNumber")).sendKeys("HZ-JZ-2026-1130");
            ((org.openqa.selenium.JavascriptExecutor) customer.driver).executeScript(
                    "document.getElementById('aboutDate').value = arguments[0];",
                    LocalDate.now(SHANGHAI).minusDays(4).toString());
            customer.driver.findElement(By.id("description")).sendKeys("电子天平校准证书的示值误差与我方核查结果不一致，且证书日期有误。");
            customer.driver.findElement(By.id("complainantName")).sendKeys("钱立");
            customer.driver.findElement(By.id("complainantOrganisation")).sendKeys("楚天精密仪器有限公司");
            customer.driver.findElement(By.id("complainantPhone")).sendKeys("13700001130");
            customer.driver.findElement(By.id("complainantEmail")).sendKeys("qian.li@ctjm.example.cn");
            customer.screenshot("complaint-public-form");
            // A file the lab would not keep is refused by name, and nothing is filed.
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("complaint");
            java.nio.file.Path program = dir.resolve("核查工具.exe");
            java.nio.file.Files.write(program, new byte[] {'M', 'Z', 0, 0});
            int before = Api.array(Api.call("GET", "/api/v1/complaints", ADMIN, null)).size();
            customer.driver.findElement(By.id("attachments")).sendKeys(program.toString());
            customer.driver.findElement(By.id("submit")).click();
            assertThat(customer.await(By.id("attachments-error")).getText()).contains("“核查工具.exe”", "仅支持 PDF");
            assertThat(Api.array(Api.call("GET", "/api/v1/complaints", ADMIN, null)).size()).isEqualTo(before);
            java.nio.file.Path check = dir.resolve("天平核查记录.txt");
            java.nio.file.Files.writeString(check, "ME204 核查：示值误差 +0.3 mg");
            customer.driver.findElement(By.id("attachments")).sendKeys(check.toString());
            customer.driver.findElement(By.id("submit")).click();
            String confirmation = customer.await(By.id("form-confirmation")).getText();
            assertThat(confirmation).contains("您的投诉已登记");
            number = confirmation.replaceAll("(?s).*编号 (CP-\\d{4}-\\d{4}).*", "$1");
            customer.screenshot("complaint-public-form-received");
        }
        try (Browser quality = new Browser()) {
            quality.driver.get(LabDeskDeployment.baseUrl() + "/complaints");
            quality.signIn(QUALITY, Keycloak.DEMO_PASSWORD);
            quality.clickCell(number);
            quality.awaitText(By.id("complaint-status"), "已收到");
            assertThat(quality.await(By.id("complaint-contact")).getText()).contains("楚天精密仪器有限公司", "钱立",
                    "13700001130", "qian.li@ctjm.example.cn");
            assertThat(quality.await(By.id("complaint-report")).getText()).contains("HZ-JZ-2026-1130",
                    LocalDate.now(SHANGHAI).minusDays(4).toString());
            assertThat(quality.await(By.id("complainant-files")).getText()).contains("天平核查记录.txt");
            acknowledgeAsMajorProceduralForTheQualityManager(quality);
            assertThat(quality.await(By.id("assign-decider")).getDomProperty("helperText"))
                    .contains("赵敏 (zhao.min)（是本投诉的调查人）", "刘洋 (liu.yang)（不是质量负责人、技术负责人或总经理）");
            assertThat(chooseAmongOffered(quality, "assign-decider", "陈杰 (chen.jie)"))
                    .doesNotContain("刘洋 (liu.yang)", "孙丽 (sun.li)");
            quality.click("save-decider");
            quality.awaitTextContaining(By.id("complaint-people"), "陈杰");
            quality.click(By.cssSelector("#investigation-checks vaadin-checkbox"));
            quality.type("investigation-findings", "原始记录与证书一致，证书日期系打印错误，已重新出具。");
            quality.click("save-investigation");
            quality.awaitText(By.id("complaint-status"), "已调查");
            java.nio.file.Path records = java.nio.file.Files.createTempDirectory("evidence").resolve("天平原始记录.txt");
            java.nio.file.Files.writeString(records, "2026-11-26 天平 ME204 校准原始记录");
            org.openqa.selenium.WebElement input = quality.present(By.id("evidence-upload")).getShadowRoot()
                    .findElement(By.cssSelector("input[type=file]"));
            ((org.openqa.selenium.JavascriptExecutor) quality.driver).executeScript(
                    "arguments[0].hidden = false; arguments[0].style.display = 'block';", input);
            input.sendKeys(records.toString());
            quality.awaitTextContaining(By.id("complaint-evidence"), "天平原始记录.txt");
        }
        try (Browser director = new Browser()) {
            director.driver.get(LabDeskDeployment.baseUrl() + "/complaints");
            director.signIn(ADMIN, Keycloak.DEMO_PASSWORD);
            director.clickCell(number);
            director.awaitText(By.id("complaint-status"), "已调查");
            director.click(By.cssSelector("#decision-upheld vaadin-radio-button"));
            director.type("decision-reason", "证书日期打印有误，示值误差在允许范围内；已重新出具证书。");
            director.click("save-decision");
            director.awaitText(By.id("complaint-status"), "已决定");
            director.click("approve-reply");
            director.awaitText(By.id("complaint-status"), "复函已批准");
            director.screenshot("complaint-reply-approved");
            String letter = pdfText(director.download(By.id("reply-pdf")));
            assertThat(letter).contains("投诉处理复函", number, "楚天精密仪器有限公司 钱立 先生/女士：", "投诉成立", "证书日期打印有误", "衡准计量校准有限公司",
                    "批准人 陈杰");
            director.click("send-reply");
            director.awaitText(By.id("complaint-status"), "已答复");
            String file = pdfText(director.download(By.id("complaint-file-pdf")));
            assertThat(file).contains("投诉档案", number, "楚天精密仪器有限公司", "在线", "原始记录与证书一致", "天平原始记录.txt",
                    "纠正和预防措施", "发出的消息");
        }
        Mailbox.Mail reply = Mailbox.await("qian.li@ctjm.example.cn",
                m -> m.subject().contains("投诉处理复函 " + number));
        assertThat(pdfText(reply.attachments().get(0).content())).contains("投诉成立", "证书日期打印有误");
        // The receipt's private link shows the complainant where their complaint stands, and the reply once sent.
        String receipt = Mailbox.await("qian.li@ctjm.example.cn", m -> m.subject().contains("已收到您的投诉 " + number))
                .body();
        String follow = receipt.replaceAll("(?s).*/t/hengzhun-cal/complaint-status\\?key=([A-Za-z0-9_-]+).*", "$1");
        try (Browser complainant = new Browser()) {
            complainant.driver.get(LabDeskDeployment.baseUrl() + "/t/hengzhun-cal/complaint-status?lang=zh-CN&key="
                    + follow);
            assertThat(complainant.await(By.id("complaint-state")).getText()).contains("投诉 " + number, "状态：已答复",
                    "确认收到：", "答复：");
            assertThat(complainant.await(By.id("complaint-reply")).getText()).contains("证书日期打印有误");
            assertThat(complainant.driver.findElements(By.tagName("form"))).isEmpty();
            complainant.screenshot("complaint-status-answered");
        }
    }

    @Test
    void aMajorComplaintsReplyLetterIsApprovedByTheDirectorPrintedInChineseSentAndTheCustomersOpinionClosesIt()
            throws Exception {
        HttpResponse<String> unknown = Api.call("PUT", "/api/v1/complaints/reply-template/zh-CN", QUALITY,
                "{\"body\":\"{complainant}：{foo}\",\"version\":0}", "zh-CN", null);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(Api.json(unknown).getJsonObject("fields").getString("body")).contains("foo");
        JsonObject template = Api.json(Api.call("GET", "/api/v1/complaints/reply-template/zh-CN", QUALITY, null));
        assertThat(template.getString("body")).contains("{decision}");
        ok(Api.call("PUT", "/api/v1/complaints/reply-template/zh-CN", QUALITY, Json.createObjectBuilder()
                .add("body", template.getString("body").replace("感谢您对我们工作的监督与支持。",
                        "我单位已将本次投诉纳入管理评审。感谢您对我们工作的监督与支持。"))
                .add("version", template.getJsonNumber("version")).build().toString()));

        JsonObject c = record(objection(LocalDate.now(SHANGHAI).minusDays(2), "[]", "[]"));
        String path = "/api/v1/complaints/" + c.getString("id");
        c = ok(Api.call("PUT", path + "/classification", QUALITY,
                "{\"severity\":\"MAJOR\",\"nature\":\"PROCEDURAL\"," + version(c).substring(1)));
        c = ok(Api.call("PUT", path + "/investigator", QUALITY, "{\"username\":\"zhao.min\"," + version(c).substring(1)));
        c = ok(Api.call("PUT", path + "/decider", QUALITY, "{\"username\":\"chen.jie\"," + version(c).substring(1)));
        c = ok(Api.call("PUT", path + "/investigation", QUALITY, "{\"checked\":[\"ORIGINAL_RECORDS\",\"METHOD\"],"
                + "\"findings\":\"复核数据与原证书一致。\"," + version(c).substring(1)));
        c = ok(Api.call("PUT", path + "/decision", ADMIN, "{\"upheld\":false,\"reason\":\"复核结果在允许误差范围内。\","
                + version(c).substring(1)));

        HttpResponse<String> early = Api.call("POST", path + "/reply/sending", SERVICE,
                "{\"language\":\"zh-CN\"," + version(c).substring(1), "zh-CN", null);
        assertThat(Api.json(early).getJsonObject("fields").getString("status"))
                .isEqualTo("重大投诉的复函须经总经理批准后才能发出。");
        assertThat(Api.call("POST", path + "/reply/approval", QUALITY, version(c)).statusCode()).isEqualTo(403);
        c = ok(Api.call("POST", path + "/reply/approval", ADMIN, version(c)));
        assertThat(c.getString("status")).isEqualTo("REPLY_APPROVED");

        String letter = pdfText(path + "/reply.pdf?lang=zh-CN");
        assertThat(letter).contains("投诉处理复函", c.getString("number"), "华东精细化工有限公司 周伟 先生/女士：", "投诉不成立",
                "复核结果在允许误差范围内", "我单位已将本次投诉纳入管理评审", "衡准计量校准有限公司", "批准人 陈杰")
                .doesNotContain("设备", "环境条件");
        assertThat(letter.replace(" ", "")).as("only what was ticked").contains("核查了原始记录和检测方法。");
        assertThat(pdfText(path + "/reply.pdf?lang=en")).contains("Reply to complaint", "not upheld");

        c = ok(Api.call("POST", path + "/reply/sending", SERVICE, "{\"language\":\"zh-CN\"," + version(c).substring(1)));
        assertThat(c.getString("status")).isEqualTo("REPLIED");
        String number = c.getString("number");
        Mailbox.Mail mail = Mailbox.await("zhou.wei@hdjx.example.cn", m -> m.subject().contains("投诉处理复函 " + number));
        assertThat(mail.body()).contains("周伟", "复函见附件");
        assertThat(mail.attachments()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("复函-" + number + ".pdf");
            assertThat(pdfText(a.content())).contains("投诉处理复函", "投诉不成立", "我单位已将本次投诉纳入管理评审", "批准人");
        });
        JsonObject reworded = Api.json(Api.call("GET", "/api/v1/complaints/reply-template/zh-CN", QUALITY, null));
        ok(Api.call("PUT", "/api/v1/complaints/reply-template/zh-CN", QUALITY, Json.createObjectBuilder()
                .add("body", template.getString("body")).add("version", reworded.getJsonNumber("version")).build()
                .toString()));
        assertThat(pdfText(path + "/reply.pdf")).as("the letter as it went out, whatever the template says now")
                .contains("我单位已将本次投诉纳入管理评审");
        assertThat(Api.array(Api.call("GET", path + "/messages", QUALITY, null)).getJsonObject(0).getString("topic"))
                .isEqualTo("complaint-reply");
        c = ok(Api.call("POST", path + "/feedback", SERVICE, "{\"satisfied\":false,\"opinion\":\"仍有疑问，但接受结论。\","
                + version(c).substring(1)));
        assertThat(c.getString("status")).isEqualTo("CLOSED");
        assertThat(c.getString("feedbackOpinion")).isEqualTo("仍有疑问，但接受结论。");
        assertThat(pdfText(path + "/file.pdf")).contains("投诉档案 " + number, "华东精细化工有限公司", "予以受理",
                "重大", "复核数据与原证书一致", "投诉不成立", "复核结果在允许误差范围内", "批准人", "我单位已将本次投诉纳入管理评审",
                "仍有疑问，但接受结论", "发出的消息", "复函-" + number + ".pdf", "调查人 赵敏 (zhao.min)",
                "决定人 陈杰 (chen.jie)");
        assertThat(pdfText(path + "/file.pdf?lang=en")).contains("Complaint file " + number, "Not upheld");
    }

    private static String pdfText(String path) throws Exception {
        return pdfText(Api.download(path, QUALITY, "application/pdf"));
    }

    static String pdfText(byte[] pdf) throws Exception {
        return Api.pdfText(pdf);
    }

    @Test
    void theComplaintFormReadsWellOnAPhone() throws Exception {
        try (Browser customer = new Browser()) {
            customer.phone();
            customer.driver.get(LabDeskDeployment.baseUrl() + "/t/hengzhun-cal/complaint?lang=zh-CN");
            customer.inView(customer.await(By.id("submit"))).click();
            customer.awaitTextContaining(By.id("form-error"), "请更正");
            assertThat(customer.driver.findElement(By.id("description-error")).getText()).contains("请描述投诉内容");
            assertThat(customer.sidewaysOverflow()).as("scrolls sideways by px").isLessThanOrEqualTo(0);
            customer.screenshot("customer-module-form-phone");
        }
    }

    @Test
    void customersFileAComplaintOnThePublicFormOrFromTheirRequestsTrackingPage() throws Exception {
        HttpClient client = CustomerPages.from("127.0.0.41");
        HttpResponse<String> form = CustomerPages.get(client, "/t/hengzhun-cal/complaint?lang=en");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("File a complaint", "name=\"complainantEmail\"", "name=\"website\"");
        assertThat(CustomerPages.get(client, "/t/donghu-atc/complaint").statusCode()).as("donghu-atc has no complaint module")
                .isEqualTo(404);

        int before = Api.array(Api.call("GET", "/api/v1/complaints", ADMIN, null)).size();
        HttpResponse<String> incomplete = CustomerPages.submit(client, "/t/hengzhun-cal/complaint?lang=zh-CN",
                Map.of("formKey", UUID.randomUUID().toString(), "subject", "OTHER", "complainantName", "孙浩",
                        "description", " "));
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(incomplete.body()).contains("请描述投诉内容", "请至少留下电话或电子邮箱", "value=\"孙浩\"");
        assertThat(Api.array(Api.call("GET", "/api/v1/complaints", ADMIN, null)).size()).isEqualTo(before);

        HttpResponse<String> filed = CustomerPages.submit(client, "/t/hengzhun-cal/request?lang=zh-CN", Map.of(
                "formKey", UUID.randomUUID().toString(), "type", "CONSULTATION", "subject", "压力表校准证书", "description",
                "请寄回校准证书原件。", "contactName", "孙浩", "contactPhone", "13800138041",
                "contactEmail", "sun.hao@jlyq.example.cn", "organisation", "江陵仪器厂"));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(303);
        String tracking = filed.headers().firstValue("Location").orElseThrow();
        String token = tracking.substring(tracking.indexOf("/track/") + 7, tracking.indexOf('?'));
        HttpResponse<String> tracked = CustomerPages.get(client, "/track/" + token + "?lang=zh-CN");
        assertThat(tracked.body()).contains("id=\"form-link-complaint\"", "提出投诉");
        String requestNumber = tracked.body().replaceAll("(?s).*id=\"request-number\">([^<]+)<.*", "$1");

        HttpResponse<String> prefilled = CustomerPages.get(client, "/t/hengzhun-cal/complaint?from=" + token + "&lang=zh-CN");
        assertThat(prefilled.body()).contains("value=\"" + requestNumber + "\"", "value=\"孙浩\"",
                "value=\"江陵仪器厂\"", "value=\"sun.hao@jlyq.example.cn\"", "name=\"from\"");
        String key = UUID.randomUUID().toString();
        Map<String, String> complaint = Map.of("formKey", key, "from", token, "subject", "OTHER",
                "complainantName", "孙浩", "complainantEmail", "sun.hao@jlyq.example.cn",
                "requestNumber", "HZ-FORGED-1", "description", "证书寄出延误两周，且未事先告知。");
        HttpResponse<String> received = CustomerPages.submit(client, "/t/hengzhun-cal/complaint?lang=zh-CN", complaint);
        assertThat(received.statusCode()).isEqualTo(200);
        assertThat(received.body()).contains("您的投诉已登记，编号 CP-", "2 小时内确认收到");
        String number = received.body().replaceAll("(?s).*编号 (CP-\\d{4}-\\d{4}).*", "$1");
        assertThat(CustomerPages.submit(client, "/t/hengzhun-cal/complaint?lang=zh-CN", complaint).body())
                .as("the same page sent twice files one complaint").contains(number);

        JsonObject stored = Api.array(Api.call("GET", "/api/v1/complaints", ADMIN, null))
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("number").equals(number))
                .findFirst().orElseThrow();
        assertThat(stored.getString("channel")).isEqualTo("ONLINE");
        assertThat(stored.getString("requestNumber")).as("from the tracking link, not from what was typed")
                .isEqualTo(requestNumber);
        assertThat(stored.getString("status")).isEqualTo("RECEIVED");
        assertThat(Api.array(Api.call("GET", "/api/v1/complaints", ADMIN, null)).size()).isEqualTo(before + 1);

        switchComplaints(false);
        assertThat(CustomerPages.get(client, "/track/" + token).body()).doesNotContain("form-link-complaint");
        assertThat(CustomerPages.get(client, "/t/hengzhun-cal/complaint").statusCode()).isEqualTo(404);
    }

    @Test
    void theDashboardCountsTheDaysComplaintsAndEachFigureListsTheComplaintsItCounts() throws Exception {
        LocalDate today = LocalDate.now(SHANGHAI);
        String period = "from=" + today + "&to=" + today.plusDays(1);
        JsonObject before = complaintFigures(period);
        JsonObject accepted = record(objection(today.minusDays(3), "[]", "[]"));
        ok(Api.call("POST", "/api/v1/complaints/" + accepted.getString("id") + "/acknowledge", SERVICE,
                version(accepted)));
        JsonObject refused = record(objection(today.minusDays(40), "[]", "[]"));
        JsonObject after = complaintFigures(period);

        assertThat(figure(after, "complaints-received")).isEqualTo(figure(before, "complaints-received") + 2);
        String behind = "/api/v1/complaints?from=" + today + "&until=" + today.plusDays(1) + "&facet=";
        String acknowledged = after.getJsonArray("figures").getJsonObject(1).getJsonObject("detail").getString("en");
        int onTime = Integer.parseInt(acknowledged.replaceAll("^(\\d+) of (\\d+) due.*", "$1"));
        int due = Integer.parseInt(acknowledged.replaceAll("^(\\d+) of (\\d+) due.*", "$2"));
        List<String> late = Api.array(Api.call("GET", behind + "ACKNOWLEDGED_LATE", QUALITY, null))
                .getValuesAs(JsonObject.class).stream().map(x -> x.getString("number")).toList();
        assertThat(late).as("the late ones are those the rate counts against").hasSize(due - onTime)
                .doesNotContain(accepted.getString("number"));
        assertThat(Api.array(Api.call("GET", behind + "RECEIVED", QUALITY, null)).size())
                .isEqualTo(figure(after, "complaints-received"));
        assertThat(Api.array(Api.call("GET", behind + "REFUSED", QUALITY, null)).getValuesAs(JsonObject.class)
                .stream().map(c -> c.getString("number"))).contains(refused.getString("number"))
                .doesNotContain(accepted.getString("number"));
        JsonObject email = after.getJsonArray("breakdowns").getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("id").equals("complaints-by-channel")).findFirst().orElseThrow()
                .getJsonArray("bars").getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getJsonObject("label").getString("en").equals("E-mail")).findFirst().orElseThrow();
        assertThat(email.getString("link")).endsWith("&facet=CHANNEL&value=EMAIL");
        assertThat(Api.array(Api.call("GET", behind + "CHANNEL&value=EMAIL", QUALITY, null)).size())
                .isEqualTo(email.getInt("count"));
        assertThat(Api.array(Api.call("GET", "/api/v1/kpis/modules?" + period, "zhang.wei", null))
                .getValuesAs(JsonObject.class).stream().map(m -> m.getString("module")))
                .as("donghu-atc runs no complaint module").doesNotContain("complaints");
        HttpResponse<String> badFacet = Api.call("GET", behind + "NOTHING", QUALITY, null, "en", null);
        assertThat(Api.json(badFacet).getJsonObject("fields").getString("facet")).isEqualTo("Unknown figure.");

        // A tendency behind a figure becomes a preventive action naming its complaints (C6).
        String tendency = Json.createObjectBuilder().add("from", today.toString())
                .add("until", today.plusDays(1).toString()).add("facet", "CHANNEL").add("value", "EMAIL")
                .add("observation", "电子邮件投诉集中在报告异议。").build().toString();
        assertThat(Api.call("POST", "/api/v1/complaints/tendency", SERVICE, tendency).statusCode()).isEqualTo(403);
        HttpResponse<String> raised = Api.call("POST", "/api/v1/complaints/tendency", QUALITY, tendency);
        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);
        JsonObject action = Api.json(raised);
        assertThat(action.getString("kind")).isEqualTo("PREVENTIVE");
        assertThat(action.getString("problem")).contains("电子邮件投诉集中在报告异议。", "投诉趋势",
                accepted.getString("number"), refused.getString("number"));
        assertThat(Api.array(Api.call("GET", "/api/v1/actions", QUALITY, null)).getValuesAs(JsonObject.class)
                .stream().map(a -> a.getString("number"))).contains(action.getString("number"));
        HttpResponse<String> nothing = Api.call("POST", "/api/v1/complaints/tendency", QUALITY, Json
                .createObjectBuilder().add("from", "2001-01-01").add("until", "2001-01-02").add("facet", "RECEIVED")
                .build().toString(), "en", null);
        assertThat(Api.json(nothing).getJsonObject("fields").getString("facet"))
                .isEqualTo("No complaints stand behind this figure to act on.");
    }

    private static JsonObject complaintFigures(String period) throws Exception {
        return Api.array(Api.call("GET", "/api/v1/kpis/modules?" + period, QUALITY, null))
                .getValuesAs(JsonObject.class).stream().filter(m -> m.getString("module").equals("complaints"))
                .findFirst().orElseThrow().getJsonObject("section");
    }

    private static int figure(JsonObject section, String id) {
        return Integer.parseInt(section.getJsonArray("figures").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("id").equals(id)).findFirst().orElseThrow().getString("value"));
    }

    @Test
    void aNormalComplaintRunsFromRecordToClosureWithItsEvidenceAndNeedsNoApproval() throws Exception {
        JsonObject c = record(objection(LocalDate.now(SHANGHAI).minusDays(5), "[]", "[]"));
        String path = "/api/v1/complaints/" + c.getString("id");
        c = ok(Api.call("POST", path + "/acknowledge", SERVICE, version(c)));
        String received = c.getString("number");
        String receipt = Mailbox.await("zhou.wei@hdjx.example.cn", m -> m.subject().contains("已收到您的投诉 " + received))
                .body();
        assertThat(receipt).contains("前提出初步处理意见", "查看投诉处理进度：");
        String follow = receipt.replaceAll("(?s).*/t/hengzhun-cal/complaint-status\\?key=([A-Za-z0-9_-]+).*", "$1");
        HttpClient complainant = CustomerPages.from("127.0.0.43");
        assertThat(CustomerPages.get(complainant, "/t/hengzhun-cal/complaint-status").statusCode()).isEqualTo(404);
        assertThat(CustomerPages.get(complainant, "/t/donghu-atc/complaint-status?key=" + follow).statusCode())
                .isEqualTo(404);
        String status = "/t/hengzhun-cal/complaint-status?lang=en&key=" + follow;
        assertThat(CustomerPages.get(complainant, status).body()).contains("Complaint " + received,
                "Status: Received", "Receipt confirmed: ", "Due for the preliminary solution: ").doesNotContain("<form");
        c = ok(Api.call("PUT", path + "/classification", QUALITY,
                "{\"severity\":\"NORMAL\",\"nature\":\"PROCEDURAL\"," + version(c).substring(1)));
        c = ok(Api.call("PUT", path + "/investigator", QUALITY, "{\"username\":\"zhao.min\"," + version(c).substring(1)));
        c = ok(Api.call("PUT", path + "/decider", QUALITY, "{\"username\":\"chen.jie\"," + version(c).substring(1)));
        assertThat(CustomerPages.get(complainant, status).body()).contains("Status: Under investigation")
                .doesNotContain("zhao.min");

        HttpResponse<String> evidence = Api.call("POST", path + "/attachments?name=" + java.net.URLEncoder.encode(
                "原始记录.pdf", java.nio.charset.StandardCharsets.UTF_8), QUALITY, "%PDF-1.4\n% 原始记录扫描件\n",
                "zh-CN", null, "Content-Type", "application/pdf");
        assertThat(evidence.statusCode()).as(evidence.body()).isEqualTo(201);
        assertThat(Api.json(evidence).getString("sha256")).hasSize(64);
        HttpResponse<String> program = Api.call("POST", path + "/attachments?name=tool.exe", QUALITY, "MZ....",
                "zh-CN", null, "Content-Type", "application/octet-stream");
        assertThat(program.statusCode()).isEqualTo(400);
        assertThat(Api.json(program).getJsonObject("fields")).containsKey("attachments");
        assertThat(Api.call("POST", path + "/attachments?name=x.txt", SERVICE, "note", "en", null,
                "Content-Type", "text/plain").statusCode()).as("neither investigator nor manager").isEqualTo(403);
        JsonObject stored = Api.array(Api.call("GET", path + "/attachments", ADMIN, null)).getJsonObject(0);
        assertThat(stored.getString("fileName")).isEqualTo("原始记录.pdf");
        assertThat(Api.call("GET", path + "/attachments/" + stored.getString("id"), ADMIN, null, "en", null,
                "Accept", "*/*").body()).contains("原始记录扫描件");

        c = ok(Api.call("PUT", path + "/investigation", QUALITY, "{\"checked\":[\"ORIGINAL_RECORDS\"],"
                + "\"findings\":\"证书页码打印错误。\"," + version(c).substring(1)));
        c = ok(Api.call("PUT", path + "/decision", ADMIN, "{\"upheld\":true,\"reason\":\"证书页码错误，已重新出具。\","
                + version(c).substring(1)));
        HttpResponse<String> needless = Api.call("POST", path + "/reply/approval", ADMIN, version(c), "zh-CN", null);
        assertThat(Api.json(needless).getJsonObject("fields").getString("status"))
                .isEqualTo("只有已作出决定的重大投诉或转交投诉的复函需要批准。");
        c = ok(Api.call("POST", path + "/reply/sending", SERVICE, "{\"language\":\"zh-CN\"," + version(c).substring(1)));
        assertThat(c.getString("status")).isEqualTo("REPLIED");
        String number = c.getString("number");
        Mailbox.Mail replyMail = Mailbox.await("zhou.wei@hdjx.example.cn",
                m -> m.subject().contains("投诉处理复函 " + number));
        assertThat(replyMail.attachments()).hasSize(1);
        assertThat(CustomerPages.get(complainant, status).body()).contains("Status: Answered", "Answered: ",
                "Our reply", "证书页码错误");

        // The complainant gives their opinion through the private link of the reply, without an account.
        String key = replyMail.body().replaceAll("(?s).*/t/hengzhun-cal/complaint-opinion\\?key=([A-Za-z0-9_-]+).*",
                "$1");
        HttpClient customer = CustomerPages.from("127.0.0.42");
        assertThat(CustomerPages.get(customer, "/t/hengzhun-cal/complaint-opinion").statusCode()).isEqualTo(404);
        assertThat(CustomerPages.get(customer, "/t/hengzhun-cal/complaint-opinion?key=" + "A".repeat(43))
                .statusCode()).isEqualTo(404);
        assertThat(CustomerPages.get(customer, "/t/donghu-atc/complaint-opinion?key=" + key).statusCode())
                .as("another institution's address").isEqualTo(404);
        assertThat(CustomerPages.get(customer, "/t/hengzhun-cal/complaint-opinion?lang=zh-CN&key=" + key).body())
                .contains("您对投诉处理结果的意见", "name=\"key\"");
        String opinionPage = "/t/hengzhun-cal/complaint-opinion?lang=zh-CN";
        HttpResponse<String> undecided = CustomerPages.submit(customer, opinionPage, Map.of("key", key,
                "formKey", UUID.randomUUID().toString()));
        assertThat(undecided.statusCode()).isEqualTo(400);
        assertThat(undecided.body()).contains("请选择是否满意。");
        assertThat(CustomerPages.submit(customer, opinionPage, Map.of("key", key, "formKey",
                UUID.randomUUID().toString(), "satisfied", "true", "opinion", "处理及时，谢谢。")).body())
                .contains("谢谢，您的意见已记录。");
        c = Api.json(Api.call("GET", path, ADMIN, null));
        assertThat(c.getString("status")).isEqualTo("CLOSED");
        assertThat(c.getString("feedbackOpinion")).isEqualTo("处理及时，谢谢。");
        assertThat(CustomerPages.submit(customer, opinionPage, Map.of("key", key, "formKey",
                UUID.randomUUID().toString(), "satisfied", "false")).body()).contains("已经记录");
        assertThat(Api.call("POST", path + "/attachments?name=late.txt", QUALITY, "late", "en", null,
                "Content-Type", "text/plain").statusCode()).isEqualTo(400);
        assertThat(pdfText(path + "/file.pdf")).contains("投诉成立", "证据文件", "原始记录.pdf", "SHA-256",
                stored.getString("sha256"), "满意", "处理及时，谢谢", "投诉人经链接填写");
    }

    @Test
    void aManagerRefusesAComplaintUnderAnotherListedRuleAndTheComplainantIsTold() throws Exception {
        JsonObject c = record(objection(LocalDate.now(SHANGHAI).minusDays(1), "[]", "[]"));
        String path = "/api/v1/complaints/" + c.getString("id");
        assertThat(Api.call("POST", path + "/refusal", SERVICE, "{\"reason\":\"x\"," + version(c).substring(1))
                .statusCode()).isEqualTo(403);
        HttpResponse<String> blank = Api.call("POST", path + "/refusal", QUALITY,
                "{\"reason\":\" \"," + version(c).substring(1), "en", null);
        assertThat(Api.json(blank).getJsonObject("fields").getString("reason")).startsWith("Give the rule");
        c = ok(Api.call("POST", path + "/refusal", QUALITY, "{\"reason\":\"同一事项已于本年 9 月处理完毕并答复。\","
                + version(c).substring(1)));
        assertThat(c.getString("status")).isEqualTo("REFUSED");
        assertThat(c.getString("refusal")).isEqualTo("OTHER_RULE");
        String number = c.getString("number");

        // The register finds it by number or organisation, within a status; a wildcard is only a character.
        assertThat(Api.array(Api.call("GET", "/api/v1/complaints?q=" + number, SERVICE, null))
                .getValuesAs(JsonObject.class)).extracting(x -> x.getString("number")).containsExactly(number);
        assertThat(Api.array(Api.call("GET", "/api/v1/complaints?status=REFUSED&q="
                + java.net.URLEncoder.encode("华东精细", java.nio.charset.StandardCharsets.UTF_8), SERVICE, null))
                .getValuesAs(JsonObject.class)).extracting(x -> x.getString("number")).contains(number);
        assertThat(Api.array(Api.call("GET", "/api/v1/complaints?status=RECEIVED&q=" + number, SERVICE, null)))
                .isEmpty();
        assertThat(Api.array(Api.call("GET", "/api/v1/complaints?q=%25", SERVICE, null))).isEmpty();
        assertThat(Api.call("GET", "/api/v1/complaints?status=LOST", SERVICE, null).statusCode()).isEqualTo(400);
        assertThat(Mailbox.await("zhou.wei@hdjx.example.cn", m -> m.subject().contains("关于您的投诉 " + number))
                .body()).contains("根据我单位投诉处理规定", "同一事项已于本年 9 月处理完毕并答复。");
        assertThat(pdfText(path + "/file.pdf")).contains("不予受理", "同一事项已于本年 9 月处理完毕并答复");
    }

    @Test
    void whenTwoComplaintsDeadlinesPassCustomerServiceAndTheQualityManagerAreWarnedOnceForEach() throws Exception {
        String threeHoursAgo = java.time.OffsetDateTime.now(SHANGHAI).minusHours(3).withNano(0).toString();
        List<JsonObject> late = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            late.add(record(objection(LocalDate.now(SHANGHAI).minusDays(2), "[]", "[]").replace(
                    "\"channel\":\"EMAIL\",", "\"channel\":\"EMAIL\",\"receivedAt\":\"" + threeHoursAgo + "\",")));
        }
        for (JsonObject c : late) {
            String number = c.getString("number");
            String breached = "[" + number + "] 已超时：确认收到";
            assertThat(Mailbox.await("liu.yang@hengzhun-cal.example.cn", m -> m.subject().startsWith(breached))
                    .body()).contains("投诉 " + number, "现已超时", "/complaints/" + c.getString("id"));
            Mailbox.await("zhao.min@hengzhun-cal.example.cn", m -> m.subject().startsWith(breached));
            assertThat(Mailbox.to("liu.yang@hengzhun-cal.example.cn").stream()
                    .filter(m -> m.subject().contains("[" + number + "] 即将超时：确认收到"))).as("past due at once: "
                    + "no at-risk warning is owed any more").isEmpty();
            // The platform's watch has nothing more to say of it: no later round warns again.
            assertThat(TestDatabase.value("SELECT count(*) FROM deadline_alarm a JOIN tracked_deadline d ON d.id = "
                    + "a.deadline_id WHERE d.subject_id = '" + c.getString("id") + "' AND d.name = 'ACKNOWLEDGE'"))
                    .isEqualTo("0");
            for (String to : List.of("liu.yang@hengzhun-cal.example.cn", "zhao.min@hengzhun-cal.example.cn")) {
                assertThat(Mailbox.to(to).stream().filter(m -> m.subject().startsWith(breached)))
                        .as("warned once: " + to).hasSize(1);
            }
            JsonObject read = Api.json(Api.call("GET", "/api/v1/complaints/" + c.getString("id"), QUALITY, null));
            assertThat(read.getJsonArray("deadlines").getValuesAs(JsonObject.class).stream()
                    .filter(d -> d.getString("name").equals("ACKNOWLEDGE")).map(d -> d.getString("state")))
                    .containsExactly("BREACHED");
            assertThat(Api.array(Api.call("GET", "/api/v1/complaints/" + c.getString("id") + "/messages", QUALITY,
                    null)).getValuesAs(JsonObject.class).stream().map(m -> m.getString("topic")))
                    .contains("deadline-breached");
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
        Mailbox.Mail told = Mailbox.await("zhou.wei@hdjx.example.cn",
                m -> m.subject().contains("关于您的投诉 " + c.getString("number")));
        assertThat(told.body()).contains("周伟", "15 日内", "不予受理");
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
        assertThat(pdfText("/api/v1/complaints/" + c.getString("id") + "/file.pdf"))
                .contains("被点名人员 赵敏 (zhao.min)", "从事被投诉工作的人员 陈杰 (chen.jie)");
    }

    @Test
    void onlyEligibleStaffAreOfferedToInvestigateAndDecideAndTheInvestigatorCannotDecide() throws Exception {
        JsonObject c = record(objection(LocalDate.now(SHANGHAI).minusDays(2), "[]", "[]"));
        String id = c.getString("id");
        JsonObject unclassified = ok(Api.call("GET", "/api/v1/complaints/" + id + "/candidates/investigator", QUALITY,
                null));
        assertThat(unclassified.getJsonArray("eligible")).isEmpty();
        c = ok(Api.call("PUT", "/api/v1/complaints/" + id + "/classification", QUALITY,
                "{\"severity\":\"NORMAL\",\"nature\":\"PROCEDURAL\"," + version(c).substring(1)));

        JsonObject investigators = ok(Api.call("GET", "/api/v1/complaints/" + id + "/candidates/investigator",
                QUALITY, null));
        assertThat(usernames(investigators, "eligible")).containsExactly(QUALITY);
        assertThat(reasons(investigators)).containsEntry(ADMIN, "not a quality manager")
                .containsEntry(SERVICE, "not a quality manager");
        c = ok(Api.call("PUT", "/api/v1/complaints/" + id + "/investigator", QUALITY,
                "{\"username\":\"zhao.min\"," + version(c).substring(1)));

        JsonObject deciders = ok(Api.call("GET", "/api/v1/complaints/" + id + "/candidates/decider", QUALITY, null));
        assertThat(usernames(deciders, "eligible")).containsExactly(ADMIN);
        assertThat(reasons(deciders)).containsEntry(QUALITY, "investigates this complaint")
                .containsEntry(SERVICE, "not a quality or technical manager or the director");
        HttpResponse<String> both = Api.call("PUT", "/api/v1/complaints/" + id + "/decider", QUALITY,
                "{\"username\":\"zhao.min\"," + version(c).substring(1), "zh-CN", null);
        assertThat(both.statusCode()).isEqualTo(400);
        assertThat(Api.json(both).getJsonObject("fields").getString("decider")).contains("zhao.min", "调查人");
        assertThat(Api.json(Api.call("GET", "/api/v1/complaints/" + id, QUALITY, null)).isNull("decider")).isTrue();
    }

    private static List<String> usernames(JsonObject candidates, String list) {
        return candidates.getJsonArray(list).getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("username")).toList();
    }

    private static Map<String, String> reasons(JsonObject candidates) {
        return candidates.getJsonArray("excluded").getValuesAs(JsonObject.class).stream().collect(
                java.util.stream.Collectors.toMap(m -> m.getString("username"),
                        m -> m.getJsonObject("reason").getString("en")));
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

    /** The open complaint acknowledged, classified major and procedural, and given to zhao.min to investigate. */
    private static void acknowledgeAsMajorProceduralForTheQualityManager(Browser quality) {
        quality.click("acknowledge-complaint");
        quality.awaitText(By.id("complaint-status"), "已确认");
        awaitNotice(quality, "确认已收到——已完成。当前状态：已确认");
        quality.choose("classify-severity", "重大");
        quality.choose("classify-nature", "程序类（流程、合同、行为、保密）");
        quality.click("save-classification");
        quality.awaitTextContaining(By.id("complaint-deadlines"), "详细处理方案");
        // Only the quality manager investigates a procedural complaint; the others are named with why not.
        assertThat(quality.await(By.id("assign-investigator")).getDomProperty("helperText"))
                .contains("未列出", "陈杰 (chen.jie)（不是质量负责人）", "刘洋 (liu.yang)（不是质量负责人）");
        assertThat(chooseAmongOffered(quality, "assign-investigator", "赵敏 (zhao.min)"))
                .doesNotContain("陈杰 (chen.jie)", "刘洋 (liu.yang)", "孙丽 (sun.li)");
        quality.click("save-investigator");
        quality.awaitText(By.id("complaint-status"), "调查中");
    }

    /** Waits for the green confirmation containing {@code text}; returns all it says. */
    private static String awaitNotice(Browser browser, String text) {
        return new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d ->
                d.findElements(By.cssSelector("vaadin-notification-card[theme~='success']")).stream()
                        .map(org.openqa.selenium.WebElement::getText).filter(t -> t.contains(text)).findFirst()
                        .orElse(null));
    }

    /** Opens the select with {@code id}, reads the items it shows and picks the one labelled {@code label}. */
    private static List<String> chooseAmongOffered(Browser browser, String id, String label) {
        // The field's own button: the select's middle may fall on its helper text, which opens nothing.
        org.openqa.selenium.WebElement select = browser.inView(browser.present(By.id(id)));
        List<org.openqa.selenium.WebElement> button = select.findElements(By.cssSelector("vaadin-select-value-button"));
        (button.isEmpty() ? select : button.getFirst()).click();
        List<org.openqa.selenium.WebElement> shown = new org.openqa.selenium.support.ui.WebDriverWait(browser.driver,
                Duration.ofSeconds(15)).until(d -> {
                    List<org.openqa.selenium.WebElement> items = d.findElements(By.cssSelector("vaadin-select-item"))
                            .stream().filter(org.openqa.selenium.WebElement::isDisplayed).toList();
                    return items.stream().anyMatch(e -> label.equals(e.getText().strip())) ? items : null;
                });
        List<String> labels = shown.stream().map(e -> e.getText().strip()).toList();
        shown.stream().filter(e -> label.equals(e.getText().strip())).findFirst().orElseThrow().click();
        return labels;
    }

    @Test
    void theHomePageCountsTheComplaintsWaitingForMeAndTellsTheAdminWhileNobodyCanInvestigateTechnicalOnes()
            throws Exception {
        JsonObject c = record(objection(LocalDate.now(SHANGHAI).minusDays(2), "[]", "[]"));
        String path = "/api/v1/complaints/" + c.getString("id");
        c = ok(Api.call("PUT", path + "/classification", QUALITY,
                "{\"severity\":\"NORMAL\",\"nature\":\"PROCEDURAL\"," + version(c).substring(1)));
        c = ok(Api.call("PUT", path + "/investigator", QUALITY, "{\"username\":\"zhao.min\"," + version(c).substring(1)));
        String number = c.getString("number");
        // hengzhun-cal has a quality manager but no technical manager.
        switchComplaints(false);
        String warning = "setup-warning-complaints-no-technical-investigator";
        JsonObject auditor = Api.array(Api.call("GET", "/api/v1/members", ADMIN, null)).getValuesAs(JsonObject.class)
                .stream().filter(m -> m.getString("username").equals("sun.li")).findFirst().orElseThrow();
        try (Browser admin = new Browser()) {
            admin.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 900));
            admin.driver.get(LabDeskDeployment.baseUrl() + "/admin/modules");
            admin.signIn(ADMIN, Keycloak.DEMO_PASSWORD);
            admin.click("enable-complaints");
            // Switched on, confirmed, and told at once what keeps technical complaints from being routed.
            admin.awaitTextContaining(By.tagName("vaadin-notification-card"), "已启用“投诉处理”");
            admin.awaitTextContaining(By.id(warning), "技术类投诉无法分派：没有人担任技术负责人");
            assertThat(admin.driver.findElements(By.id("setup-warning-complaints-no-procedural-investigator")))
                    .as("zhao.min is the quality manager").isEmpty();

            admin.driver.get(LabDeskDeployment.baseUrl() + "/");
            admin.awaitTextContaining(By.id(warning), "技术类投诉无法分派");
            admin.screenshot("home-page-setup-warning");
            admin.click(warning + "-fix");
            admin.await(By.id("staff-grid"));

            HttpResponse<String> granted = Api.call("PUT", "/api/v1/members/" + auditor.getString("id") + "/roles",
                    ADMIN, "{\"roles\":[\"INTERNAL_AUDITOR\",\"TECHNICAL_MANAGER\"],\"version\":"
                            + auditor.getJsonNumber("version") + "}");
            assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
            admin.driver.get(LabDeskDeployment.baseUrl() + "/");
            admin.await(By.id("home-work"));
            assertThat(admin.driver.findElements(By.id(warning))).as("a technical manager is named").isEmpty();
        } finally {
            JsonObject now = Api.json(Api.call("GET", "/api/v1/members/" + auditor.getString("id"), ADMIN, null));
            HttpResponse<String> back = Api.call("PUT", "/api/v1/members/" + auditor.getString("id") + "/roles",
                    ADMIN, "{\"roles\":[\"INTERNAL_AUDITOR\"],\"version\":" + now.getJsonNumber("version") + "}");
            assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        }

        String waiting = TestDatabase.value("SELECT count(*)::text FROM complaint c JOIN tenant t ON t.id = c.tenant_id"
                + " WHERE t.slug = 'hengzhun-cal' AND c.status = 'INVESTIGATING' AND c.investigator = 'zhao.min'");
        try (Browser quality = new Browser()) {
            quality.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 900));
            quality.driver.get(LabDeskDeployment.baseUrl() + "/");
            quality.signIn(QUALITY, Keycloak.DEMO_PASSWORD);
            org.openqa.selenium.WebElement task = quality.await(By.id("home-task-complaints-investigate"));
            assertThat(task.getText()).startsWith(waiting).contains("待您调查的投诉");
            assertThat(quality.driver.findElements(By.id("setup-warnings"))).as("for admins only").isEmpty();
            quality.screenshot("home-page-tasks");
            quality.click("home-task-complaints-investigate");
            quality.awaitTextContaining(By.id("complaints-filter-label"), "待您调查的投诉");
            quality.awaitTextContaining(By.id("complaints-grid"), number);
        }
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
        Api.switchModule(ADMIN, "complaints", on);
    }
}
