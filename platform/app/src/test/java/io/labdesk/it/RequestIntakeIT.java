package io.labdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.testkit.Api;
import io.labdesk.testkit.LabDeskDeployment;
import io.labdesk.testkit.TestDatabase;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Year;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Intake over the API: numbering, idempotency, validation that stores nothing, roles, tenant boundaries. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestIntakeIT {

    private static final String PHONE_CALL = """
            {"type":"TECHNICAL_QUESTION","channel":"PHONE","subject":"热重分析曲线解读",
             "description":"报告 ATC-R-2026-0777 的失重台阶如何对应组分？","organisation":"武汉光谷材料公司",
             "contactName":"钱多多","contactPhone":"13912345678"}""";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LabDeskDeployment.war();
    }

    @Test
    void staffRecordAPhoneRequestAndGetItsNumberAndTrackingLinkAtOnce() throws Exception {
        HttpResponse<String> response = post("li.na", "intake-it-1", PHONE_CALL);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonObject body = Api.json(response);
        String year = String.valueOf(Year.now(ZoneId.of("Asia/Shanghai")).getValue());
        assertThat(body.getJsonObject("request").getString("number")).matches("SR-" + year + "-\\d{6}");
        assertThat(body.getJsonObject("request").getString("status")).isEqualTo("RECEIVED");
        assertThat(body.getJsonObject("request").getString("recordedBy")).isEqualTo("li.na");
        assertThat(body.getString("trackingUrl")).matches(".*/track/[A-Za-z0-9_-]{43}");
        assertThat(TestDatabase.value("SELECT count(*)::text FROM tracking_link WHERE subject = 'request:"
                + body.getJsonObject("request").getString("id") + "'")).isEqualTo("1");
    }

    @Test
    void theSameIdempotencyKeyAnswersTheFirstIntakeAndStoresOneRequest() throws Exception {
        HttpResponse<String> first = post("li.na", "intake-it-2", PHONE_CALL);
        HttpResponse<String> again = post("li.na", "intake-it-2", PHONE_CALL);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(Api.json(again).getJsonObject("request").getString("number"))
                .isEqualTo(Api.json(first).getJsonObject("request").getString("number"));
        assertThat(Api.json(again).getString("trackingUrl")).isEqualTo(Api.json(first).getString("trackingUrl"));
        assertThat(TestDatabase.value("SELECT count(*)::text FROM intake_key WHERE idempotency_key = 'intake-it-2'"))
                .isEqualTo("1");
    }

    @Test
    void numbersRunPerInstitutionWithoutGaps() throws Exception {
        String a = Api.json(post("li.na", null, PHONE_CALL)).getJsonObject("request").getString("number");
        String b = Api.json(post("li.na", null, PHONE_CALL)).getJsonObject("request").getString("number");

        int na = Integer.parseInt(a.substring(a.lastIndexOf('-') + 1));
        assertThat(Integer.parseInt(b.substring(b.lastIndexOf('-') + 1))).isEqualTo(na + 1);
        // The calibration company numbers its own requests from its own counter.
        String other = Api.json(post("liu.yang", null, PHONE_CALL)).getJsonObject("request").getString("number");
        assertThat(Integer.parseInt(other.substring(other.lastIndexOf('-') + 1))).isLessThan(na);
    }

    @Test
    void invalidInputIsRefusedFieldByFieldAndStoresNothing() throws Exception {
        String before = TestDatabase.value("SELECT count(*)::text FROM service_request");
        String counter = TestDatabase.value("SELECT coalesce(sum(last_number), 0)::text FROM request_counter");

        HttpResponse<String> response = Api.call("POST", "/api/v1/requests", "li.na",
                "{\"type\":\"NO_SUCH_TYPE\",\"subject\":\"\",\"description\":\"x\",\"contactName\":\"钱\","
                        + "\"contactEmail\":\"not-an-email\"}", "zh-CN", null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Api.json(response).getJsonObject("fields").keySet())
                .contains("type", "channel", "subject", "contactEmail");
        assertThat(Api.json(response).getJsonObject("fields").getString("subject")).contains("必填");
        assertThat(TestDatabase.value("SELECT count(*)::text FROM service_request")).isEqualTo(before);
        assertThat(TestDatabase.value("SELECT coalesce(sum(last_number), 0)::text FROM request_counter")).isEqualTo(counter);
    }

    @Test
    void aTesterCannotRecordRequestsButCanReadThem() throws Exception {
        assertThat(post("wang.fang", null, PHONE_CALL).statusCode()).isEqualTo(403);
        assertThat(Api.call("GET", "/api/v1/requests", "wang.fang", null).statusCode()).isEqualTo(200);
    }

    @Test
    void listsMaskCustomersPersonalDataAndAnotherInstitutionsRequestIsNotFound() throws Exception {
        JsonObject listed = Api.array(Api.call("GET", "/api/v1/requests", "zhang.wei", null))
                .getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("subject").startsWith("扫描电镜")).findFirst()
                .orElseThrow();
        assertThat(listed.getString("contactPhone")).isEqualTo("138****0001");
        assertThat(listed.getString("contactName")).isEqualTo("黄**");

        String idOfB = TestDatabase.value("SELECT id::text FROM service_request WHERE subject LIKE '电子天平%'");
        assertThat(Api.call("GET", "/api/v1/requests/" + idOfB, "zhang.wei", null).statusCode()).isEqualTo(404);
        assertThat(Api.call("GET", "/api/v1/requests/" + idOfB, "chen.jie", null).statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> post(String user, String key, String body) throws Exception {
        return key == null ? Api.call("POST", "/api/v1/requests", user, body)
                : Api.call("POST", "/api/v1/requests", user, body, "en", null, "Idempotency-Key", key);
    }
}
