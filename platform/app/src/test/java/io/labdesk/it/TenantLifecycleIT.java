package io.labdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.testkit.Api;
import io.labdesk.testkit.Browser;
import io.labdesk.testkit.CustomerPages;
import io.labdesk.testkit.Keycloak;
import io.labdesk.testkit.LabDeskDeployment;
import io.labdesk.testkit.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The platform admin's life cycle of an institution: created from a template (its admin finds the template's
 * modules, calendar, SLA policy and request types), exported whole and deleted — gone from the database and from
 * Keycloak.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantLifecycleIT {

    private static final String OPERATOR = "operator";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LabDeskDeployment.war();
    }

    @Test
    void anInstitutionCreatedFromATemplateStartsWithItsModulesCalendarSlaPolicyAndRequestTypes() throws Exception {
        JsonArray templates = Api.array(Api.call("GET", "/api/v1/platform/tenants/templates", OPERATOR, null));
        assertThat(templates.getValuesAs(JsonObject.class).stream().map(t -> t.getString("id")))
                .contains("testing-lab", "calibration-lab", "instrument-service", "probe-lab");
        HttpResponse<String> unknown = Api.call("POST", "/api/v1/platform/tenants", OPERATOR,
                newTenant("xinghe-lab", "no-such-template", "he.ping"), "zh-CN", null);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(Api.json(unknown).getJsonObject("fields").getString("template")).isEqualTo("请选择提供的模板之一");
        assertThat(Keycloak.organizationExists("xinghe-lab")).isFalse();

        HttpResponse<String> created = Api.call("POST", "/api/v1/platform/tenants", OPERATOR,
                newTenant("tanzhen-lab", "probe-lab", "qian.hui"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String password = Api.json(created).getString("temporaryPassword");

        try (Browser admin = new Browser()) {
            admin.driver.get(LabDeskDeployment.baseUrl() + "/admin/modules");
            admin.signIn("qian.hui", password);
            admin.await(By.id("password-new")).sendKeys(Keycloak.DEMO_PASSWORD);
            admin.driver.findElement(By.id("password-confirm")).sendKeys(Keycloak.DEMO_PASSWORD);
            admin.driver.findElement(By.cssSelector("[type=submit]")).click();
            admin.awaitText(By.id("tenant-name"), "探针检测中心");
            admin.driver.get(LabDeskDeployment.baseUrl() + "/admin/modules");
            admin.awaitText(By.id("module-status-probe"), "已启用");
            admin.screenshot("tenant-from-template");
        }
        JsonObject probe = Api.json(Api.call("GET", "/api/v1/modules/probe", "qian.hui", null));
        assertThat(probe.getJsonObject("settings").getString("greeting")).as("the template's module settings")
                .isEqualTo("模板问候");
        assertThat(probe.getJsonObject("settings").getString("limit")).isEqualTo("5");
        assertThat(probe.getJsonObject("settings").getString("tone")).as("the rest the module's defaults")
                .isEqualTo("calm");
        JsonObject policy = Api.json(Api.call("GET", "/api/v1/sla/policy", "qian.hui", null));
        assertThat(policy.getInt("warningPercent")).isEqualTo(70);
        assertThat(policy.getJsonArray("rules").toString()).contains("\"type\":\"DISPUTE\"");
        assertThat(policy.getJsonArray("rules").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.isNull("type") && r.isNull("priority") && !r.getBoolean("emergency"))
                .findFirst().orElseThrow().getJsonObject("targets").getJsonObject("ACKNOWLEDGE").getInt("minutes"))
                .isEqualTo(90);
        List<String> offered = Api.array(Api.call("GET", "/api/v1/request-types", "qian.hui", null))
                .getValuesAs(JsonObject.class).stream().filter(t -> t.getBoolean("active"))
                .map(t -> t.getString("code")).toList();
        assertThat(offered).containsExactlyInAnyOrder("DISPUTE", "CONSULTATION");
        JsonObject calendar = Api.json(Api.call("GET", "/api/v1/calendar/definition", "qian.hui", null));
        assertThat(calendar.getString("name")).startsWith("中国大陆工作日历");
        assertThat(calendar.getJsonArray("workdays").toString()).contains("2026-01-04");
        JsonObject tenant = Api.json(Api.call("GET", "/api/v1/tenant", "qian.hui", null));
        assertThat(tenant.getString("timeZone")).isEqualTo("Asia/Shanghai");
        JsonObject form = Api.json(Api.call("GET", "/api/v1/intake/form", "qian.hui", null)).getJsonObject("fields");
        assertThat(form.getString("emergency")).as("the template's public form").isEqualTo("HIDDEN");
        assertThat(form.getString("contactEmail")).isEqualTo("REQUIRED");
        assertThat(CustomerPages.get(CustomerPages.from("127.0.0.21"), "/t/tanzhen-lab/request").body())
                .doesNotContain("name=\"emergency\"")
                .contains("name=\"contactEmail\"");
    }

    @Test
    void anExportedSuspendedInstitutionIsDeletedFromTheDatabaseAndKeycloakOnlyWhenConfirmed() throws Exception {
        HttpResponse<String> created = Api.call("POST", "/api/v1/platform/tenants", OPERATOR,
                newTenant("qingshan-lab", null, "wu.lei"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String password = Api.json(created).getString("temporaryPassword");
        String subject = "青山检测 COD 复核申请 " + UUID.randomUUID().toString().substring(0, 8);
        fileRequest("qingshan-lab", subject);
        String tenantId = TestDatabase.value("SELECT id::text FROM tenant WHERE slug = 'qingshan-lab'");
        assertThat(TestDatabase.value("SELECT count(*) FROM request_event WHERE tenant_id = '" + tenantId + "'"))
                .isNotEqualTo("0");

        HttpResponse<String> active = Api.call("DELETE", "/api/v1/platform/tenants/qingshan-lab?confirm=qingshan-lab",
                OPERATOR, null, "zh-CN", null);
        assertThat(active.statusCode()).isEqualTo(400);
        assertThat(Api.json(active).getJsonObject("fields").getString("status")).isEqualTo("删除前请先暂停该机构");
        assertThat(Api.call("PUT", "/api/v1/platform/tenants/qingshan-lab/status", OPERATOR,
                "{\"status\":\"SUSPENDED\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> unexported = Api.call("DELETE",
                "/api/v1/platform/tenants/qingshan-lab?confirm=qingshan-lab", OPERATOR, null, "zh-CN", null);
        assertThat(Api.json(unexported).getJsonObject("fields").getString("export"))
                .isEqualTo("请在机构暂停期间导出其全部数据，然后再删除");
        assertThat(Api.call("POST", "/api/v1/platform/tenants/qingshan-lab/exports", "chen.jie", null).statusCode())
                .isEqualTo(403);

        HttpResponse<String> started = Api.call("POST", "/api/v1/platform/tenants/qingshan-lab/exports", OPERATOR,
                null);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        JsonObject export = Api.json(started);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!"DONE".equals(export.getString("status")) && Instant.now().isBefore(deadline)) {
            assertThat(export.getString("status")).isNotEqualTo("FAILED");
            Thread.sleep(200);
            export = Api.json(Api.call("GET", "/api/v1/platform/tenants/qingshan-lab/exports/"
                    + export.getString("id"), OPERATOR, null));
        }
        assertThat(export.getString("status")).isEqualTo("DONE");
        assertThat(export.getInt("percent")).isEqualTo(100);
        Map<String, String> archive = unzip(export.getString("archive"));
        JsonObject manifest = Json.createReader(new StringReader(archive.get("manifest.json"))).readObject();
        assertThat(manifest.getString("tenant")).isEqualTo("qingshan-lab");
        assertThat(manifest.getJsonArray("tables").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("table").equals("service_request")).findFirst().orElseThrow()
                .getInt("rows")).isEqualTo(1);
        assertThat(archive.get("json/service_request.json")).contains(subject);
        assertThat(archive.get("csv/service_request.csv")).contains(subject).contains("subject");
        assertThat(archive.get("json/tenant.json")).contains("\"slug\":\"qingshan-lab\"");
        assertThat(archive).containsKeys("json/request_event.json", "json/settings_change.json",
                "csv/tracking_link.csv", "json/probe_note.json");
        // Rows hold ids, not slugs: no file of the archive names another institution's id.
        List<String> others = List.of(TestDatabase.value("SELECT id::text FROM tenant WHERE slug = 'donghu-atc'"),
                TestDatabase.value("SELECT id::text FROM tenant WHERE slug = 'hengzhun-cal'"));
        assertThat(archive.get("json/service_request.json")).contains(tenantId);
        archive.forEach((file, content) -> assertThat(content).as(file).doesNotContain(others.get(0), others.get(1)));

        HttpResponse<String> unconfirmed = Api.call("DELETE", "/api/v1/platform/tenants/qingshan-lab?confirm=qingshan",
                OPERATOR, null, "zh-CN", null);
        assertThat(Api.json(unconfirmed).getJsonObject("fields").getString("confirm"))
                .isEqualTo("请准确输入机构简称（slug）以确认");
        Map<String, String> othersRows = othersRows(tenantId);
        HttpResponse<String> deleted = Api.call("DELETE",
                "/api/v1/platform/tenants/qingshan-lab?confirm=qingshan-lab", OPERATOR, null);
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
        assertThat(Api.json(deleted).getInt("accounts")).isEqualTo(1);

        assertThat(TestDatabase.value("SELECT count(*) FROM tenant WHERE slug = 'qingshan-lab'")).isEqualTo("0");
        assertThat(TestDatabase.value("SELECT count(*) FROM tracking_link WHERE tenant = '" + tenantId + "'"))
                .isEqualTo("0");
        String tables = TestDatabase.value("SELECT string_agg(c.relname, ',') FROM pg_class c "
                + "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' "
                + "JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public' WHERE c.relkind = 'r'");
        List<String> leftovers = new java.util.ArrayList<>();
        for (String table : tables.split(",")) {
            if (!"0".equals(TestDatabase.value("SELECT count(*) FROM " + table + " WHERE tenant_id = '" + tenantId
                    + "'"))) {
                leftovers.add(table);
            }
        }
        assertThat(tables.split(",")).hasSizeGreaterThan(15).contains("request_event", "settings_change", "probe_note");
        assertThat(leftovers).as("tables still holding the deleted tenant's rows").isEmpty();
        assertThat(Keycloak.organizationExists("qingshan-lab")).isFalse();
        assertThat(Keycloak.passwordGrant("wu.lei", password).body()).contains("Invalid user credentials");
        assertThat(Keycloak.organizationExists("hengzhun-cal")).isTrue();
        // Background work may add rows meanwhile (messages, warnings); none of the others' may go.
        Map<String, String> othersAfter = othersRows(tenantId);
        othersRows.forEach((table, before) -> assertThat(Long.parseLong(othersAfter.get(table)))
                .as("other institutions' rows in " + table).isGreaterThanOrEqualTo(Long.parseLong(before)));
        for (String staff : List.of("zhang.wei", "chen.jie", "sun.li")) {
            assertThat(Keycloak.userExists(staff)).as(staff + "'s account").isTrue();
        }
        assertThat(Api.call("GET", "/api/v1/platform/tenants", OPERATOR, null).body()).doesNotContain("qingshan-lab")
                .contains("hengzhun-cal");
    }

    @Test
    void inTheBrowserThePlatformAdminFollowsTheExportAndConfirmsTheDeletionByTypingTheSlug() throws Exception {
        assertThat(Api.call("POST", "/api/v1/platform/tenants", OPERATOR, newTenant("baishui-lab", null, "lin.yu"))
                .statusCode()).isEqualTo(201);
        assertThat(Api.call("PUT", "/api/v1/platform/tenants/baishui-lab/status", OPERATOR,
                "{\"status\":\"SUSPENDED\"}").statusCode()).isEqualTo(200);
        try (Browser operator = new Browser()) {
            operator.driver.get(LabDeskDeployment.baseUrl() + "/platform/tenants");
            operator.signIn(OPERATOR, Keycloak.DEMO_PASSWORD);
            operator.click("export-baishui-lab");
            operator.await(By.id("export-progress"));
            operator.await(By.id("export-download"));
            assertThat(operator.await(By.id("export-state")).getText()).matches("(完成|Done).*");
            operator.screenshot("tenant-export");
            operator.driver.navigate().refresh();
            operator.click("delete-baishui-lab");
            assertThat(operator.await(By.id("delete-export-state")).getText()).matches("(已于|Exported).*");
            assertThat(operator.await(By.id("confirm-delete")).getAttribute("disabled")).isNotNull();
            operator.type("delete-confirm", "baishui-lab");
            new WebDriverWait(operator.driver, Duration.ofSeconds(10)).until(d ->
                    d.findElement(By.id("confirm-delete")).getAttribute("disabled") == null);
            operator.click("confirm-delete");
            new WebDriverWait(operator.driver, Duration.ofSeconds(20)).until(d ->
                    !d.findElement(By.id("tenants-grid")).getText().contains("baishui-lab"));
            operator.screenshot("tenant-deleted");
        }
        assertThat(TestDatabase.value("SELECT count(*) FROM tenant WHERE slug = 'baishui-lab'")).isEqualTo("0");
        assertThat(Keycloak.organizationExists("baishui-lab")).isFalse();
    }

    /** Without a template, language and time zone are given; with one, they are the template's. */
    private static String newTenant(String slug, String template, String admin) {
        var tenant = Json.createObjectBuilder();
        if (template == null) {
            tenant.add("locale", "zh-CN").add("timeZone", "Asia/Shanghai");
        }
        return tenant.add("slug", slug)
                .add("name", Map.of("tanzhen-lab", "探针检测中心", "qingshan-lab", "青山环境检测有限公司",
                        "baishui-lab", "白水分析测试中心").getOrDefault(slug, "星河实验室"))
                .add("nameEn", "Test laboratory").add("adminUsername", admin).add("adminName", "钱慧")
                .add("adminEmail", admin + "@example.cn")
                .add("template", template == null ? Json.createValue("") : Json.createValue(template))
                .build().toString();
    }

    private static void fileRequest(String slug, String subject) throws Exception {
        String body = "type=CONSULTATION&subject=" + URLEncoder.encode(subject, StandardCharsets.UTF_8)
                + "&description=" + URLEncoder.encode("请复核报告中的 COD 数据。", StandardCharsets.UTF_8)
                + "&contactName=" + URLEncoder.encode("吴雷", StandardCharsets.UTF_8)
                + "&contactPhone=13900003333&formKey=" + UUID.randomUUID();
        HttpResponse<String> filed = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.51"))
                .build().send(HttpRequest.newBuilder(URI.create(LabDeskDeployment.baseUrl() + "/t/" + slug
                                + "/request?lang=zh-CN"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(303);
    }

    private static Map<String, String> unzip(String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(LabDeskDeployment.baseUrl() + path))
                .header("Authorization", "Bearer " + Keycloak.accessToken(OPERATOR)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/zip");
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    /** Per table holding tenants' rows: how many belong to institutions other than {@code tenantId}. */
    private static Map<String, String> othersRows(String tenantId) throws Exception {
        String tables = TestDatabase.value("SELECT string_agg(c.relname, ',' ORDER BY c.relname) FROM pg_class c "
                + "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' "
                + "JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public' WHERE c.relkind = 'r'");
        Map<String, String> rows = new java.util.TreeMap<>();
        for (String table : tables.split(",")) {
            rows.put(table, TestDatabase.value("SELECT count(*) FROM " + table + " WHERE tenant_id <> '" + tenantId
                    + "'"));
        }
        return rows;
    }
}
