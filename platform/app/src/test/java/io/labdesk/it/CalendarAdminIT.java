package io.labdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.testkit.Api;
import io.labdesk.testkit.Browser;
import io.labdesk.testkit.Keycloak;
import io.labdesk.testkit.LabDeskDeployment;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
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
 * The tenant admin's business calendar: edited through the API and in the browser, checked, recorded, exported
 * and imported as iCalendar, and measuring new deadlines. Works on hengzhun-cal and puts its calendar back.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarAdminIT {

    private static final String ADMIN = "chen.jie";
    private static final String STAFF = "liu.yang";

    private JsonObject original;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LabDeskDeployment.war();
    }

    @BeforeEach
    void readTheCalendar() throws Exception {
        original = definition();
    }

    @AfterEach
    void putTheCalendarBack() throws Exception {
        JsonObject restore = Json.createObjectBuilder(original).add("version", definition().getJsonNumber("version"))
                .build();
        HttpResponse<String> response = Api.call("PUT", "/api/v1/calendar/definition", ADMIN, restore.toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void theIcsExportImportedIntoACalendarWithoutSpecialDaysGivesThemAllBack() throws Exception {
        HttpResponse<String> export = Api.call("GET", "/api/v1/calendar/ics", STAFF, null, "en", null,
                "Accept", "text/calendar");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body()).contains("BEGIN:VCALENDAR", "SUMMARY:国庆节", "CATEGORIES:WORKDAY");

        JsonObject bare = Json.createObjectBuilder(original).add("holidays", Json.createArrayBuilder())
                .add("workdays", Json.createArrayBuilder()).build();
        JsonObject saved = Api.json(Api.call("PUT", "/api/v1/calendar/definition", ADMIN, bare.toString()));
        assertThat(saved.getJsonArray("holidays")).isEmpty();

        HttpResponse<String> imported = Api.call("POST", "/api/v1/calendar/ics?version="
                        + saved.getJsonNumber("version"), ADMIN, export.body(), "en", null,
                "Content-Type", "text/calendar");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(Api.json(imported).getJsonArray("holidays")).isEqualTo(original.getJsonArray("holidays"));
        assertThat(Api.json(imported).getJsonArray("workdays")).isEqualTo(original.getJsonArray("workdays"));

        assertThat(Api.call("POST", "/api/v1/calendar/ics?version=" + Api.json(imported).getJsonNumber("version"),
                ADMIN, "not a calendar", "en", null, "Content-Type", "text/calendar").statusCode()).isEqualTo(400);
    }

    @Test
    void aClosedDayMovesNewDeadlinesAndBadHoursAreRefusedByFieldAndTheChangeIsRecorded() throws Exception {
        String friday = URLEncoder.encode("2026-11-20T16:30+08:00", StandardCharsets.UTF_8);
        assertThat(Api.json(Api.call("GET", "/api/v1/calendar/deadline?start=" + friday + "&businessMinutes=120",
                STAFF, null)).getString("deadline")).isEqualTo("2026-11-23T09:30+08:00");

        JsonObject badHours = Json.createObjectBuilder(original).add("week", Json.createObjectBuilder(
                original.getJsonObject("week")).add("MONDAY", Json.createArrayBuilder().add("17:00-08:00"))).build();
        HttpResponse<String> refused = Api.call("PUT", "/api/v1/calendar/definition", ADMIN, badHours.toString(),
                "zh-CN", null);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Api.json(refused).getJsonObject("fields").getString("week.MONDAY"))
                .startsWith("工作时间请写成时段");
        assertThat(definition()).isEqualTo(original);

        JsonObject closedMonday = Json.createObjectBuilder(original).add("overrides", Json.createObjectBuilder()
                .add("2026-11-23", Json.createArrayBuilder())).build();
        HttpResponse<String> saved = Api.call("PUT", "/api/v1/calendar/definition", ADMIN, closedMonday.toString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(Api.json(Api.call("GET", "/api/v1/calendar/deadline?start=" + friday + "&businessMinutes=120",
                STAFF, null)).getString("deadline")).isEqualTo("2026-11-24T09:30+08:00");

        assertThat(Api.call("PUT", "/api/v1/calendar/definition", ADMIN, closedMonday.toString()).statusCode())
                .isEqualTo(409);
        assertThat(Api.call("PUT", "/api/v1/calendar/definition", STAFF, closedMonday.toString()).statusCode())
                .isEqualTo(403);
        JsonObject change = Api.array(Api.call("GET", "/api/v1/modules/history?area=calendar&limit=1", ADMIN, null))
                .getJsonObject(0);
        assertThat(change.getString("after")).contains("2026-11-23");
        assertThat(change.getString("actor")).isEqualTo(ADMIN);
    }

    @Test
    void theMonthViewShowsHolidaysMakeUpDaysAndANewOverrideAndATemplateStartsAfresh() throws Exception {
        try (Browser browser = new Browser()) {
            browser.driver.get(LabDeskDeployment.baseUrl() + "/admin/calendar");
            browser.signIn(ADMIN, Keycloak.DEMO_PASSWORD);
            showMonth(browser, YearMonth.of(2026, 10));
            browser.awaitAttributeValue(By.id("day-2026-10-01"), "data-kind", "holiday");
            browser.awaitTextContaining(By.id("day-2026-10-01"), "国庆节");
            browser.awaitAttributeValue(By.id("day-2026-10-10"), "data-kind", "workday");
            browser.awaitAttributeValue(By.id("day-2026-10-11"), "data-kind", "off");
            browser.awaitAttributeValue(By.id("day-2026-10-12"), "data-kind", "working");

            browser.setValue("override-date", "2026-10-12");
            browser.click("add-override");
            browser.awaitAttributeValue(By.id("day-2026-10-12"), "data-kind", "override");
            browser.screenshot("calendar-month");
            browser.click("save-calendar");
            browser.awaitText(By.id("calendar-unsaved"), "");

            browser.choose("calendar-template", "中国大陆工作日历（2025–2026）");
            browser.click("use-template");
            browser.awaitAttributeValue(By.id("day-2026-10-12"), "data-kind", "working");
            assertThat(browser.await(By.id("calendar-unsaved")).getText()).isEqualTo("有未保存的修改");
        }
        assertThat(definition().getJsonObject("overrides").containsKey("2026-10-12")).isTrue();
    }

    private static void showMonth(Browser browser, YearMonth month) {
        for (int i = 0; i < 60; i++) {
            YearMonth shown = YearMonth.parse(browser.await(By.id("month-title")).getText());
            if (shown.equals(month)) {
                return;
            }
            String button = shown.isAfter(month) ? "month-previous" : "month-next";
            browser.click(button);
            browser.awaitText(By.id("month-title"), (shown.isAfter(month) ? shown.minusMonths(1)
                    : shown.plusMonths(1)).toString());
        }
    }

    private static JsonObject definition() throws Exception {
        HttpResponse<String> response = Api.call("GET", "/api/v1/calendar/definition", ADMIN, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.json(response);
    }
}
