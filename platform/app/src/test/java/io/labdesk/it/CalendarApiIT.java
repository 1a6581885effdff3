package io.labdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.testkit.Api;
import io.labdesk.testkit.LabDeskDeployment;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Deadlines and business time on an institution's own calendar, over the API, as the SLA preview will ask. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LabDeskDeployment.war();
    }

    @Test
    void twentyFourWorkingHoursFromFridayAfternoonOnTheChinaCalendar() throws Exception {
        HttpResponse<String> response = Api.call("GET", "/api/v1/calendar/deadline?start="
                + encode("2026-03-06T16:30:00+08:00") + "&businessMinutes=1440", "li.na", null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Api.json(response).getString("deadline")).isEqualTo("2026-03-12T09:00+08:00");
    }

    @Test
    void businessTimeAcrossNewYearSkipsTheHolidaysAndCountsTheSundayWorkday() throws Exception {
        HttpResponse<String> response = Api.call("GET", "/api/v1/calendar/span?from="
                + encode("2025-12-31T17:00:00+08:00") + "&to=" + encode("2026-01-04T10:00:00+08:00"), "chen.jie", null);

        assertThat(Api.json(response).getJsonNumber("businessMinutes").longValue()).isEqualTo(120);
    }

    @Test
    void theCalendarListsMakeUpWorkdays() throws Exception {
        JsonObject calendar = Api.json(Api.call("GET", "/api/v1/calendar", "wang.fang", null));

        assertThat(calendar.getString("timeZone")).isEqualTo("Asia/Shanghai");
        assertThat(calendar.getJsonArray("specialDays").getValuesAs(JsonObject.class))
                .anySatisfy(d -> {
                    assertThat(d.getString("date")).isEqualTo("2026-02-14");
                    assertThat(d.getString("kind")).isEqualTo("MAKE_UP_WORKDAY");
                });
    }

    /** The shipped calendar's name shows the years it has, read from its days, not a range written into a file. */
    @Test
    void theShippedCalendarIsNamedWithTheYearsItsDataCovers() throws Exception {
        JsonObject shipped = Api.array(Api.call("GET", "/api/v1/calendar/templates", "wang.fang", null))
                .getValuesAs(JsonObject.class).stream().filter(t -> t.getString("id").equals("cn-mainland"))
                .findFirst().orElseThrow();

        String lastYear = Api.json(Api.call("GET", "/api/v1/calendar/templates/cn-mainland", "wang.fang", null))
                .getJsonArray("holidays").getValuesAs(JsonObject.class).stream()
                .map(h -> h.getString("from").substring(0, 4)).max(String::compareTo).orElseThrow();
        assertThat(shipped.getString("name")).matches("中国大陆工作日历（2025–\\d{4}(、\\d{4}(–\\d{4})?)*）")
                .endsWith(lastYear + "）");
        assertThat(shipped.getString("nameEn")).startsWith("Mainland China working calendar (2025–")
                .endsWith(lastYear + ")");
    }

    @Test
    void badInputIsExplainedInTheCallersLanguage() throws Exception {
        HttpResponse<String> response = Api.call("GET", "/api/v1/calendar/deadline?start=friday&businessMinutes=-5",
                "li.na", null, "zh-CN", null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Api.json(response).getJsonObject("fields").getString("start")).contains("时区偏移");
    }

    @Test
    void theOpenApiDescriptionDocumentsTheCalendarEndpoints() throws Exception {
        HttpResponse<String> response = Api.call("GET", "/api/v1/openapi.yaml", "li.na", null, "en", null,
                "Accept", "application/yaml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("openapi: 3.1.0", "/calendar/deadline", "/calendar/span", "/members/{id}/roles");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
