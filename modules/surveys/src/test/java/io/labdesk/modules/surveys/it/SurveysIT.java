package io.labdesk.modules.surveys.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.testkit.Api;
import io.labdesk.testkit.Browser;
import io.labdesk.testkit.CustomerPages;
import io.labdesk.testkit.Keycloak;
import io.labdesk.testkit.LabDeskDeployment;
import io.labdesk.testkit.Mailbox;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
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
 * The survey module on donghu-atc (switched on for the test with the complaint module, off again after): a closed
 * request's invitation in the outbox once its delay is over, answered on a phone by the private link, the low score
 * opening a follow-up with its deadline that becomes a corrective action; a customer with a complaint open not
 * surveyed; a reopened request's invitation withdrawn; an unhappy answer recorded by phone becoming a complaint; the module off sending nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SurveysIT {

    private static final String ADMIN = "zhang.wei";      // tenant admin and quality manager
    private static final String SERVICE = "li.na";        // customer service
    private static final String TECHNICAL = "wang.fang";  // tester and technical manager
    private static final String OTHER_ADMIN = "chen.jie"; // hengzhun-cal's admin
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LabDeskDeployment.war();
    }

    @BeforeEach
    void modulesOn() throws Exception {
        Api.switchModule(ADMIN, "complaints", true);
        Api.switchModule(ADMIN, "surveys", true);
        settings(Map.of("delayMinutes", "0"));
    }

    @AfterEach
    void modulesOff() throws Exception {
        settings(Map.of());
        Api.switchModule(ADMIN, "surveys", false);
        Api.switchModule(ADMIN, "complaints", false);
        Api.switchModule(OTHER_ADMIN, "surveys", false);
    }

    @Test
    void aClosedRequestIsSurveyedByLinkAndTheUnhappyAnswerIsFollowedUpWithinItsDeadline() throws Exception {
        String email = "survey-" + UUID.randomUUID().toString().substring(0, 8) + "@hjwater.example.cn";
        JsonObject request = closedRequest(email, "何静");
        String number = request.getString("number");

        // The invitation is in the outbox once its delay (none here) is over; its link opens the survey.
        Mailbox.Mail mail = Mailbox.await(email, m -> m.subject().contains(number) && m.body().contains("/survey?key="));
        assertThat(mail.subject()).contains("请评价我们的服务");
        String link = mail.body().replaceAll("(?s).*(/t/donghu-atc/survey\\?key=[A-Za-z0-9_-]{43}).*", "$1");
        assertThat(link).startsWith("/t/donghu-atc/survey?key=");
        String key = link.substring(link.indexOf("key=") + 4);
        HttpClient client = CustomerPages.from("127.0.0.71");
        assertThat(CustomerPages.get(client, "/t/donghu-atc/survey?key=" + "x".repeat(43)).statusCode()).isEqualTo(404);
        assertThat(CustomerPages.get(client, link.replace("donghu-atc", "hengzhun-cal")).statusCode())
                .as("another institution's address opens nothing").isEqualTo(404);
        HttpResponse<String> page = CustomerPages.get(client, link + "&lang=zh-CN");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("关于工单 " + number, "服务态度", "解决问题的速度/及时性", "报告质量", "总体满意度",
                "很不满意", "很满意", "完全不可能", "type=\"radio\"", "name=\"attitude\" value=\"5\"",
                "name=\"recommend\" value=\"10\"");

        // A point off the scale and an unhappy answer without a reason are refused, nothing stored.
        Map<String, String> answer = new HashMap<>(Map.of("key", key, "attitude", "2", "quality", "4", "speed", "3",
                "report", "4", "overall", "3", "recommend", "5"));
        answer.put("quality", "7");
        HttpResponse<String> offScale = CustomerPages.submit(client, "/t/donghu-atc/survey?lang=zh-CN", answer);
        assertThat(offScale.statusCode()).isEqualTo(400);
        assertThat(offScale.body()).contains("请在所列分值中选择一项");
        answer.put("quality", "4");
        HttpResponse<String> noReason = CustomerPages.submit(client, "/t/donghu-atc/survey?lang=zh-CN", answer);
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("请告诉我们原因");
        JsonObject invitation = Api.array(Api.call("GET", "/api/v1/surveys/invitations?request="
                + request.getString("id"), ADMIN, null)).getJsonObject(0);
        assertThat(invitation.getString("status")).isEqualTo("SENT");
        assertThat(invitation.getString("channel")).isEqualTo("EMAIL");

        // The customer answers on a phone: the points are big enough to tap, the page does not scroll sideways.
        try (Browser customer = new Browser()) {
            customer.phone();
            customer.driver.get(LabDeskDeployment.baseUrl() + link + "&lang=zh-CN");
            customer.awaitTextContaining(By.id("survey-request"), number);
            customer.screenshot("survey-on-phone-top");
            for (Map.Entry<String, String> e : Map.of("attitude", "2", "quality", "4", "speed", "3", "report", "4",
                    "overall", "3", "recommend", "5").entrySet()) {
                customer.inView(customer.present(By.id(e.getKey() + "-" + e.getValue()))).click();
            }
            customer.driver.findElement(By.name("suggestions")).sendKeys("报告出具比约定晚了三天，电话也很难打通。");
            assertThat(customer.sidewaysOverflow()).as("scrolls sideways by px").isLessThanOrEqualTo(0);
            customer.screenshot("survey-on-phone");
            customer.inView(customer.present(By.id("submit"))).click();
            customer.awaitTextContaining(By.tagName("body"), "谢谢！您的评价已提交。");
        }

        // Answered once: a second submission is refused with a message, the page only says so.
        HttpResponse<String> again = CustomerPages.submit(client, "/t/donghu-atc/survey?lang=zh-CN",
                Map.of("key", key, "attitude", "5", "quality", "5", "speed", "5", "report", "5", "overall", "5"));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("每份调查只能提交一次").doesNotContain("type=\"radio\"");
        assertThat(CustomerPages.get(client, link + "&lang=en").body()).contains("You answered this survey on")
                .doesNotContain("type=\"radio\"");

        JsonObject detail = Api.json(Api.call("GET", "/api/v1/surveys/invitations/" + invitation.getString("id"),
                ADMIN, null));
        assertThat(detail.getJsonObject("invitation").getString("status")).isEqualTo("ANSWERED");
        JsonObject given = detail.getJsonObject("answer");
        assertThat(given.getString("channel")).isEqualTo("LINK");
        assertThat(given.getBoolean("unhappy")).isTrue();
        assertThat(given.getString("questionnaireVersionId")).isEqualTo(invitation.getString("questionnaireVersionId"));

        // The low score opened a follow-up with a deadline on the institution's calendar.
        JsonObject followUp = Api.array(Api.call("GET", "/api/v1/surveys/follow-ups?status=OPEN", ADMIN, null))
                .getValuesAs(JsonObject.class).stream().filter(f -> number.equals(f.getString("requestNumber", null)))
                .findFirst().orElseThrow();
        assertThat(followUp.getString("number")).matches("SF-\\d{4}-\\d{4}");
        assertThat(followUp.getString("reasonZh")).contains("服务态度 2 分", "电话也很难打通");
        JsonObject deadline = followUp.getJsonArray("deadlines").getJsonObject(0);
        assertThat(deadline.getString("name")).isEqualTo("FOLLOW_UP");
        assertThat(Instant.parse(deadline.getString("due"))).isAfter(Instant.parse(followUp.getString("openedAt")));
        String path = "/api/v1/surveys/follow-ups/" + followUp.getString("id");

        // Role checks, another institution, a stale version.
        assertThat(Api.call("PUT", path + "/outcome", TECHNICAL, "{\"outcome\":\"已致电\",\"version\":"
                + followUp.getJsonNumber("version") + "}").statusCode()).as("a tester does not follow up").isEqualTo(403);
        Api.switchModule(OTHER_ADMIN, "surveys", true);
        assertThat(Api.call("GET", path, OTHER_ADMIN, null).statusCode()).isEqualTo(404);
        assertThat(Api.call("PUT", path + "/outcome", SERVICE, "{\"outcome\":\"已致电\",\"version\":"
                + (followUp.getJsonNumber("version").longValue() + 1) + "}").statusCode()).isEqualTo(409);
        HttpResponse<String> empty = Api.call("PUT", path + "/outcome", SERVICE, "{\"outcome\":\" \",\"version\":"
                + followUp.getJsonNumber("version") + "}", "zh-CN", null);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(Api.json(empty).getJsonObject("fields").getString("outcome")).contains("处理结果");

        // The quality manager finds it on the home page, raises a corrective action from it, and reads the analysis.
        LocalDate today = LocalDate.now(SHANGHAI);
        try (Browser quality = new Browser()) {
            quality.driver.get(LabDeskDeployment.baseUrl() + "/");
            quality.signIn(ADMIN, Keycloak.DEMO_PASSWORD);
            quality.awaitTextContaining(By.id("home-task-surveys-follow-up"), "待回访的不满意客户");
            quality.click("home-task-surveys-follow-up");
            quality.clickCell(followUp.getString("number"));
            quality.awaitTextContaining(By.id("survey-follow-up-reason"), "服务态度 2 分");
            quality.type("survey-follow-up-outcome", "报告延期未提前告知客户，需改进交付提醒。");
            quality.click("survey-follow-up-action");
            awaitNotice(quality, "已登记纠正措施");
            quality.click("surveys-tab-analysis");
            quality.awaitAttributeValue(By.id("surveys-item-chart"), "data-drawn", "true");
            new org.openqa.selenium.support.ui.WebDriverWait(quality.driver, Duration.ofSeconds(30)).until(d ->
                    d.findElements(By.cssSelector("#surveys-item-figures vaadin-grid-cell-content")).stream()
                            .anyMatch(c -> c.getText().contains("服务态度")));
            quality.screenshot("survey-analysis");
            String report = Api.pdfText(quality.download(By.id("surveys-report-pdf")));
            assertThat(report).contains("客户满意度调查分析报告", "答复率", "满意率", "报告出具比约定晚了三天",
                    "已转为纠正措施");
            assertThat(report).as("the attitude's answers and satisfaction rate")
                    .containsPattern("服务态度 \\d+ \\d+\\.\\d %");
        }
        JsonObject acted = Api.json(Api.call("GET", path, ADMIN, null));
        assertThat(acted.getString("status")).isEqualTo("ACTION");
        assertThat(acted.getString("actionNumber")).matches("CA-\\d{4}-\\d{4}");
        assertThat(acted.getJsonArray("deadlines").getJsonObject(0).isNull("metAt")).as("deadline met").isFalse();

        // The figures count it.
        JsonObject figures = Api.json(Api.call("GET", "/api/v1/surveys/figures?from=" + today + "&to="
                + today.plusDays(1), ADMIN, null));
        assertThat(figures.getInt("answered")).isPositive();
        JsonObject attitude = figures.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("code").equals("attitude")).findFirst().orElseThrow();
        assertThat(attitude.getInt("answers")).isPositive();
        assertThat(attitude.getJsonArray("distribution").getJsonNumber(1).longValue()).as("rated 2").isPositive();
        JsonObject section = Api.array(Api.call("GET", "/api/v1/kpis/modules?from=" + today + "&to="
                        + today.plusDays(1), ADMIN, null)).getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("module").equals("surveys")).findFirst().orElseThrow()
                .getJsonObject("section");
        assertThat(section.getJsonArray("figures").getValuesAs(JsonObject.class))
                .extracting(f -> f.getString("id")).contains("surveys-response-rate", "surveys-overall", "surveys-nps",
                        "surveys-unhappy-open");
    }

    @Test
    void anOpenComplaintHoldsTheSurveyBackAReopenedRequestWithdrawsItAndStaffRecordAnAnswerByPhone()
            throws Exception {
        // A complaint by the same customer (matched by e-mail) is open: no survey.
        String email = "held-" + UUID.randomUUID().toString().substring(0, 8) + "@jcsp.example.cn";
        JsonObject first = closedRequest(email, "吴敏", false);
        assertThat(Api.call("POST", "/api/v1/complaints", SERVICE, """
                {"channel":"EMAIL","subject":"REPORT_OBJECTION","reportNumber":"DH-SV-%s","aboutDate":"%s",
                 "namedStaff":[],"performedBy":[],"complainantName":"吴敏","complainantEmail":"%s",
                 "description":"报告结论与我方检测不一致。"}""".formatted(UUID.randomUUID().toString().substring(0, 6),
                LocalDate.now(SHANGHAI).minusDays(3), email.toUpperCase())).statusCode()).isEqualTo(201);
        first = Api.act(SERVICE, first.getString("id"), "close", first, "");
        JsonObject held = awaitInvitation(first.getString("id"), i -> !i.getString("status").equals("SCHEDULED"));
        assertThat(held.getString("status")).isEqualTo("SKIPPED");
        assertThat(held.getString("skipReason")).isEqualTo("COMPLAINT_OPEN");

        // Sent after a day: reopening the request withdraws it.
        settings(Map.of("delayMinutes", "1440", "quietDays", "0"));
        JsonObject second = closedRequest("later-" + email, "吴敏");
        assertThat(awaitInvitation(second.getString("id"), i -> true).getString("status")).isEqualTo("SCHEDULED");
        Api.act(SERVICE, second.getString("id"), "reopen", second, "\"note\":\"客户补充了新的问题\"");
        assertThat(awaitInvitation(second.getString("id"), i -> true).getString("status")).isEqualTo("WITHDRAWN");

        // Follow-up staff call before it is sent and record the answer: the channel is the phone. The customer is
        // unhappy; the follow-up becomes a complaint, which the complaint module files.
        String caller = "回访" + UUID.randomUUID().toString().substring(0, 6);
        JsonObject third = closedRequest("phone-" + email, caller);
        String invitation = awaitInvitation(third.getString("id"), i -> true).getString("id");
        HttpResponse<String> byTester = Api.call("POST", "/api/v1/surveys/invitations/" + invitation + "/answer",
                TECHNICAL, "{\"values\":{}}");
        assertThat(byTester.statusCode()).isEqualTo(403);
        JsonObject recorded = Api.json(Api.call("POST", "/api/v1/surveys/invitations/" + invitation + "/answer",
                SERVICE, "{\"values\":{\"attitude\":\"4\",\"quality\":\"1\",\"speed\":\"4\",\"report\":\"4\","
                        + "\"overall\":\"2\",\"suggestions\":\"复核结论没有解释清楚。\"}}"));
        assertThat(recorded.getJsonObject("invitation").getString("status")).isEqualTo("ANSWERED");
        assertThat(recorded.getJsonObject("answer").getString("channel")).isEqualTo("PHONE");
        assertThat(recorded.getJsonObject("answer").getString("recordedBy")).isEqualTo(SERVICE);
        assertThat(recorded.getJsonObject("answer").getBoolean("unhappy")).isTrue();
        String number = third.getString("number");
        JsonObject followUp = Api.array(Api.call("GET", "/api/v1/surveys/follow-ups?status=OPEN", ADMIN, null))
                .getValuesAs(JsonObject.class).stream().filter(f -> number.equals(f.getString("requestNumber", null)))
                .findFirst().orElseThrow();
        JsonObject passed = Api.json(Api.call("POST", "/api/v1/surveys/follow-ups/" + followUp.getString("id")
                + "/complaint", SERVICE, "{\"outcome\":\"客户坚持要求正式投诉。\",\"version\":"
                + followUp.getJsonNumber("version") + "}"));
        assertThat(passed.getString("status")).isEqualTo("COMPLAINT");
        JsonObject complaint = Api.array(Api.call("GET", "/api/v1/complaints?q=" + java.net.URLEncoder.encode(caller,
                java.nio.charset.StandardCharsets.UTF_8), ADMIN, null)).getJsonObject(0);
        assertThat(complaint.getString("channel")).isEqualTo("PHONE");
        assertThat(complaint.getString("requestNumber")).isEqualTo(number);
        assertThat(complaint.getString("description")).contains(followUp.getString("number"), "服务质量 1 分",
                "客户坚持要求正式投诉");

        // The module off: a closed request gets no invitation, not even once it is back on.
        Api.switchModule(ADMIN, "surveys", false);
        JsonObject fourth = closedRequest("off-" + email, "吴敏");
        Api.switchModule(ADMIN, "surveys", true);
        assertThat(Api.array(Api.call("GET", "/api/v1/surveys/invitations?request=" + fourth.getString("id"),
                ADMIN, null))).isEmpty();
    }

    @Test
    void aQuestionnaireChangeIsANewVersionAndEarlierVersionsStay() throws Exception {
        JsonObject listed = Api.array(Api.call("GET", "/api/v1/surveys/questionnaires", ADMIN, null))
                .getValuesAs(JsonObject.class).stream().filter(q -> q.getString("code").equals("after-service"))
                .findFirst().orElseThrow();
        String path = "/api/v1/surveys/questionnaires/" + listed.getString("id");
        JsonObject current = Api.json(Api.call("GET", path, ADMIN, null));
        assertThat(current.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(i -> i.getString("zh"))
                .contains("服务态度", "服务质量", "解决问题的速度/及时性", "报告质量", "总体满意度", "建议");
        int before = current.getInt("currentVersion");
        String items = current.getJsonArray("items").toString();
        String revision = "{\"nameZh\":\"服务满意度调查\",\"nameEn\":\"Satisfaction with our service\",\"items\":"
                + items.substring(0, items.length() - 1) + ",{\"code\":\"on-time-" + (before + 1) + "\",\"kind\":"
                + "\"YES_NO\",\"required\":false,\"zh\":\"报告是否按时交付？\",\"en\":\"Was the report on time?\","
                + "\"options\":[]}],\"version\":";
        assertThat(Api.call("PUT", path, SERVICE, revision + current.getJsonNumber("version") + "}").statusCode())
                .as("customer service do not keep questionnaires").isEqualTo(403);
        JsonObject revised = Api.json(Api.call("PUT", path, ADMIN, revision + current.getJsonNumber("version") + "}"));
        assertThat(revised.getInt("currentVersion")).isEqualTo(before + 1);
        assertThat(Api.call("PUT", path, ADMIN, revision + current.getJsonNumber("version") + "}").statusCode())
                .as("stale").isEqualTo(409);
        JsonObject earlier = Api.json(Api.call("GET", path + "/versions/" + before, ADMIN, null));
        assertThat(earlier.getJsonArray("items")).hasSize(current.getJsonArray("items").size());

        // The API describes itself, the module's resources under their tag.
        HttpResponse<String> openApi = Api.call("GET", "/api/v1/openapi.yaml", ADMIN, null, "en", null, "Accept",
                "application/yaml");
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.body()).contains("/surveys/questionnaires/{id}", "/surveys/follow-ups/{id}/action",
                "/surveys/campaigns", "/surveys/report.pdf");
    }

    @Test
    void aCampaignOfFiftyCustomersCountsItsResponseRate() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        StringBuilder customers = new StringBuilder();
        for (int n = 0; n < 50; n++) {
            customers.append(n == 0 ? "" : ",").append("{\"name\":\"客户").append(n).append("\",\"organisation\":"
                    + "\"单位").append(n).append("\",\"email\":\"c").append(n).append("-").append(tag)
                    .append("@campaign.example.cn\"}");
        }
        LocalDate today = LocalDate.now(SHANGHAI);
        String campaign = "{\"name\":\"" + today.getYear() + " 年度客户满意度调查 " + tag + "\",\"from\":\"" + today
                + "\",\"to\":\"" + today.plusDays(30) + "\",\"channel\":\"EMAIL\",\"customers\":[" + customers + "]}";
        assertThat(Api.call("POST", "/api/v1/surveys/campaigns", SERVICE, campaign).statusCode())
                .as("customer service do not start campaigns").isEqualTo(403);
        HttpResponse<String> started = Api.call("POST", "/api/v1/surveys/campaigns", ADMIN, campaign);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String path = "/api/v1/surveys/campaigns/" + Api.json(started).getString("id");
        assertThat(Api.json(started).getInt("customers")).isEqualTo(50);

        // The round sends every invitation; the mail names the campaign.
        Instant end = Instant.now().plus(Duration.ofSeconds(90));
        JsonObject progress = Api.json(Api.call("GET", path, ADMIN, null));
        while (progress.getInt("sent") < 50 && Instant.now().isBefore(end)) {
            Thread.sleep(500);
            progress = Api.json(Api.call("GET", path, ADMIN, null));
        }
        assertThat(progress.getInt("sent")).isEqualTo(50);
        Mailbox.Mail mail = Mailbox.await("c7-" + tag + "@campaign.example.cn", m -> m.body().contains("/survey?key="));
        assertThat(mail.body()).contains("年度客户满意度调查 " + tag);

        // Ten answer on the phone: a response rate of 20 %.
        var invitations = Api.array(Api.call("GET", path + "/invitations", ADMIN, null)).getValuesAs(JsonObject.class);
        assertThat(invitations).hasSize(50);
        for (JsonObject invitation : invitations.subList(0, 10)) {
            HttpResponse<String> answered = Api.call("POST", "/api/v1/surveys/invitations/" + invitation.getString("id")
                    + "/answer", SERVICE, "{\"values\":{\"attitude\":\"5\",\"quality\":\"4\",\"speed\":\"4\","
                    + "\"report\":\"5\",\"overall\":\"5\"}}");
            assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        }
        progress = Api.json(Api.call("GET", path, ADMIN, null));
        assertThat(progress.getInt("answered")).isEqualTo(10);
        assertThat(progress.getJsonNumber("responseRate").doubleValue()).isEqualTo(20.0);
    }

    /** Waits for the confirmation the view shows after an action. */
    private static void awaitNotice(Browser browser, String text) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d ->
                d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                        .anyMatch(n -> n.getText().contains(text)));
    }

    /** A request for {@code email} taken through its workflow and closed (or left followed up). */
    private static JsonObject closedRequest(String email, String name) throws Exception {
        return closedRequest(email, name, true);
    }

    private static JsonObject closedRequest(String email, String name, boolean close) throws Exception {
        JsonObject r = Api.json(Api.call("POST", "/api/v1/requests", SERVICE, """
                {"type":"DISPUTE","channel":"EMAIL","subject":"对报告中重金属含量结果有异议",
                 "description":"请复核铅含量。","organisation":"汉江水务集团","contactName":"%s",
                 "contactEmail":"%s"}""".formatted(name, email), "zh-CN", null)).getJsonObject("request");
        String id = r.getString("id");
        r = Api.act(SERVICE, id, "acknowledge", r, "\"agreedFollowUpAt\":\"2099-01-10T02:00:00Z\","
                + "\"agreedDeliveryAt\":\"2099-01-09T09:00:00Z\"");
        r = Api.act(ADMIN, id, "assign", r, "\"assignee\":\"" + TECHNICAL + "\"");
        r = Api.act(TECHNICAL, id, "resolve", r, "\"reply\":\"经复核，结果无误。\"");
        r = Api.act(SERVICE, id, "follow-up", r, "\"method\":\"PHONE\",\"outcome\":\"客户已知悉\",\"verdict\":\"SATISFIED\"");
        return close ? Api.act(SERVICE, id, "close", r, "") : r;
    }

    /** The request's invitation once it matches, waiting for the module's round (every ten seconds). */
    private static JsonObject awaitInvitation(String request, Predicate<JsonObject> matching) throws Exception {
        Instant end = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            var found = Api.array(Api.call("GET", "/api/v1/surveys/invitations?request=" + request, ADMIN, null))
                    .getValuesAs(JsonObject.class).stream().filter(matching).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("No matching invitation for request " + request + " within 60 s");
            }
            Thread.sleep(500);
        }
    }

    /** The module's settings: its defaults but for {@code changed}. */
    private static void settings(Map<String, String> changed) throws Exception {
        Map<String, String> values = new HashMap<>(Map.of("trigger", "CLOSE", "delayMinutes", "1440", "sharePercent",
                "100", "expiryDays", "14", "reminderDays", "5", "quietDays", "30", "threshold", "2", "followUpDays",
                "2", "goalPercent", "90", "campaignsPerYear", "1"));
        values.putAll(changed);
        var json = jakarta.json.Json.createObjectBuilder();
        values.forEach(json::add);
        JsonObject module = Api.json(Api.call("GET", "/api/v1/modules/surveys", ADMIN, null));
        HttpResponse<String> response = Api.call("PUT", "/api/v1/modules/surveys/settings", ADMIN, "{\"values\":"
                + json.build() + ",\"version\":" + module.getJsonNumber("version").longValue() + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
