package io.labdesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.labdesk.testkit.Api;
import io.labdesk.testkit.Browser;
import io.labdesk.testkit.Keycloak;
import io.labdesk.testkit.LabDeskDeployment;
import io.labdesk.testkit.TestDatabase;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Service KPIs on constructed data with known answers: ten requests of 衡准 in March 2025 (no other test touches that
 * month), nine answered in time and one late, eight delivered in time and two late.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KpiApiIT {

    private static final String MARCH = "from=2025-03-01&to=2025-04-01";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LabDeskDeployment.war();
    }

    @BeforeAll
    static void tenRequestsInMarch2025() throws Exception {
        // Request n: received 2025-03-(3+n) 09:00 Shanghai, first response after n hours (the tenth after 30, late
        // against 24), delivered after 2 days (the ninth and tenth after 11, late against 10), resolved after n hours.
        TestDatabase.execute("""
                INSERT INTO service_request (id, tenant_id, number, type_code, priority, emergency, channel, status,
                  subject, description, contact_name, received_at, recorded_by, version, resolved_at)
                SELECT gen_random_uuid(), t.id, 'SR-2025-9' || lpad(n::text, 5, '0'),
                  CASE WHEN n <= 7 THEN 'REPAIR' ELSE 'CONSULTATION' END, 'NORMAL', false,
                  CASE WHEN n <= 6 THEN 'PHONE' ELSE 'EMAIL' END, CASE WHEN n <= 8 THEN 'CLOSED' ELSE 'RESOLVED' END,
                  'KPI sample ' || n, 'constructed', '样本', timestamptz '2025-03-03 09:00+08' + n * interval '1 day',
                  'test', 0, timestamptz '2025-03-03 09:00+08' + n * interval '1 day' + n * interval '1 hour'
                FROM tenant t, generate_series(1, 10) n WHERE t.slug = 'hengzhun-cal'""");
        TestDatabase.execute("""
                INSERT INTO request_sla (id, tenant_id, request_id, kind, target_minutes, business, started_at, due_at,
                  warn_at, met_at)
                SELECT gen_random_uuid(), r.tenant_id, r.id, 'FIRST_RESPONSE', 1440, false, r.received_at,
                  r.received_at + interval '24 hours', r.received_at + interval '19 hours',
                  r.received_at + CASE WHEN r.n = 10 THEN 30 ELSE r.n END * interval '1 hour'
                FROM (SELECT s.*, substring(s.number from 10)::int AS n FROM service_request s
                      WHERE s.number LIKE 'SR-2025-9%') r""");
        TestDatabase.execute("""
                INSERT INTO request_sla (id, tenant_id, request_id, kind, target_minutes, business, started_at, due_at,
                  warn_at, met_at)
                SELECT gen_random_uuid(), r.tenant_id, r.id, 'DELIVERY', 14400, false, r.received_at,
                  r.received_at + interval '10 days', r.received_at + interval '8 days',
                  r.received_at + CASE WHEN r.n >= 9 THEN 11 ELSE 2 END * interval '1 day'
                FROM (SELECT s.*, substring(s.number from 10)::int AS n FROM service_request s
                      WHERE s.number LIKE 'SR-2025-9%') r""");
        // The requests' reporting copy of their targets, as LabDesk keeps it.
        TestDatabase.execute("""
                UPDATE service_request r SET response_due_at = fr.due_at, response_met_at = fr.met_at,
                  delivery_due_at = d.due_at, delivery_met_at = d.met_at
                FROM request_sla fr, request_sla d
                WHERE fr.request_id = r.id AND fr.kind = 'FIRST_RESPONSE' AND d.request_id = r.id
                  AND d.kind = 'DELIVERY' AND r.number LIKE 'SR-2025-9%'""");
    }

    @Test
    void ratesCountsAndTimesMatchTheConstructedRequests() throws Exception {
        JsonObject k = Api.json(Api.call("GET", "/api/v1/kpis/requests?" + MARCH, "chen.jie", null));
        assertThat(k.getInt("received")).isEqualTo(10);
        JsonObject response = k.getJsonObject("response");
        assertThat(response.getInt("onTime")).isEqualTo(9);
        assertThat(response.getInt("decided")).isEqualTo(10);
        assertThat(response.getJsonNumber("percent").doubleValue()).isEqualTo(90.0);
        assertThat(response.getBoolean("meetsGoal")).isFalse(); // goal 95 %
        assertThat(k.getJsonObject("delivery").getJsonNumber("percent").doubleValue()).isEqualTo(80.0);
        // First response after 1..9 and 30 hours; resolution after 1..10 hours.
        assertThat(k.getJsonNumber("medianResponseHours").doubleValue()).isCloseTo(5.5, within(1e-9));
        assertThat(k.getJsonNumber("p90ResponseHours").doubleValue()).isCloseTo(11.1, within(1e-9));
        assertThat(k.getJsonNumber("medianResolutionHours").doubleValue()).isCloseTo(5.5, within(1e-9));
        assertThat(k.getJsonNumber("p90ResolutionHours").doubleValue()).isCloseTo(9.1, within(1e-9));
        assertThat(k.getJsonObject("byType").getInt("REPAIR")).isEqualTo(7);
        assertThat(k.getJsonObject("byChannel").getInt("EMAIL")).isEqualTo(4);
        assertThat(k.getJsonObject("byStatus").getInt("RESOLVED")).isEqualTo(2);
        var weeks = k.getJsonArray("weeks").getValuesAs(JsonObject.class);
        assertThat(weeks).extracting(w -> w.getString("start") + "=" + w.getInt("received"))
                .containsExactly("2025-03-03=6", "2025-03-10=4");
        assertThat(weeks.get(1).getJsonObject("response").getInt("onTime")).isEqualTo(3);
    }

    @Test
    void aRequestTakenThroughIntakeAndTheWorkflowIsCountedFromWhatLabDeskWroteItself() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        String period = "from=" + today + "&to=" + today.plusDays(1);
        JsonObject before = Api.json(Api.call("GET", "/api/v1/kpis/requests?" + period, "chen.jie", null));

        JsonObject request = Api.json(Api.call("POST", "/api/v1/requests", "liu.yang", """
                {"type":"REPAIR","channel":"PHONE","subject":"KPI 经由受理与流程","description":"天平示值漂移。",
                 "contactName":"郑涛","contactPhone":"13800138077"}""")).getJsonObject("request");
        JsonObject r = Api.act("liu.yang", request.getString("id"), "acknowledge", request,
                "\"agreedFollowUpAt\":\"2099-01-10T02:00:00Z\",\"agreedDeliveryAt\":\"2099-01-09T09:00:00Z\"");
        r = Api.act("chen.jie", request.getString("id"), "assign", r, "\"assignee\":\"liu.yang\"");
        Api.act("liu.yang", request.getString("id"), "resolve", r, "\"reply\":\"已调整。\"");

        JsonObject after = Api.json(Api.call("GET", "/api/v1/kpis/requests?" + period, "chen.jie", null));
        assertThat(after.getInt("received")).isEqualTo(before.getInt("received") + 1);
        assertThat(after.getJsonObject("response").getInt("decided"))
                .as("its first response, met at once, counts").isEqualTo(before.getJsonObject("response")
                        .getInt("decided") + 1);
        assertThat(after.getJsonObject("response").getInt("onTime"))
                .isEqualTo(before.getJsonObject("response").getInt("onTime") + 1);
        assertThat(after.getJsonObject("delivery").getInt("onTime"))
                .as("resolved today, long before its delivery target").isEqualTo(before.getJsonObject("delivery")
                        .getInt("onTime") + 1);
        assertThat(Api.array(Api.call("GET", "/api/v1/kpis/requests/behind?" + period + "&facet=TYPE&value=REPAIR",
                "chen.jie", null)).getValuesAs(JsonObject.class)).extracting(x -> x.getString("number"))
                .contains(request.getString("number"));
    }

    @Test
    void everyNumberListsTheRequestsBehindIt() throws Exception {
        var late = Api.array(Api.call("GET", "/api/v1/kpis/requests/behind?" + MARCH + "&facet=RESPONSE_LATE",
                "chen.jie", null)).getValuesAs(JsonObject.class);
        assertThat(late).extracting(r -> r.getString("number")).containsExactly("SR-2025-900010");
        assertThat(Api.array(Api.call("GET", "/api/v1/kpis/requests/behind?" + MARCH + "&facet=DELIVERY_LATE",
                "chen.jie", null))).hasSize(2);
        assertThat(Api.array(Api.call("GET", "/api/v1/kpis/requests/behind?" + MARCH + "&facet=TYPE&value=REPAIR",
                "chen.jie", null))).hasSize(7);
        assertThat(Api.array(Api.call("GET", "/api/v1/kpis/requests/behind?" + MARCH + "&facet=WEEK&value=2025-03-10",
                "chen.jie", null))).hasSize(4);
        // The other institution sees none of them.
        assertThat(Api.json(Api.call("GET", "/api/v1/kpis/requests?" + MARCH, "zhang.wei", null)).getInt("received"))
                .isZero();
    }

    @Test
    void theDashboardShowsTheNumbersAgainstTheGoalsAndListsTheRequestsBehindThem() throws Exception {
        try (Browser browser = new Browser()) {
            String march = LabDeskDeployment.baseUrl() + "/dashboard?from=2025-03-01&to=2025-03-31";
            browser.driver.get(march);
            browser.signIn("chen.jie", Keycloak.DEMO_PASSWORD);
            browser.await(By.id("kpi-received"));
            // WildFly's OIDC client returns to the path without its query after the login: open the period again.
            browser.driver.get(march);
            browser.awaitText(By.id("kpi-received"), "10");
            assertThat(browser.driver.findElement(By.id("kpi-response")).getText()).isEqualTo("90.0 %");
            assertThat(browser.driver.findElement(By.id("kpi-delivery")).getText()).isEqualTo("80.0 %");
            // Both charts are drawn by ECharts from the webjar.
            new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d ->
                    "true".equals(d.findElement(By.id("chart-trend")).getAttribute("data-drawn"))
                            && "true".equals(d.findElement(By.id("chart-type")).getAttribute("data-drawn")));
            browser.screenshot("dashboard");

            // A number lists the requests behind it ...
            browser.driver.findElement(By.id("kpi-response")).click();
            browser.awaitText(By.id("drill-title"), "响应及时率：共 1 件");
            assertThat(browser.driver.findElement(By.id("drill-grid")).getText()).contains("SR-2025-900010");
            // ... and so does a bar (the click the chart sends to the server).
            ((JavascriptExecutor) browser.driver).executeScript(
                    "document.getElementById('chart-type').$server.clicked('', '仪器维修')");
            browser.awaitText(By.id("drill-title"), "仪器维修：共 7 件");
            assertThat(browser.await(By.id("export-xlsx")).getAttribute("href")).isNotBlank();
            browser.screenshot("dashboard-drill-down");
        }
    }

    @Test
    void aPeriodThatIsNoneIsRefusedInTheCallersLanguage() throws Exception {
        HttpResponse<String> refused = Api.call("GET", "/api/v1/kpis/requests?from=2025-04-01&to=2025-03-01",
                "chen.jie", null, "zh-CN", null);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Api.json(refused).getJsonObject("fields").getString("to")).contains("结束晚于开始");
    }
}
