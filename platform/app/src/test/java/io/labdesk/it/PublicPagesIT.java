package io.labdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.testkit.Api;
import io.labdesk.testkit.CustomerPages;
import io.labdesk.testkit.LabDeskDeployment;
import io.labdesk.testkit.Mailbox;
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
        return send(client, "/t/" + slug + "/request?lang=zh-CN", fields, files);
    }

    /** Posts a form as {@code multipart/form-data}, its files under "attachments". */
    private static HttpResponse<String> send(HttpClient client, String path, Map<String, String> fields,
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
        return client.send(HttpRequest.newBuilder(URI.create(LabDeskDeployment.baseUrl() + path))
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
        HttpResponse<String> unknown = get(client, "/t/no-such-lab/request", "en");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).as("LabDesk's own page, not the server's bare one")
                .contains("No institution has this address", "stylesheet");
        HttpResponse<String> noPage = get(client, "/t/hengzhun-cal/no-such-page", "zh-CN");
        assertThat(noPage.statusCode()).isEqualTo(404);
        assertThat(noPage.body()).contains("页面不存在", "/t/hengzhun-cal/request", "衡准计量校准有限公司");
    }

    @Test
    void aFileOverTheLimitIsNamedOnTheFormWithEverythingTypedKeptAndTwoLargeFilesGoThrough() throws Exception {
        HttpClient client = CustomerPages.from("127.0.0.71");
        long before = Long.parseLong(TestDatabase.value("SELECT count(*) FROM service_request"));
        HttpResponse<String> refused = post(client, "donghu-atc", valid("超过十兆的扫描件"),
                List.of(new File("全部扫描件.pdf", "application/pdf", pdf(10 * 1024 * 1024 + 1))));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"attachments-error\">文件“全部扫描件.pdf”无法接收：", "10 MB")
                .contains("超过十兆的扫描件", "汉阳环境监测站", "wu.min@hyhb.example.cn");
        assertThat(Long.parseLong(TestDatabase.value("SELECT count(*) FROM service_request"))).isEqualTo(before);

        HttpResponse<String> filed = post(client, "donghu-atc", valid("两份大文件"), List.of(
                new File("第一部分.pdf", "application/pdf", pdf(7 * 1024 * 1024)),
                new File("第二部分.pdf", "application/pdf", pdf(7 * 1024 * 1024))));
        assertThat(filed.statusCode()).as("14 MB in one post, each file within its limit").isEqualTo(303);
    }

    @Test
    void aContactNameOverItsLimitIsRefusedWithTheLimitItReallyHas() throws Exception {
        HttpClient client = CustomerPages.from("127.0.0.72");
        Map<String, String> form = valid("联系人过长");
        form.put("contactName", "吴".repeat(101));
        HttpResponse<String> refused = post(client, "donghu-atc", form, List.of());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"contactName-error\"", "不超过 100 个字符");
    }

    private static byte[] pdf(int size) {
        byte[] content = new byte[size];
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, content, 0, head.length);
        return content;
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

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String SCRIPT_AS_TEXT = "&lt;script&gt;alert(1)&lt;/script&gt;";

    @Test
    void typedMarkupComesBackAsTextOnTheFormAndTheTrackingPage() throws Exception {
        HttpClient client = CustomerPages.from("127.0.0.17");
        Map<String, String> form = valid(SCRIPT);
        form.put("organisation", SCRIPT);
        form.remove("contactEmail");
        HttpResponse<String> refused = post(client, "donghu-atc", form, List.of());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).doesNotContain("<script")
                .contains("id=\"subject\" name=\"subject\" maxlength=\"200\" value=\"" + SCRIPT_AS_TEXT + "\"")
                .contains("id=\"organisation\" name=\"organisation\" maxlength=\"200\" value=\"" + SCRIPT_AS_TEXT);

        form = valid(SCRIPT);
        form.put("description", SCRIPT);
        String tracking = post(client, "donghu-atc", form, List.of(new File(SCRIPT + ".txt", "text/plain",
                "原始记录".getBytes(StandardCharsets.UTF_8)))).headers().firstValue("Location").orElseThrow()
                .replaceFirst("\\?.*", "");
        HttpResponse<String> added = send(client, tracking + "?lang=zh-CN", Map.of("formKey",
                UUID.randomUUID().toString(), "note", SCRIPT), List.of());
        assertThat(added.statusCode()).as(added.body()).isEqualTo(303);
        String page = get(client, tracking, "zh-CN").body();
        assertThat(page).doesNotContain("<script").contains("<h1>" + SCRIPT_AS_TEXT + "</h1>")
                .contains("<div class=\"ld-reply\">" + SCRIPT_AS_TEXT + "</div>")
                .contains("<li>script&gt;.txt (1 KB)</li>"); // a name with a path is kept by its last segment
    }

    @Test
    void theCustomerAddsANoteAndAFileThatReachTheTimelineAndTheResponsible() throws Exception {
        HttpClient client = CustomerPages.from("127.0.0.18");
        String tracking = post(client, "donghu-atc", valid("COD 复核补充"), List.of()).headers()
                .firstValue("Location").orElseThrow().replaceFirst("\\?.*", "");
        String number = get(client, tracking, "zh-CN").body()
                .replaceFirst("(?s).*<span id=\"request-number\">([^<]+)</span>.*", "$1");
        String id = TestDatabase.value("SELECT id FROM service_request WHERE number = '" + number + "' AND tenant_id = "
                + "(SELECT id FROM tenant WHERE slug = 'donghu-atc')");
        JsonObject r = Api.json(Api.call("GET", "/api/v1/requests/" + id, "li.na", null));
        r = Api.act("li.na", id, "acknowledge", r, "\"agreedFollowUpAt\":\"2099-01-10T02:00:00Z\","
                + "\"agreedDeliveryAt\":\"2099-01-09T09:00:00Z\"");
        Api.act("zhang.wei", id, "assign", r, "\"assignee\":\"wang.fang\"");

        // A refused file: named, nothing stored, what was typed kept.
        String note = "补充：样品编号 S-2026-118 的原始记录见附件。";
        HttpResponse<String> refused = send(client, tracking + "?lang=zh-CN", Map.of("formKey",
                UUID.randomUUID().toString(), "note", note), List.of(new File("记录.pdf", "application/pdf",
                "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"attachments-error\">文件“记录.pdf”无法接收：").contains(note);
        HttpResponse<String> empty = send(client, tracking + "?lang=en", Map.of("note", " "), List.of());
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("id=\"note-error\">Write what you want to add, or choose a file");
        String events = "SELECT count(*) FROM request_event WHERE kind = 'CUSTOMER_ADDED' AND request_id = '" + id + "'";
        assertThat(TestDatabase.value(events)).isEqualTo("0");

        // Added, twice by a double click: once on record.
        byte[] pdf = "%PDF-1.4\n% 原始记录\n".getBytes(StandardCharsets.UTF_8);
        Map<String, String> fields = Map.of("formKey", UUID.randomUUID().toString(), "note", note);
        List<File> files = List.of(new File("原始记录.pdf", "application/pdf", pdf));
        HttpResponse<String> added = send(client, tracking + "?lang=zh-CN", fields, files);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(303);
        assertThat(send(client, tracking + "?lang=zh-CN", fields, files).statusCode()).isEqualTo(303);
        String page = get(client, added.headers().firstValue("Location").orElseThrow(), "zh-CN").body();
        assertThat(page).contains("id=\"added-notice\"").contains("原始记录.pdf").contains(note);
        assertThat(TestDatabase.value(events)).isEqualTo("1");
        assertThat(TestDatabase.value("SELECT sha256 || ' ' || uploaded_by FROM request_attachment WHERE request_id = '"
                + id + "' AND file_name = '原始记录.pdf'")).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(pdf)) + " customer");

        // Staff read it on the timeline as from the customer, by name; the person handling it is told.
        JsonObject last = Api.array(Api.call("GET", "/api/v1/requests/" + id + "/timeline", "wang.fang", null))
                .stream().map(v -> v.asJsonObject()).reduce((a, b) -> b).orElseThrow();
        assertThat(last.getString("kind")).isEqualTo("CUSTOMER_ADDED");
        assertThat(last.toString()).contains("吴敏").contains("S-2026-118").contains("原始记录.pdf");
        Mailbox.Mail mail = Mailbox.await("wang.fang@donghu-atc.example.cn", m -> m.subject().contains(number)
                && m.subject().contains("补充了信息"));
        assertThat(mail.subject()).contains("吴敏");
        assertThat(mail.body()).contains(note).contains("原始记录.pdf");
    }

    @Test
    void nothingCanBeAddedToAClosedRequest() throws Exception {
        HttpClient client = CustomerPages.from("127.0.0.19");
        String tracking = post(client, "donghu-atc", valid("已关闭的请求"), List.of()).headers()
                .firstValue("Location").orElseThrow().replaceFirst("\\?.*", "");
        String number = get(client, tracking, "zh-CN").body()
                .replaceFirst("(?s).*<span id=\"request-number\">([^<]+)</span>.*", "$1");
        String id = TestDatabase.value("SELECT id FROM service_request WHERE number = '" + number + "' AND tenant_id = "
                + "(SELECT id FROM tenant WHERE slug = 'donghu-atc')");
        JsonObject r = Api.json(Api.call("GET", "/api/v1/requests/" + id, "li.na", null));
        r = Api.act("li.na", id, "acknowledge", r, "\"agreedFollowUpAt\":\"2099-01-10T02:00:00Z\","
                + "\"agreedDeliveryAt\":\"2099-01-09T09:00:00Z\"");
        r = Api.act("zhang.wei", id, "assign", r, "\"assignee\":\"wang.fang\"");
        r = Api.act("wang.fang", id, "resolve", r, "\"reply\":\"已复核。\"");
        r = Api.act("li.na", id, "follow-up", r, "\"method\":\"PHONE\",\"outcome\":\"认可\",\"verdict\":\"SATISFIED\"");
        Api.act("li.na", id, "close", r, "");

        assertThat(get(client, tracking, "en").body()).contains("id=\"add-closed\">This request is closed")
                .doesNotContain("id=\"add-submit\"");
        HttpResponse<String> refused = send(client, tracking + "?lang=zh-CN", Map.of("formKey",
                UUID.randomUUID().toString(), "note", "还有一个问题"), List.of());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("此请求已关闭");
        assertThat(TestDatabase.value("SELECT count(*) FROM request_event WHERE kind = 'CUSTOMER_ADDED' AND request_id = '"
                + id + "'")).isEqualTo("0");
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
