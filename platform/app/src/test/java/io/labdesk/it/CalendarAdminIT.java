package io.labdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.testkit.Api;
import io.labdesk.testkit.Browser;
import io.labdesk.testkit.Keycloak;
import io.labdesk.testkit.LabDeskDeployment;
import io.labdesk.testkit.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The tenant admin's business calendar: edited through the API and in the browser, checked, recorded, exported
 * and imported as iCalendar, and measuring new deadlines; warned of a year without holidays; taking a year the
 * operator adds to the shipped calendar it follows. Works on hengzhun-cal and puts its calendar back.
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
        HttpResponse<String> follows = Api.call("PUT", "/api/v1/calendar/coverage", ADMIN,
                "{\"follows\":\"cn-mainland\"}");
        assertThat(follows.statusCode()).as(follows.body()).isEqualTo(200);
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
        String template = Api.array(Api.call("GET", "/api/v1/calendar/templates", ADMIN, null))
                .getValuesAs(JsonObject.class).stream().filter(t -> t.getString("id").equals("cn-mainland"))
                .findFirst().orElseThrow().getString("name");
        try (Browser browser = new Browser()) {
            browser.driver.get(LabDeskDeployment.baseUrl() + "/admin/calendar");
            browser.signIn(ADMIN, Keycloak.DEMO_PASSWORD);
            viewport(browser, 1440, 900);
            showMonth(browser, YearMonth.of(2026, 10));
            browser.awaitAttributeValue(By.id("day-2026-10-01"), "data-kind", "holiday");
            browser.awaitTextContaining(By.id("day-2026-10-01"), "国庆节");
            browser.awaitAttributeValue(By.id("day-2026-10-10"), "data-kind", "workday");
            browser.awaitTextContaining(By.id("day-2026-10-10"), "调休上班");
            browser.awaitAttributeValue(By.id("day-2026-10-11"), "data-kind", "off");
            browser.awaitAttributeValue(By.id("day-2026-10-12"), "data-kind", "working");

            browser.click("tab-overrides");
            browser.setValue("override-date", "2026-10-12");
            browser.click("add-override");
            browser.awaitAttributeValue(By.id("day-2026-10-12"), "data-kind", "override");
            browser.awaitTextContaining(By.id("day-2026-10-12"), "特殊时段");
            browser.screenshot("calendar-month");
            browser.click("save-calendar");
            browser.awaitTextContaining(By.tagName("vaadin-notification-card"), "已保存");
            browser.awaitText(By.id("calendar-unsaved"), "");

            browser.click("tab-general");
            browser.choose("calendar-template", template);
            browser.click("use-template");
            browser.awaitAttributeValue(By.id("day-2026-10-12"), "data-kind", "working");
            assertThat(browser.await(By.id("calendar-unsaved")).getText()).isEqualTo("有未保存的修改");
        }
        assertThat(definition().getJsonObject("overrides").containsKey("2026-10-12")).isTrue();
    }

    /**
     * The operator corrects a year the institution took (2033, a test year of this run, not an official notice):
     * the shipped days that changed are replaced, the institution's own holiday and date override of that year
     * stay, and its admin sees the change in the settings history. The year lives in the database, not a file.
     */
    @Test
    void aCorrectionOfATakenYearReachesAFollowingInstitutionWhichKeepsItsOwnDays() throws Exception {
        assertThat(putYear(2033, "2033-01-30", "2033-02-05", "2033-01-29").statusCode()).isEqualTo(200);
        assertThat(TestDatabase.value("SELECT days FROM shipped_calendar_year WHERE calendar_id = 'cn-mainland'"
                + " AND year = 2033")).contains("2033-01-30");
        JsonObject taken = definition();
        JsonObject own = Json.createObjectBuilder(taken)
                .add("holidays", Json.createArrayBuilder(taken.getJsonArray("holidays")).add(Json.createObjectBuilder()
                        .add("from", "2033-03-01").add("to", "2033-03-01").add("name", "所庆")))
                .add("overrides", Json.createObjectBuilder(taken.getJsonObject("overrides"))
                        .add("2033-02-07", Json.createArrayBuilder())).build();
        HttpResponse<String> saved = Api.call("PUT", "/api/v1/calendar/definition", ADMIN, own.toString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

        HttpResponse<String> corrected = putYear(2033, "2033-01-31", "2033-02-06", "2033-02-12");
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        assertThat(Api.json(corrected).getInt("institutions")).isGreaterThanOrEqualTo(1);

        JsonObject after = definition();
        assertThat(after.getJsonArray("holidays").getValuesAs(JsonObject.class)).extracting(h -> h.getString("from"))
                .contains("2033-01-31", "2033-03-01").doesNotContain("2033-01-30");
        assertThat(after.getJsonArray("workdays").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .contains("2033-02-12").doesNotContain("2033-01-29");
        assertThat(after.getJsonObject("overrides").containsKey("2033-02-07")).isTrue();
        JsonObject change = Api.array(Api.call("GET", "/api/v1/modules/history?area=calendar&limit=1", ADMIN, null))
                .getJsonObject(0);
        assertThat(change.getString("actor")).isEqualTo("operator");
        assertThat(change.getString("before")).contains("2033-01-30");
        assertThat(change.getString("after")).contains("2033-01-31", "2033-03-01", "2033-02-07");
        // A second read, as another server would make it: the shipped calendar has the corrected year.
        assertThat(Api.json(Api.call("GET", "/api/v1/calendar/templates/cn-mainland", STAFF, null))
                .getJsonArray("holidays").getValuesAs(JsonObject.class)).extracting(h -> h.getString("from"))
                .contains("2033-01-31").doesNotContain("2033-01-30");
    }

    /** An institution that stops following the shipped calendar no longer takes its years, until it follows again. */
    @Test
    void anInstitutionStopsFollowingTheShippedCalendarAndStartsAgainBothRecorded() throws Exception {
        try (Browser browser = new Browser()) {
            browser.driver.get(LabDeskDeployment.baseUrl() + "/admin/calendar");
            browser.signIn(ADMIN, Keycloak.DEMO_PASSWORD);
            browser.awaitTextContaining(By.id("calendar-follows"), "自动加入");
            browser.click("calendar-unfollow");
            browser.awaitTextContaining(By.tagName("vaadin-notification-card"), "停止跟随");
            browser.awaitTextContaining(By.id("calendar-follows"), "未跟随");
        }
        assertThat(Api.json(Api.call("GET", "/api/v1/calendar/coverage", STAFF, null)).isNull("follows")).isTrue();
        JsonObject stopped = Api.array(Api.call("GET", "/api/v1/modules/history?area=calendar.follows&limit=1",
                ADMIN, null)).getJsonObject(0);
        assertThat(stopped.getString("before")).isEqualTo("cn-mainland");
        assertThat(stopped.getString("actor")).isEqualTo(ADMIN);

        assertThat(putYear(2034, "2034-02-18", "2034-02-24", "2034-02-26").statusCode()).isEqualTo(200);
        assertThat(definition().getJsonArray("holidays").toString()).doesNotContain("2034-02-18");

        HttpResponse<String> again = Api.call("PUT", "/api/v1/calendar/coverage", ADMIN,
                "{\"follows\":\"cn-mainland\"}");
        assertThat(Api.json(again).getString("follows")).isEqualTo("cn-mainland");
        assertThat(definition().getJsonArray("holidays").toString()).contains("2034-02-18");
        JsonObject started = Api.array(Api.call("GET", "/api/v1/modules/history?area=calendar.follows&limit=1",
                ADMIN, null)).getJsonObject(0);
        assertThat(started.getString("after")).isEqualTo("cn-mainland");
    }

    @Test
    void aYearWithoutHolidaysIsWarnedOnTheHomeAndCalendarPagesWithWhatToDoAndToTheOperatorAndTheZoneIsChosen() throws Exception {
        int thisYear = withoutThisYearsHolidays();

        JsonObject coverage = Api.json(Api.call("GET", "/api/v1/calendar/coverage", STAFF, null));
        assertThat(coverage.getJsonArray("missingYears").getValuesAs(JsonNumber.class))
                .extracting(JsonNumber::intValue).contains(thisYear);
        assertThat(coverage.getString("follows")).isEqualTo("cn-mainland");
        assertThat(Api.array(Api.call("GET", "/api/v1/platform/calendars/shortfalls", "operator", null))
                .getValuesAs(JsonObject.class)).anySatisfy(s -> {
                    assertThat(s.getString("slug")).isEqualTo("hengzhun-cal");
                    assertThat(s.getJsonArray("years").getValuesAs(JsonNumber.class))
                            .extracting(JsonNumber::intValue).contains(thisYear);
                });

        try (Browser browser = new Browser()) {
            browser.driver.get(LabDeskDeployment.baseUrl() + "/");
            browser.signIn(ADMIN, Keycloak.DEMO_PASSWORD);
            viewport(browser, 1440, 900);
            browser.awaitTextContaining(By.id("calendar-shortfall"), "缺少");
            browser.awaitTextContaining(By.id("calendar-shortfall"), String.valueOf(thisYear));
            browser.click("calendar-shortfall-link");
            browser.awaitTextContaining(By.id("calendar-shortfall-todo"), "导入 iCalendar");
            browser.awaitTextContaining(By.id("calendar-shortfall-todo"), "中国大陆工作日历");
            browser.awaitTextContaining(By.id("calendar-follows"), "自动加入");
            // Warning and all: the whole month (its last row included) is in sight at 1440×900 without scrolling.
            String lastDay = YearMonth.now().atEndOfMonth().toString();
            browser.present(By.id("day-" + lastDay));
            assertThat(((Number) ((JavascriptExecutor) browser.driver).executeScript(
                    // Scrolled back to the top first (reading the texts above scrolled them into view).
                    "const day = document.getElementById('day-' + arguments[0]);"
                            + "for (let n = day; n; n = n.assignedSlot || n.parentElement || n.getRootNode().host) {"
                            + "  n.scrollTop = 0; }"
                            + "window.scrollTo(0, 0);"
                            + "return window.innerHeight - day.getBoundingClientRect().bottom;", lastDay))
                    .doubleValue())
                    .as("space below the month's last day in the window").isGreaterThanOrEqualTo(0);
            browser.screenshot("calendar-warning");

            // The time zone is chosen from the list, the current one chosen already.
            assertThat(browser.await(By.cssSelector("#calendar-time-zone input")).getDomProperty("value"))
                    .isEqualTo("Asia/Shanghai");
            browser.type("calendar-time-zone", "Urumqi");
            browser.pick("calendar-time-zone", "Asia/Urumqi");
            new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> "Asia/Urumqi".equals(
                    d.findElement(By.cssSelector("#calendar-time-zone input")).getDomProperty("value")));
            browser.click("save-calendar");
            browser.awaitTextContaining(By.tagName("vaadin-notification-card"), "已保存");
            assertThat(definition().getString("timeZone")).isEqualTo("Asia/Urumqi");
        }
    }

    /**
     * The operator adds a year to the shipped calendar (of the run's copy of the tenants folder: 2031 is a test
     * year, not an official notice); hengzhun-cal follows it and takes it, keeping its own date override.
     */
    @Test
    void aYearTheOperatorAddsToTheShippedCalendarReachesAFollowingInstitutionWhichKeepsItsOverride() throws Exception {
        JsonObject withOverride = Json.createObjectBuilder(original).add("overrides", Json.createObjectBuilder(
                original.getJsonObject("overrides")).add("2031-03-03", Json.createArrayBuilder())).build();
        HttpResponse<String> saved = Api.call("PUT", "/api/v1/calendar/definition", ADMIN, withOverride.toString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

        String year = Json.createObjectBuilder().add("holidays", Json.createArrayBuilder().add(
                Json.createObjectBuilder().add("from", "2031-01-22").add("to", "2031-01-28").add("name", "春节")))
                .add("workdays", Json.createArrayBuilder().add("2031-01-19")).build().toString();
        assertThat(Api.call("PUT", "/api/v1/platform/calendars/cn-mainland/years/2031", ADMIN, year).statusCode())
                .isEqualTo(403);
        String wrongYear = year.replace("2031-01-19", "2030-12-29");
        HttpResponse<String> refused = Api.call("PUT", "/api/v1/platform/calendars/cn-mainland/years/2031",
                "operator", wrongYear, "en", null);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Api.json(refused).getJsonObject("fields").getString("workdays"))
                .isEqualTo("Make-up working days must be dates of this year");
        assertThat(definition().getJsonArray("workdays").toString()).doesNotContain("2030-12-29");

        HttpResponse<String> added = Api.call("PUT", "/api/v1/platform/calendars/cn-mainland/years/2031",
                "operator", year);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        assertThat(Api.json(added).getInt("institutions")).isGreaterThanOrEqualTo(2);

        assertThat(Api.array(Api.call("GET", "/api/v1/calendar/templates", STAFF, null, "en", null))
                .getJsonObject(0).getString("nameEn")).startsWith("Mainland China working calendar (2025–")
                .contains("2031").doesNotContain("2025–2026)");

        JsonObject taken = definition();
        assertThat(taken.getJsonArray("holidays").getValuesAs(JsonObject.class))
                .anySatisfy(h -> assertThat(h.getString("from")).isEqualTo("2031-01-22"));
        assertThat(taken.getJsonArray("workdays").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .contains("2031-01-19");
        assertThat(taken.getJsonObject("overrides").containsKey("2031-03-03")).isTrue();
        String tuesday = URLEncoder.encode("2031-01-21T16:30+08:00", StandardCharsets.UTF_8);
        assertThat(Api.json(Api.call("GET", "/api/v1/calendar/deadline?start=" + tuesday + "&businessMinutes=120",
                STAFF, null)).getString("deadline")).isEqualTo("2031-01-29T09:30+08:00");

        JsonObject change = Api.array(Api.call("GET", "/api/v1/modules/history?area=calendar&limit=1", ADMIN, null))
                .getJsonObject(0);
        assertThat(change.getString("actor")).isEqualTo("operator");
        assertThat(change.getString("after")).contains("2031-01-22", "2031-03-03");
        assertThat(change.getString("before")).doesNotContain("2031-01-22");
    }

    @Test
    void theOperatorSeesWhoLacksAYearAndAddsOneInTheBrowserWhichReachesTheInstitution() throws Exception {
        withoutThisYearsHolidays();
        try (Browser browser = new Browser()) {
            browser.driver.get(LabDeskDeployment.baseUrl() + "/platform/tenants");
            browser.signIn("operator", Keycloak.DEMO_PASSWORD);
            // The operator belongs to no institution: the page speaks the browser's English.
            browser.awaitTextContaining(By.id("calendar-shortfalls"), "Hengzhun Metrology and Calibration");
            browser.setValue("shipped-year", "2032");
            browser.setValue("shipped-holidays", "2032-02-10 春节");
            browser.click("shipped-save");
            browser.awaitAttribute(By.id("shipped-holidays"), "invalid");
            browser.setValue("shipped-holidays", "2032-02-10 2032-02-16 春节");
            browser.setValue("shipped-workdays", "2032-02-07");
            browser.click("shipped-save");
            browser.awaitTextContaining(By.id("shipped-years"), "2032");
            browser.screenshot("calendar-shipped-year");
        }
        JsonObject taken = definition();
        assertThat(taken.getJsonArray("holidays").getValuesAs(JsonObject.class))
                .anySatisfy(h -> assertThat(h.getString("from")).isEqualTo("2032-02-10"));
        assertThat(taken.getJsonArray("workdays").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .contains("2032-02-07");
    }

    /** Saves hengzhun-cal's calendar without this year's holidays and make-up working days; answers the year. */
    private int withoutThisYearsHolidays() throws Exception {
        int thisYear = LocalDate.now(ZoneId.of(original.getString("timeZone"))).getYear();
        JsonArrayBuilder otherHolidays = Json.createArrayBuilder();
        original.getJsonArray("holidays").getValuesAs(JsonObject.class).stream()
                .filter(h -> !h.getString("from").startsWith(thisYear + "-")).forEach(otherHolidays::add);
        JsonArrayBuilder otherWorkdays = Json.createArrayBuilder();
        original.getJsonArray("workdays").getValuesAs(JsonString.class).stream()
                .filter(d -> !d.getString().startsWith(thisYear + "-")).forEach(otherWorkdays::add);
        JsonObject withoutThisYear = Json.createObjectBuilder(original).add("holidays", otherHolidays)
                .add("workdays", otherWorkdays).build();
        HttpResponse<String> saved = Api.call("PUT", "/api/v1/calendar/definition", ADMIN,
                withoutThisYear.toString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        return thisYear;
    }

    /** The operator puts a year of one holiday and one make-up working day into cn-mainland. */
    private static HttpResponse<String> putYear(int year, String from, String to, String workday) throws Exception {
        String days = Json.createObjectBuilder().add("holidays", Json.createArrayBuilder().add(
                Json.createObjectBuilder().add("from", from).add("to", to).add("name", "春节")))
                .add("workdays", Json.createArrayBuilder().add(workday)).build().toString();
        return Api.call("PUT", "/api/v1/platform/calendars/cn-mainland/years/" + year, "operator", days);
    }

    /** Sizes the window so that the page itself (not the window's frame) is {@code width}×{@code height}. */
    private static void viewport(Browser browser, int width, int height) {
        browser.driver.manage().window().setSize(new Dimension(width, height));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        long innerWidth = ((Number) js.executeScript("return window.innerWidth")).longValue();
        long innerHeight = ((Number) js.executeScript("return window.innerHeight")).longValue();
        browser.driver.manage().window().setSize(new Dimension((int) (2L * width - innerWidth),
                (int) (2L * height - innerHeight)));
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> ((Number) ((JavascriptExecutor) d)
                .executeScript("return window.innerHeight")).longValue() >= height - 2);
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
