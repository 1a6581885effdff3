package io.labdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.launcher.EmbeddedDatabase;
import io.labdesk.testkit.Api;
import io.labdesk.testkit.Keycloak;
import io.labdesk.testkit.LabDeskDeployment;
import io.labdesk.testkit.TestDatabase;
import io.labdesk.testkit.TestEnvironment;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A request's way from receipt to archive over the API, with guards, versions and its hash-chained timeline. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestWorkflowIT {

    private static final String REQUEST = """
            {"type":"DISPUTE","channel":"EMAIL","subject":"对报告中重金属含量结果有异议",
             "description":"报告 ATC-R-2026-0901 铅含量高于我方自检结果，请复核。","organisation":"汉江水务集团",
             "contactName":"郑涛","contactEmail":"zheng.tao@hjwater.example.cn"}""";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LabDeskDeployment.war();
    }

    @Test
    void fromReceiptToArchiveEveryStepOnTheTimeline() throws Exception {
        JsonObject request = Api.json(Api.call("POST", "/api/v1/requests", "li.na", REQUEST))
                .getJsonObject("request");
        String id = request.getString("id");

        JsonObject r = Api.act("li.na", id, "acknowledge", request, "\"agreedFollowUpAt\":\"2099-01-10T02:00:00Z\","
                + "\"agreedDeliveryAt\":\"2099-01-09T09:00:00Z\"");
        assertThat(r.getString("status")).isEqualTo("ACKNOWLEDGED");
        assertThat(r.getString("agreedDeliveryAt")).isEqualTo("2099-01-09T09:00:00Z");
        r = Api.act("zhang.wei", id, "assign", r, "\"assignee\":\"wang.fang\"");
        assertThat(r.getString("assignee")).isEqualTo("wang.fang");
        r = Api.act("wang.fang", id, "wait-for-customer", r, "\"note\":\"请客户提供自检方法\"");
        r = Api.act("wang.fang", id, "resume", r, "");
        r = Api.act("wang.fang", id, "resolve", r, "\"reply\":\"经复测，结果在测量不确定度范围内一致，附复测记录。\"");
        assertThat(r.getString("status")).isEqualTo("RESOLVED");
        r = Api.act("li.na", id, "follow-up", r, "\"method\":\"PHONE\",\"outcome\":\"客户认可复测结论\",\"verdict\":\"SATISFIED\"");
        r = Api.act("li.na", id, "close", r, "");
        assertThat(r.getString("status")).isEqualTo("CLOSED");

        var timeline = Api.array(Api.call("GET", "/api/v1/requests/" + id + "/timeline", "zhang.wei", null))
                .getValuesAs(JsonObject.class);
        assertThat(timeline).extracting(e -> e.getString("kind")).containsExactly("RECEIVED", "ACKNOWLEDGE", "ASSIGN",
                "WAIT_FOR_CUSTOMER", "RESUME", "RESOLVE", "FOLLOW_UP", "CLOSE");
        assertThat(timeline.get(2).getString("actor")).isEqualTo("zhang.wei");
        assertThat(timeline.get(2).getString("detail")).contains("\"after\":\"wang.fang\"");
        assertThat(Api.json(Api.call("GET", "/api/v1/requests/" + id + "/timeline/verify", "zhang.wei", null))
                .getBoolean("intact")).isTrue();

        // Hibernate Envers kept each state of the request, with who made it.
        var history = Api.array(Api.call("GET", "/api/v1/requests/" + id + "/history", "zhang.wei", null))
                .getValuesAs(JsonObject.class);
        assertThat(history).extracting(h -> h.getString("change") + " " + h.getString("status") + " " + h.getString("actor"))
                .containsExactly("ADD RECEIVED li.na", "MOD ACKNOWLEDGED li.na", "MOD IN_PROGRESS zhang.wei",
                        "MOD WAITING_FOR_CUSTOMER wang.fang", "MOD IN_PROGRESS wang.fang", "MOD RESOLVED wang.fang",
                        "MOD FOLLOWED_UP li.na", "MOD CLOSED li.na");
        assertThat(history.get(2).getString("assignee")).isEqualTo("wang.fang");
        assertThat(history.get(1).isNull("assignee")).isTrue();
    }

    @Test
    void theArchiveIsOnePdfWithTheWholeFileInTheReadersLanguage() throws Exception {
        JsonObject r = Api.json(Api.call("POST", "/api/v1/requests", "li.na", REQUEST)).getJsonObject("request");
        String id = r.getString("id");
        r = Api.act("li.na", id, "acknowledge", r, "\"agreedFollowUpAt\":\"2099-01-10T02:00:00Z\","
                + "\"agreedDeliveryAt\":\"2099-01-09T09:00:00Z\"");
        r = Api.act("zhang.wei", id, "assign", r, "\"assignee\":\"wang.fang\"");
        Api.act("wang.fang", id, "resolve", r, "\"reply\":\"复测铅含量 0.012 mg/L，与原报告一致。\"");

        HttpResponse<byte[]> zh = pdf(id, "zh-CN");
        assertThat(zh.statusCode()).isEqualTo(200);
        assertThat(zh.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        String text = text(zh.body());
        assertThat(text).contains("服务工单档案", "对报告中重金属含量结果有异议", "汉江水务集团", "郑涛",
                "复测铅含量 0.012 mg/L，与原报告一致。", "已答复", "2099-01-09 17:00", "处理记录完整");
        assertThat(text(pdf(id, "en").body())).contains("Service request archive", "Resolved", "First response");
        // Producing the archive is a view of the customer's contact.
        assertThat(TestDatabase.value("SELECT count(*) FROM security_event WHERE kind = 'PERSONAL_DATA_VIEWED' "
                + "AND subject = '" + r.getString("number") + "'")).isNotEqualTo("0");
    }

    private static HttpResponse<byte[]> pdf(String id, String language) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(LabDeskDeployment.baseUrl() + "/api/v1/requests/" + id + "/archive.pdf"))
                .header("Authorization", "Bearer " + Keycloak.accessToken("li.na"))
                .header("Accept", "application/pdf").header("Accept-Language", language).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The PDF's text with line breaks folded to spaces (long lines wrap). */
    private static String text(byte[] pdf) throws Exception {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void guardsRefuseWrongStepsWrongRolesAndStaleVersionsAndChangeNothing() throws Exception {
        JsonObject request = Api.json(Api.call("POST", "/api/v1/requests", "li.na", REQUEST))
                .getJsonObject("request");
        String id = request.getString("id");

        // A tester may not acknowledge; nobody may resolve what was not acknowledged and assigned.
        assertThat(actRaw("wang.fang", id, "acknowledge", 0, "\"agreedFollowUpAt\":\"2099-01-10T02:00:00Z\","
                + "\"agreedDeliveryAt\":\"2099-01-09T09:00:00Z\"").statusCode()).isEqualTo(403);
        HttpResponse<String> skip = actRaw("li.na", id, "resolve", 0, "\"reply\":\"x\"");
        assertThat(skip.statusCode()).isEqualTo(400);
        assertThat(Api.json(skip).getJsonObject("fields").containsKey("action")).isTrue();
        // Acknowledging needs the agreed times (P5).
        assertThat(actRaw("li.na", id, "acknowledge", 0, "").statusCode()).isEqualTo(400);

        JsonObject acknowledged = Api.act("li.na", id, "acknowledge", request,
                "\"agreedFollowUpAt\":\"2099-01-10T02:00:00Z\",\"agreedDeliveryAt\":\"2099-01-09T09:00:00Z\"");
        // A second clerk who still holds the old version is told, and assigns nobody.
        HttpResponse<String> stale = actRaw("zhang.wei", id, "assign", 0, "\"assignee\":\"wang.fang\"");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(Api.json(Api.call("GET", "/api/v1/requests/" + id, "li.na", null)).isNull("assignee")).isTrue();
        assertThat(Api.array(Api.call("GET", "/api/v1/requests/" + id + "/timeline", "li.na", null))).hasSize(2);
        // Only active staff of this institution can be assigned.
        assertThat(actRaw("zhang.wei", id, "assign", acknowledged.getJsonNumber("version").longValue(),
                "\"assignee\":\"chen.jie\"").statusCode()).isEqualTo(400);
    }

    @Test
    void tamperingWithTheTimelineShowsInItsVerification() throws Exception {
        JsonObject request = Api.json(Api.call("POST", "/api/v1/requests", "li.na", REQUEST))
                .getJsonObject("request");
        String id = request.getString("id");
        Api.act("li.na", id, "acknowledge", request, "\"agreedFollowUpAt\":\"2099-01-10T02:00:00Z\","
                + "\"agreedDeliveryAt\":\"2099-01-09T09:00:00Z\"");

        // The application's own role cannot rewrite history at all ...
        try (Connection c = java.sql.DriverManager.getConnection(TestEnvironment.database().jdbcUrl(),
                EmbeddedDatabase.APP_USER, EmbeddedDatabase.APP_PASSWORD); Statement s = c.createStatement()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                    s.executeUpdate("UPDATE request_event SET actor = 'x' WHERE request_id = '" + id + "'"))
                    .hasMessageContaining("permission denied");
        }
        // ... and when someone with more rights does, the chain says where.
        try (Connection c = TestEnvironment.database().superuserConnection(EmbeddedDatabase.DATABASE);
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE request_event SET actor = 'mallory' WHERE request_id = '" + id + "' AND seq = 2");
        }
        JsonObject verification = Api.json(Api.call("GET", "/api/v1/requests/" + id + "/timeline/verify", "li.na", null));
        assertThat(verification.getBoolean("intact")).isFalse();
        assertThat(verification.getInt("firstBrokenEntry")).isEqualTo(2);
    }

    private static HttpResponse<String> actRaw(String user, String id, String action, long version, String fields)
            throws Exception {
        return Api.call("POST", "/api/v1/requests/" + id + "/actions/" + action, user,
                "{\"version\":" + version + (fields.isEmpty() ? "" : "," + fields) + "}");
    }
}
