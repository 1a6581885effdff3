package io.labdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.testkit.Api;
import io.labdesk.testkit.CustomerPages;
import io.labdesk.testkit.LabDeskDeployment;
import io.labdesk.testkit.TestDatabase;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The customers' pages without an account: the public request form and the private tracking page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicPagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LabDeskDeployment.war();
    }

    record File(String name, String type, byte[] content) {
    }

    private static Map<String, String> valid(String subject) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("formKey", UUID.randomUUID().toString());
        form.put("type", "DISPUTE");
        form.put("subject", subject);
        form.put("description", "报告 ATC-R-2026-1102 中 COD 结果与我方在线监测数据相差 30%，请复核。");
        form.put("organisation", "汉阳环境监测站");
        form.put("contactName", "吴敏");
        form.put("contactEmail", "wu.min@hyhb.example.cn");
        return form;
    }

    private static HttpResponse<String> post(HttpClient client, String slug, Map<String, String> fields,
                                             List<File> files) throws Exception {
        String boundary = "----labdesk" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var f : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (File file : files) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\""
                    + file.name() + "\"\r\nContent-Type: " + file.type() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(file.content());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create(LabDeskDeployment.baseUrl() + "/t/" + slug
                        + "/request?lang=zh-CN"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(HttpClient client, String path, String language) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(LabDeskDeployment.baseUrl() + path))
                .header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theFormIsOpenToEveryoneInTheirLanguage() throws Exception {
        HttpClient client = CustomerPages.from("127.0.0.11");
        HttpResponse<String> en = get(client, "/t/hengzhun-cal/request", "en");
        assertThat(en.statusCode()).isEqualTo(200);
        assertThat(en.body()).contains("Kind of request").contains("Instrument repair").contains("name=\"contactEmail\"");
        assertThat(get(client, "/t/hengzhun-cal/request", "zh-CN").body()).contains("请求类型").contains("仪器维修");
        assertThat(get(client, "/t/no-such-lab/request", "en").statusCode()).isEqualTo(404);
    }

    @Test
    void aValidRequestWithAFileIsStoredWithItsChecksumAndOpensTheTrackingPage() throws Exception {
        HttpClient client = CustomerPages.from("127.0.0.12");
        byte[] pdf = "%PDF-1.4\n% 委托单扫描件\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> filed = post(client, "donghu-atc", valid("COD 结果异议"),
                List.of(new File("委托单.pdf", "application/pdf", pdf)));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(303);
        String location = filed.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/track/");

        HttpResponse<String> page = get(client, location, "zh-CN");
        assertThat(page.statusCode()).isEqualTo(200);
        String number = page.body().replaceFirst("(?s).*<span id=\"request-number\">([^<]+)</span>.*", "$1");
        assertThat(number).matches("SR-\\d{4}-\\d{6}");
        assertThat(page.body()).contains("已登记").contains("委托单.pdf").contains("COD 结果异议");

        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat(TestDatabase.value("SELECT a.sha256 || ' ' || r.channel FROM request_attachment a JOIN service_request r "
                + "ON r.id = a.request_id WHERE r.number = '" + number + "' AND r.tenant_id = "
                + "(SELECT id FROM tenant WHERE slug = 'donghu-atc')")).isEqualTo(expected + " FORM");
    }

    @Test
    void invalidInputIsShownAtEachFieldAndStoresNothing() throws Exception {
        HttpClient client = CustomerPages.from("127.0.0.13");
        long before = Long.parseLong(TestDatabase.value("SELECT count(*) FROM service_request"));
        Map<String, String> form = valid("x");
        form.put("subject", "");
        form.remove("contactEmail");
        HttpResponse<String> refused = post(client, "donghu-atc", form, List.of());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"subject-error\"").contains("id=\"contactPhone-error\"")
                .contains("请至少填写").contains("汉阳环境监测站"); // what was typed stays
        assertThat(refused.body()).as("a phone or an e-mail address: both fields are marked")
                .contains("id=\"contactPhone\" name=\"contactPhone\" maxlength=\"40\" value=\"\" aria-invalid=\"true\"")
                .contains("id=\"contactEmail\" name=\"contactEmail\" maxlength=\"320\" value=\"\" aria-invalid=\"true\"");

        HttpResponse<String> badFile = post(client, "donghu-atc", valid("带可执行文件"),
                List.of(new File("report.pdf", "application/pdf", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))));
        assertThat(badFile.statusCode()).isEqualTo(400);
        assertThat(badFile.body()).contains("id=\"attachments-error\">文件“report.pdf”无法接收：");
        assertThat(Long.parseLong(TestDatabase.value("SELECT count(*) FROM service_request"))).isEqualTo(before);
    }

    @Test
    void theTrackingPageShowsWhatIsMeantForTheCustomerAndNoInternalNotes() throws Exception {
        HttpClient client = CustomerPages.from("127.0.0.14");
        String location = post(client, "donghu-atc", valid("报告格式问题"), List.of()).headers()
                .firstValue("Location").orElseThrow();
        String number = get(client, location, "en").body()
                .replaceFirst("(?s).*<span id=\"request-number\">([^<]+)</span>.*", "$1");
        String id = TestDatabase.value("SELECT id FROM service_request WHERE number = '" + number + "' AND tenant_id = "
                + "(SELECT id FROM tenant WHERE slug = 'donghu-atc')");
        JsonObject r = Api.json(Api.call("GET", "/api/v1/requests/" + id, "li.na", null));
        r = Api.act("li.na", id, "acknowledge", r, "\"agreedFollowUpAt\":\"2099-01-10T02:00:00Z\","
                + "\"agreedDeliveryAt\":\"2099-01-09T09:00:00Z\",\"note\":\"客户曾有欠款，内部留意\"");
        r = Api.act("zhang.wei", id, "assign", r, "\"assignee\":\"wang.fang\",\"note\":\"内部：请王芳优先\"");
        Api.act("wang.fang", id, "resolve", r, "\"reply\":\"已按新格式重新出具报告。\"");

        String page = get(client, location.replace("?new=1&lang=zh-CN", ""), "en").body();
        assertThat(page).contains("Answered").contains("已按新格式重新出具报告。").contains("2099-01-09 17:00");
        assertThat(page).doesNotContain("内部").doesNotContain("欠款").doesNotContain("wang.fang");
        assertThat(get(client, "/track/" + "A".repeat(43), "en").statusCode()).isEqualTo(404);
    }

    @Test
    void oneClientCannotFloodTheForm() throws Exception {
        HttpClient client = CustomerPages.from("127.0.0.15");
        Map<String, String> empty = Map.of("type", "DISPUTE");
        for (int i = 0; i < 10; i++) {
            assertThat(post(client, "hengzhun-cal", empty, List.of()).statusCode()).isEqualTo(400);
        }
        HttpResponse<String> limited = post(client, "hengzhun-cal", empty, List.of());
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.body()).contains("过去一小时内提交过多");
        // Another client is unaffected.
        assertThat(post(CustomerPages.from("127.0.0.16"), "hengzhun-cal", empty, List.of()).statusCode()).isEqualTo(400);
    }
}
