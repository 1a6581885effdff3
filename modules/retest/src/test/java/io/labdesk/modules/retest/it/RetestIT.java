package io.labdesk.modules.retest.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.testkit.Api;
import io.labdesk.testkit.Browser;
import io.labdesk.testkit.Keycloak;
import io.labdesk.testkit.CustomerPages;
import io.labdesk.testkit.LabDeskDeployment;
import io.labdesk.testkit.Mailbox;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
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
 * The retest module over REST and the public form on donghu-atc (switched on with the complaint module for the test,
 * off again after): a retest a complaint's investigator orders, run free to a corrective action and an amended
 * report, the complaint following it; eligibility told to the customer; a retest refused; the module off.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RetestIT {

    private static final String ADMIN = "zhang.wei";      // tenant admin and quality manager
    private static final String SERVICE = "li.na";        // customer service
    private static final String TECHNICAL = "wang.fang";  // tester and technical manager
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String WORDING = "/api/v1/letter-templates/retest/result/";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LabDeskDeployment.war();
    }

    @BeforeEach
    void modulesOn() throws Exception {
        Api.switchModule(ADMIN, "complaints", true);
        Api.switchModule(ADMIN, "retest", true);
        // Other tests may have left their own causes and wording: start from source 000's lists and the default.
        assertThat(Api.call("DELETE", "/api/v1/retests/causes", ADMIN, null).statusCode()).isEqualTo(200);
        for (String language : List.of("zh-CN", "en")) {
            JsonObject wording = Api.json(Api.call("GET", WORDING + language, ADMIN, null));
            assertThat(Api.call("DELETE", WORDING + language + "?version=" + wording.getJsonNumber("version"), ADMIN,
                    null).statusCode()).isEqualTo(200);
        }
    }

    @AfterEach
    void modulesOff() throws Exception {
        Api.switchModule(ADMIN, "retest", false);
        Api.switchModule(ADMIN, "complaints", false);
    }

    @Test
    void aRetestAComplaintOrdersRunsFreeToACorrectiveActionAndTheComplaintFollowsIt() throws Exception {
        String report = "DH-JC-" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject complaint = created(Api.call("POST", "/api/v1/complaints", SERVICE, """
                {"channel":"EMAIL","subject":"REPORT_OBJECTION","reportNumber":"%s","aboutDate":"%s",
                 "namedStaff":[],"performedBy":[],"complainantName":"吴敏","complainantOrganisation":"江城食品有限公司",
                 "complainantEmail":"wu.min@jcsp.example.cn","description":"铅含量结果明显偏高，请复查。"}"""
                .formatted(report, LocalDate.now(SHANGHAI).minusDays(5))));
        String path = "/api/v1/complaints/" + complaint.getString("id");
        complaint = ok(Api.call("PUT", path + "/classification", ADMIN,
                "{\"severity\":\"NORMAL\",\"nature\":\"TECHNICAL\"," + version(complaint)));
        complaint = ok(Api.call("PUT", path + "/investigator", ADMIN, "{\"username\":\"" + TECHNICAL + "\","
                + version(complaint)));
        complaint = ok(Api.call("PUT", path + "/decider", ADMIN, "{\"username\":\"" + ADMIN + "\"," + version(complaint)));
        complaint = ok(Api.call("PUT", path + "/investigation", TECHNICAL, "{\"checked\":[\"ORIGINAL_RECORDS\"],"
                + "\"findings\":\"原始记录中消解步骤记录不全。\",\"retest\":\"复测样品 S-0412 的铅含量\"," + version(complaint)));
        assertThat(complaint.getString("retestCase")).as("the retest module took the order").matches("RT-\\d{4}-\\d{4}");
        assertThat(complaint.getString("retestStateZh")).contains("已受理");

        JsonObject retest = Api.array(Api.call("GET", "/api/v1/retests?q=" + report, ADMIN, null)).getJsonObject(0);
        String retestPath = "/api/v1/retests/" + retest.getString("id");
        retest = Api.json(Api.call("GET", retestPath, ADMIN, null));
        assertThat(retest.getString("origin")).isEqualTo("COMPLAINT");
        assertThat(retest.getString("complaintNumber")).isEqualTo(complaint.getString("number"));
        assertThat(retest.getString("customerName")).isEqualTo("吴敏");
        assertThat(retest.getString("status")).isEqualTo("RECEIVED");
        assertThat(retest.getJsonArray("deadlines").getJsonObject(0).getString("name")).isEqualTo("DECISION");

        retest = ok(Api.call("PUT", retestPath + "/original-test", ADMIN, """
                {"testedBy":"li.na","instrument":"ICP-MS 7900","reportApprovedBy":"sun.li",
                 "items":[{"testItem":"铅 (Pb)","method":"GB 5009.12-2017","unit":"mg/kg","value":0.52,
                 "uncertainty":0.04}],""" + version(retest)));
        HttpResponse<String> notPermitted = Api.call("PUT", retestPath + "/decision", SERVICE, decision("OPERATOR_ERROR",
                retest), "zh-CN", null);
        assertThat(notPermitted.statusCode()).as("customer service may not decide").isEqualTo(403);
        HttpResponse<String> noCause = Api.call("PUT", retestPath + "/decision", ADMIN, decision("NO_SUCH_CAUSE",
                retest), "zh-CN", null);
        assertThat(Api.json(noCause).getJsonObject("fields").getString("cause")).isEqualTo("请从原因目录中选择原因。");
        retest = ok(Api.call("PUT", retestPath + "/decision", ADMIN, decision("OPERATOR_ERROR", retest)));
        assertThat(retest.getString("causeClass")).isEqualTo("INSTITUTION_AT_FAULT");
        assertThat(retest.getString("feeKind")).isEqualTo("FREE");
        HttpResponse<String> selfApproval = Api.call("POST", retestPath + "/approval", ADMIN, "{" + version(retest),
                "en", null);
        assertThat(selfApproval.statusCode()).as("approval is the technical manager's").isEqualTo(403);
        retest = ok(Api.call("POST", retestPath + "/approval", TECHNICAL, "{" + version(retest)));
        assertThat(retest.getString("status")).isEqualTo("RETESTING");
        assertThat(Api.json(Api.call("GET", path, ADMIN, null)).getString("retestStateZh")).contains("复测中");

        String item = retest.getJsonArray("items").getJsonObject(0).getString("id");
        retest = ok(Api.call("PUT", retestPath + "/results", TECHNICAL, "{\"results\":[{\"item\":\"" + item
                + "\",\"value\":0.38,\"uncertainty\":0.04}]," + version(retest)));
        JsonObject compared = retest.getJsonArray("items").getJsonObject(0);
        assertThat(compared.getString("verdict")).isEqualTo("DIFFERS");
        assertThat(compared.getJsonNumber("normalisedError").bigDecimalValue()).isEqualByComparingTo("2.47");
        assertThat(retest.getString("overall")).isEqualTo("DIFFERS");

        // The institution words the result letter its own way, with the platform's letters (as the complaint's reply).
        assertThat(Api.array(Api.call("GET", "/api/v1/letter-templates", ADMIN, null)).getValuesAs(JsonObject.class))
                .anySatisfy(l -> assertThat(l.getString("module") + "/" + l.getString("name")).isEqualTo("retest/result"));
        JsonObject wording = Api.json(Api.call("GET", WORDING + "zh-CN", ADMIN, null));
        assertThat(wording.getBoolean("own")).isFalse();
        String body = wording.getString("body");
        HttpResponse<String> unknown = Api.call("PUT", WORDING + "zh-CN", ADMIN, Json.createObjectBuilder()
                .add("body", body + "{price}").add("version", 0).build().toString(), "en", null);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(Api.json(unknown).getJsonObject("fields").getString("body")).contains("Unknown placeholders", "{price}");
        String ours = body.replace("感谢您对我们工作的监督与支持。", "本通知书由东湖中心质量部签发。");
        assertThat(ok(Api.call("PUT", WORDING + "zh-CN", ADMIN, Json.createObjectBuilder().add("body", ours)
                .add("version", 0).build().toString())).getBoolean("own")).isTrue();
        assertThat(Api.call("PUT", WORDING + "zh-CN", ADMIN, Json.createObjectBuilder().add("body", body)
                .add("version", 0).build().toString()).statusCode()).as("a stale version").isEqualTo(409);

        HttpResponse<String> noAmendment = Api.call("POST", retestPath + "/conclusion", ADMIN,
                "{\"finalClass\":\"INSTITUTION_AT_FAULT\",\"conclusion\":\"原结果有误。\"," + version(retest), "en", null);
        assertThat(Api.json(noAmendment).getJsonObject("fields").getString("amendedReport"))
                .contains("amended or reissued report");
        retest = ok(Api.call("POST", retestPath + "/conclusion", ADMIN, "{\"finalClass\":\"INSTITUTION_AT_FAULT\","
                + "\"conclusion\":\"消解不完全导致原结果偏高，已更正报告。\",\"amendedReport\":\"" + report + "-A\","
                + version(retest)));
        assertThat(retest.getString("status")).isEqualTo("CLOSED");
        assertThat(retest.getJsonArray("actions")).hasSize(1);
        assertThat(retest.getJsonArray("actions").getString(0)).matches("CA-\\d{4}-\\d{4}");
        assertThat(retest.getJsonArray("refunds")).as("a free retest owes nothing").isEmpty();

        complaint = Api.json(Api.call("GET", path, ADMIN, null));
        assertThat(complaint.getString("retestStateZh")).contains("已结案", "不一致");
        assertThat(complaint.getString("retestDoneAt")).isNotNull();
        String number = retest.getString("number");
        Mailbox.Mail letter = Mailbox.await("wu.min@jcsp.example.cn", m -> m.subject().contains("复测结果 " + number));
        String text = Api.pdfText(letter.attachments().get(0).content());
        assertThat(text).contains("复测结果通知书", "En", "2.47", "|En| > 1，结果不一致", report + "-A",
                "本通知书由东湖中心质量部签发。", "吴敏 先生/女士").doesNotContain("感谢您对我们工作的监督与支持");
        JsonObject reworded = Api.json(Api.call("GET", WORDING + "zh-CN", ADMIN, null));
        ok(Api.call("PUT", WORDING + "zh-CN", ADMIN, Json.createObjectBuilder().add("body", body.replace(
                "感谢您对我们工作的监督与支持。", "（新措辞）")).add("version", reworded.getJsonNumber("version")).build()
                .toString()));
        assertThat(Api.pdfText(Api.download(retestPath + "/letter.pdf", ADMIN, "application/pdf")))
                .as("the letter as it went out, whatever the wording says now")
                .contains("本通知书由东湖中心质量部签发。").doesNotContain("（新措辞）");
        assertThat(Api.pdfText(Api.download(retestPath + "/letter.pdf?lang=en", ADMIN, "application/pdf")))
                .contains("Retest result", "the results differ");

        // The dashboard counts it: at the institution's fault, by class, each figure opening the cases it counts.
        String period = "from=" + LocalDate.now(SHANGHAI) + "&to=" + LocalDate.now(SHANGHAI).plusDays(1);
        JsonObject section = Api.array(Api.call("GET", "/api/v1/kpis/modules?" + period, ADMIN, null))
                .getValuesAs(JsonObject.class).stream().filter(m -> m.getString("module").equals("retest"))
                .findFirst().orElseThrow().getJsonObject("section");
        JsonObject atFault = section.getJsonArray("figures").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("id").equals("retests-at-fault")).findFirst().orElseThrow();
        assertThat(atFault.getString("value")).endsWith("%").isNotEqualTo("0.0 %");
        assertThat(atFault.getString("link")).contains("retests?from=", "facet=INSTITUTION_AT_FAULT");
        JsonObject byClass = section.getJsonArray("breakdowns").getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("id").equals("retests-by-class")).findFirst().orElseThrow();
        assertThat(byClass.getJsonArray("bars").getJsonObject(0).getInt("count")).as("at the institution's fault")
                .isPositive();
    }

    @Test
    void aChargedRetestWaitsForTheQuoteAcceptedByLinkAndIsRefundedWhenTheInstitutionWasAtFaultAfterAll()
            throws Exception {
        String report = "DH-MO-" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject retest = created(Api.call("POST", "/api/v1/retests", SERVICE, """
                {"customerName":"韩雪","organisation":"博远新材料","email":"han.xue@byxcl.example.cn",
                 "reportNumber":"%s","reportDate":"%s","claim":"含水率 2.4%% 偏高。",
                 "items":[{"testItem":"含水率","unit":"%%","value":2.4,"uncertainty":0.1}]}"""
                .formatted(report, LocalDate.now(SHANGHAI).minusDays(6))));
        String path = "/api/v1/retests/" + retest.getString("id");
        retest = ok(Api.call("PUT", path + "/decision", ADMIN, "{\"investigation\":\"客户自行制样，样品含水不均。\","
                + "\"cause\":\"SAMPLE_PREPARATION\",\"price\":800,\"chargedPercent\":50," + version(retest)));
        assertThat(retest.getString("feeKind")).isEqualTo("CHARGED");
        assertThat(retest.getJsonNumber("feeAmount").bigDecimalValue()).isEqualByComparingTo("400");
        retest = ok(Api.call("POST", path + "/approval", TECHNICAL, "{" + version(retest)));
        assertThat(retest.getString("status")).isEqualTo("AWAITING_ACCEPTANCE");
        assertThat(retest.getString("quoteStatus")).isEqualTo("AWAITING_ANSWER");
        String item = retest.getJsonArray("items").getJsonObject(0).getString("id");
        assertThat(Api.call("PUT", path + "/results", TECHNICAL, "{\"results\":[{\"item\":\"" + item
                + "\",\"value\":2.1,\"uncertainty\":0.1}]," + version(retest)).statusCode())
                .as("no retest before the quote is accepted").isEqualTo(400);

        String mail = Mailbox.await("han.xue@byxcl.example.cn", m -> m.subject().contains("复测报价 QT-")).body();
        String quote = mail.replaceAll("(?s).*(/t/donghu-atc/quote\\?key=[A-Za-z0-9_-]{43}).*", "$1");
        HttpClient client = CustomerPages.from("127.0.0.64");
        assertThat(CustomerPages.get(client, "/t/donghu-atc/quote?key=" + "x".repeat(43)).statusCode()).isEqualTo(404);
        assertThat(CustomerPages.get(client, quote.replace("donghu-atc", "hengzhun-cal")).statusCode())
                .as("another institution's address opens nothing").isEqualTo(404);
        HttpResponse<String> page = CustomerPages.get(client, quote + "&lang=zh-CN");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("报价单 QT-", "400.00 CNY", "待您确认", "id=\"quote-accept\"");
        String key = quote.substring(quote.indexOf("key=") + 4);
        HttpResponse<String> accepted = CustomerPages.submit(client, "/t/donghu-atc/quote?lang=zh-CN",
                Map.of("key", key, "answer", "accept", "answerNote", "同意，请尽快安排。"));
        assertThat(accepted.body()).contains("您已接受报价", "已接受");
        assertThat(CustomerPages.submit(client, "/t/donghu-atc/quote?lang=zh-CN", Map.of("key", key, "answer",
                "decline")).statusCode()).as("answered once").isEqualTo(409);

        retest = Api.json(Api.call("GET", path, ADMIN, null));
        assertThat(retest.getString("status")).isEqualTo("RETESTING");
        assertThat(retest.getString("quoteStatus")).isEqualTo("ACCEPTED");
        retest = ok(Api.call("PUT", path + "/results", TECHNICAL, "{\"results\":[{\"item\":\"" + item
                + "\",\"value\":2.1,\"uncertainty\":0.1}]," + version(retest)));
        assertThat(retest.getString("overall")).isEqualTo("DIFFERS");
        assertThat(retest.getString("reviewEn")).contains("refunded");
        retest = ok(Api.call("POST", path + "/conclusion", ADMIN, "{\"finalClass\":\"INSTITUTION_AT_FAULT\","
                + "\"conclusion\":\"烘箱温控失准，原结果偏高。\",\"amendedReport\":\"" + report + "-A\","
                + version(retest)));
        JsonObject refund = retest.getJsonArray("refunds").getJsonObject(0);
        assertThat(refund.getString("number")).matches("RF-\\d{4}-\\d{4}");
        assertThat(refund.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("400");
        assertThat(refund.getString("status")).isEqualTo("OWED");
        retest = ok(Api.call("POST", path + "/refunds/" + refund.getString("id") + "/payment", ADMIN,
                "{\"paidOn\":\"" + LocalDate.now(SHANGHAI) + "\",\"reference\":\"银行转账 20261202-01\",\"version\":"
                        + refund.getJsonNumber("version").longValue() + "}"));
        assertThat(retest.getJsonArray("refunds").getJsonObject(0).getString("status")).isEqualTo("PAID");
    }

    @Test
    void theCustomerIsToldAtOnceWhyNoRetestIsPossibleAndARefusalStoresItsReason() throws Exception {
        HttpClient client = CustomerPages.from("127.0.0.61");
        HttpResponse<String> form = CustomerPages.get(client, "/t/donghu-atc/retest?lang=zh-CN");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("申请复测", "name=\"reportNumber\"", "name=\"reportDate\"");
        String report = "DH-JC-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> late = CustomerPages.submit(client, "/t/donghu-atc/retest?lang=zh-CN", Map.of(
                "formKey", UUID.randomUUID().toString(), "reportNumber", report,
                "reportDate", LocalDate.now(SHANGHAI).minusDays(45).toString(), "claim", "结果偏低。",
                "customerName", "郑岚", "email", "zheng.lan@hbsj.example.cn"));
        assertThat(late.statusCode()).as(late.body()).isEqualTo(200);
        assertThat(late.body()).contains("不能受理复测申请", "30 天内");
        assertThat(Mailbox.await("zheng.lan@hbsj.example.cn", m -> m.subject().contains("复测申请未能受理")).body())
                .contains("30 天内");

        HttpResponse<String> inTime = CustomerPages.submit(client, "/t/donghu-atc/retest?lang=zh-CN", Map.of(
                "formKey", UUID.randomUUID().toString(), "reportNumber", report,
                "reportDate", LocalDate.now(SHANGHAI).minusDays(3).toString(), "claim", "水分结果与我方差异大。",
                "customerName", "郑岚", "email", "zheng.lan@hbsj.example.cn"));
        assertThat(inTime.body()).contains("您的复测申请已受理，编号 RT-");
        JsonObject retest = Api.array(Api.call("GET", "/api/v1/retests?status=RECEIVED&q=" + report, ADMIN, null))
                .getJsonObject(0);
        String path = "/api/v1/retests/" + retest.getString("id");
        retest = Api.json(Api.call("GET", path, ADMIN, null));
        assertThat(retest.getString("origin")).isEqualTo("CUSTOMER");
        retest = ok(Api.call("PUT", path + "/sample", SERVICE, "{\"state\":\"DISPOSED\"," + version(retest)));
        assertThat(retest.getString("eligibility")).isEqualTo("NEW_SAMPLE_REQUIRED");
        assertThat(retest.getString("eligibilityReasonsZh")).contains("原样品已处置", "新样品");
        HttpResponse<String> stale = Api.call("POST", path + "/refusal", ADMIN, "{\"reason\":\"x\",\"version\":0}");
        assertThat(stale.statusCode()).isEqualTo(409);
        retest = ok(Api.call("POST", path + "/refusal", ADMIN, "{\"reason\":\"原样品已处置，客户无法提供新样品。\","
                + version(retest)));
        assertThat(retest.getString("status")).isEqualTo("REFUSED");
        assertThat(Mailbox.await("zheng.lan@hbsj.example.cn", m -> m.subject().contains("不予复测")).body())
                .contains("客户无法提供新样品");
        assertThat(Api.call("PUT", path + "/decision", ADMIN, decision("OPERATOR_ERROR", retest)).statusCode())
                .as("a refused retest is over").isEqualTo(400);
    }

    @Test
    void withTheModuleOffItsAddressesAreGoneAndAComplaintKeepsItsOwnTask() throws Exception {
        Api.switchModule(ADMIN, "retest", false);
        assertThat(Api.call("GET", "/api/v1/retests", ADMIN, null).statusCode()).isEqualTo(404);
        assertThat(CustomerPages.get(CustomerPages.from("127.0.0.62"), "/t/donghu-atc/retest").statusCode())
                .isEqualTo(404);
        JsonObject complaint = created(Api.call("POST", "/api/v1/complaints", SERVICE, """
                {"channel":"PHONE","subject":"REPORT_OBJECTION","reportNumber":"DH-OFF-1","aboutDate":"%s",
                 "namedStaff":[],"performedBy":[],"complainantName":"钱坤","complainantPhone":"13900139062",
                 "description":"复测请求。"}""".formatted(LocalDate.now(SHANGHAI).minusDays(2))));
        String path = "/api/v1/complaints/" + complaint.getString("id");
        complaint = ok(Api.call("PUT", path + "/classification", ADMIN,
                "{\"severity\":\"NORMAL\",\"nature\":\"TECHNICAL\"," + version(complaint)));
        complaint = ok(Api.call("PUT", path + "/investigator", ADMIN, "{\"username\":\"" + TECHNICAL + "\","
                + version(complaint)));
        complaint = ok(Api.call("PUT", path + "/investigation", TECHNICAL, "{\"checked\":[\"METHOD\"],"
                + "\"findings\":\"方法无误。\",\"retest\":\"复测水分\"," + version(complaint)));
        assertThat(complaint.isNull("retestCase")).as("no module observed the order").isTrue();
        assertThat(complaint.getString("retestNote")).isEqualTo("复测水分");
        Api.switchModule(ADMIN, "retest", true);
        assertThat(Api.array(Api.call("GET", "/api/v1/retests?q=DH-OFF-1", ADMIN, null))).isEmpty();
    }

    @Test
    void aCustomerAsksFromTheTrackingPageStaffDecideAndRetestAndTheLetterSaysTheResultsAgree() throws Exception {
        HttpClient client = CustomerPages.from("127.0.0.63");
        HttpResponse<String> filed = CustomerPages.submit(client, "/t/donghu-atc/request?lang=zh-CN", Map.of(
                "formKey", UUID.randomUUID().toString(), "type", "TECHNICAL_QUESTION", "subject", "铜含量结果疑问",
                "description", "报告中铜含量高于我方内控结果。", "contactName", "冯洁", "contactEmail",
                "feng.jie@hxcl.example.cn", "organisation", "华鑫材料有限公司"));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(303);
        String tracking = filed.headers().firstValue("Location").orElseThrow();
        String report = "DH-CU-" + UUID.randomUUID().toString().substring(0, 6);
        String number;
        try (Browser customer = new Browser()) {
            customer.driver.get(tracking.startsWith("http") ? tracking : LabDeskDeployment.baseUrl() + tracking);
            customer.click("form-link-retest");
            customer.driver.findElement(By.name("reportNumber")).sendKeys(report);
            ((org.openqa.selenium.JavascriptExecutor) customer.driver).executeScript(
                    "document.getElementsByName('reportDate')[0].value = arguments[0];",
                    LocalDate.now(SHANGHAI).minusDays(4).toString());
            customer.driver.findElement(By.name("claim")).sendKeys("铜 (Cu) 结果 1.82% 偏高，我方为 1.75%。");
            customer.driver.findElement(By.cssSelector("form button[type=submit], form input[type=submit]")).click();
            customer.awaitTextContaining(By.tagName("body"), "您的复测申请已受理，编号 RT-");
            number = customer.driver.findElement(By.tagName("body")).getText()
                    .replaceAll("(?s).*编号 (RT-\\d{4}-\\d{4}).*", "$1");
        }
        try (Browser quality = new Browser()) {
            // The home page tells who decides retests that one waits; its line opens the cases waiting there.
            quality.driver.get(LabDeskDeployment.baseUrl() + "/");
            quality.signIn(ADMIN, Keycloak.DEMO_PASSWORD);
            quality.awaitTextContaining(By.id("home-task-retest-decide"), "复测待决定");
            quality.click("home-task-retest-decide");
            // The quality manager words the result letter the institution's way (a letter of the platform's).
            quality.click("retest-letter-wording");
            quality.awaitTextContaining(By.id("letter-state"), "默认措辞");
            quality.type("letter-body", "{salutation}：\n\n{comparison}\n\n结论：{conclusion}\n\n东湖中心质量部 {date}");
            quality.click("letter-save");
            quality.awaitTextContaining(By.id("letter-state"), "本机构的措辞");
            quality.click("letter-close");
            quality.clickCell(number);
            quality.pick("retest-tested-by", "李娜");
            quality.type("retest-instrument", "ICP-OES 5110");
            quality.pick("retest-report-approver", "孙");
            quality.type("retest-item-0-name", "铜 (Cu)");
            quality.type("retest-item-0-method", "GB/T 5121.27");
            quality.type("retest-item-0-unit", "%");
            quality.type("retest-item-0-value", "1.82");
            quality.type("retest-item-0-uncertainty", "0.06");
            quality.click("retest-save-original");
            awaitNotice(quality, "原测试已保存");
            quality.type("retest-investigation", "样品均匀性存疑，原因无法确认。");
            quality.type("retest-cause", "无法确认"); // the list is long: filter it as a user would
            quality.pick("retest-cause", "无法确认");
            quality.type("retest-agreed", "0");
            quality.type("retest-agreement", "与冯洁电话商定：免费复测。");
            quality.click("retest-decide");
            quality.awaitTextContaining(By.id("retest-decided"), "协商");
        }
        try (Browser technical = new Browser()) {
            technical.driver.get(LabDeskDeployment.baseUrl() + "/retests");
            technical.signIn(TECHNICAL, Keycloak.DEMO_PASSWORD);
            technical.clickCell(number);
            technical.click("retest-approve");
            technical.awaitTextContaining(By.id("retest-state"), "复测中");
            technical.type("retest-result-0-value", "1.78");
            technical.type("retest-result-0-uncertainty", "0.06");
            technical.click("retest-save-results");
            technical.awaitTextContaining(By.id("retest-overall"), "一致");
            technical.awaitTextContaining(By.id("retest-comparison"), "0.47");
            technical.type("retest-conclusion-text", "复测结果与原结果在测量不确定度范围内一致，维持原报告。");
            technical.click("retest-conclude");
            technical.awaitTextContaining(By.id("retest-conclusion"), "维持原报告");
            technical.screenshot("retest-concluded");
            String letter = Api.pdfText(technical.download(By.id("retest-letter")));
            assertThat(letter).contains("复测结果通知书", "冯洁 先生/女士", "En = 0.47，|En| ≤ 1，结果一致。",
                    "东湖中心质量部");
        }
        assertThat(Mailbox.await("feng.jie@hxcl.example.cn", m -> m.subject().contains("复测结果 " + number))
                .attachments()).hasSize(1);
    }

    /** Waits for the confirmation the view shows after an action. */
    private static void awaitNotice(Browser browser, String text) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(30)).until(d ->
                d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                        .anyMatch(n -> n.getText().contains(text)));
    }

    private static String decision(String cause, JsonObject retest) {
        return "{\"investigation\":\"核查原始记录与仪器日志。\",\"cause\":\"" + cause + "\"," + version(retest);
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
