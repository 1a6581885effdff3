package io.labdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.testkit.Api;
import io.labdesk.testkit.Browser;
import io.labdesk.testkit.Keycloak;
import io.labdesk.testkit.LabDeskDeployment;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The tenant admin's request types, intake form, tracking-page wording and brand, as customers and staff then see
 * them. Works on donghu-atc and puts its form and brand back afterwards; the other institution is unaffected.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntakeAndBrandIT {

    private static final String ADMIN = "zhang.wei";
    private static final String STAFF = "li.na";
    private static final String OTHER_ADMIN = "chen.jie";
    /** The smallest PNG: one transparent pixel. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private JsonObject originalForm;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LabDeskDeployment.war();
    }

    @BeforeEach
    void readTheForm() throws Exception {
        originalForm = form();
    }

    @AfterEach
    void putFormAndBrandBack() throws Exception {
        JsonObject restore = Json.createObjectBuilder(originalForm).add("version", form().getJsonNumber("version"))
                .build();
        assertThat(Api.call("PUT", "/api/v1/intake/form", ADMIN, restore.toString()).statusCode()).isEqualTo(200);
        JsonObject brand = Api.json(Api.call("GET", "/api/v1/brand", ADMIN, null));
        assertThat(Api.call("PUT", "/api/v1/brand", ADMIN, "{\"primaryColour\":null,\"version\":"
                + brand.getJsonNumber("version") + "}").statusCode()).isEqualTo(200);
        brand = Api.json(Api.call("GET", "/api/v1/brand", ADMIN, null));
        assertThat(Api.call("DELETE", "/api/v1/brand/logo?version=" + brand.getJsonNumber("version"), ADMIN, null)
                .statusCode()).isEqualTo(200);
    }

    @Test
    void thePublicFormAsksWhatTheInstitutionRequiresAndTheTrackingPageSpeaksItsWords() throws Exception {
        JsonObject changed = Json.createObjectBuilder(originalForm)
                .add("fields", Json.createObjectBuilder(originalForm.getJsonObject("fields"))
                        .add("priority", "REQUIRED").add("contactEmail", "REQUIRED").add("organisation", "HIDDEN"))
                .add("priorities", Json.createArrayBuilder()
                        .add(priority("LOW", false, "一般", "Routine"))
                        .add(priority("NORMAL", true, "常规", "Standard"))
                        .add(priority("HIGH", true, "加急", "Expedited"))
                        .add(priority("URGENT", false, "特急", "Critical")))
                .add("tracking", Json.createObjectBuilder().add("introZh", "感谢您联系东湖分析测试中心。")
                        .add("introEn", "Thank you for contacting Donghu.").add("contactZh", "客服热线 027-8765-4321")
                        .add("contactEn", "Hotline +86 27 8765 4321"))
                .build();
        HttpResponse<String> saved = Api.call("PUT", "/api/v1/intake/form", ADMIN, changed.toString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

        HttpClient client = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.41"))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = get(client, "/t/donghu-atc/request?lang=zh-CN").body();
        assertThat(page).contains("name=\"priority\"", ">加急<", ">常规<").doesNotContain(">特急<")
                .doesNotContain("name=\"organisation\"");
        assertThat(page.replaceAll("\\s+", " ")).contains("电子邮箱 <span class=\"ld-required\">*</span>");

        Map<String, String> request = new LinkedHashMap<>();
        request.put("type", "CONSULTATION");
        request.put("subject", "水质检测周期咨询");
        request.put("description", "想了解地表水全分析的检测周期。");
        request.put("organisation", "不应保存的单位");
        request.put("contactName", "吴敏");
        request.put("contactPhone", "13900002222");
        HttpResponse<String> refused = post(client, request);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"contactEmail-error\">请填写此项", "id=\"priority-error\">请填写此项");

        request.put("contactEmail", "wu.min@hyhb.example.cn");
        request.put("priority", "URGENT");
        assertThat(post(client, request).body()).contains("id=\"priority-error\">请选择本机构提供的优先级");

        request.put("priority", "HIGH");
        HttpResponse<String> filed = post(client, request);
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(303);
        String tracking = get(client, filed.headers().firstValue("Location").orElseThrow()).body();
        assertThat(tracking).contains("id=\"tracking-intro\">感谢您联系东湖分析测试中心。",
                "id=\"tracking-contact\">客服热线 027-8765-4321");
        String number = tracking.replaceFirst("(?s).*<span id=\"request-number\">([^<]+)</span>.*", "$1");
        JsonObject stored = Api.array(Api.call("GET", "/api/v1/requests", STAFF, null)).getValuesAs(JsonObject.class)
                .stream().filter(r -> r.getString("number").equals(number)).findFirst().orElseThrow();
        JsonObject full = Api.json(Api.call("GET", "/api/v1/requests/" + stored.getString("id"), STAFF, null));
        assertThat(full.getString("priority")).isEqualTo("HIGH");
        assertThat(full.get("organisation")).isIn(null, jakarta.json.JsonValue.NULL);

        // Staff may not record a priority the institution does not offer either.
        HttpResponse<String> staff = Api.call("POST", "/api/v1/requests", STAFF, """
                {"type":"CONSULTATION","priority":"URGENT","channel":"PHONE","subject":"电话咨询",
                 "description":"检测周期","contactName":"周强","contactPhone":"13900001111"}""", "zh-CN", null);
        assertThat(staff.statusCode()).isEqualTo(400);
        assertThat(Api.json(staff).getJsonObject("fields").getString("priority"))
                .isEqualTo("请选择本机构提供的优先级");

        // The other institution's form is its own.
        assertThat(get(client, "/t/hengzhun-cal/request?lang=zh-CN").body()).contains("name=\"organisation\"")
                .doesNotContain("name=\"priority\"");
        JsonObject change = Api.array(Api.call("GET", "/api/v1/modules/history?area=intake-form&limit=1", ADMIN,
                null)).getJsonObject(0);
        assertThat(change.getString("after")).contains("客服热线");
    }

    @Test
    void aFormThatLeavesCustomersUnreachableIsRefusedInTheCallersLanguageAndAStaleOneConflicts() throws Exception {
        JsonObject unreachable = Json.createObjectBuilder(originalForm)
                .add("fields", Json.createObjectBuilder(originalForm.getJsonObject("fields"))
                        .add("contactPhone", "HIDDEN").add("contactEmail", "HIDDEN"))
                .add("defaultPriority", "NOPE").build();
        HttpResponse<String> refused = Api.call("PUT", "/api/v1/intake/form", ADMIN, unreachable.toString(),
                "zh-CN", null);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Api.json(refused).getJsonObject("fields").getString("fields.contactEmail"))
                .isEqualTo("请至少询问电话或电子邮箱，否则无法联系客户");
        assertThat(Api.json(refused).getJsonObject("fields")).containsKey("defaultPriority");
        assertThat(form()).isEqualTo(originalForm);

        assertThat(Api.call("PUT", "/api/v1/intake/form", STAFF, originalForm.toString()).statusCode())
                .isEqualTo(403);
        JsonObject stale = Json.createObjectBuilder(originalForm)
                .add("version", originalForm.getJsonNumber("version").longValue() + 7).build();
        assertThat(Api.call("PUT", "/api/v1/intake/form", ADMIN, stale.toString()).statusCode()).isEqualTo(409);
    }

    @Test
    void anAddedRequestTypeIsOfferedUntilItIsDeactivatedAndCodesAreChecked() throws Exception {
        String code = "WATER_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
        HttpResponse<String> added = Api.call("POST", "/api/v1/request-types", ADMIN, "{\"code\":\"" + code
                + "\",\"nameZh\":\"水质在线监测比对\",\"nameEn\":\"Online water monitor comparison\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        HttpClient client = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.42")).build();
        assertThat(get(client, "/t/donghu-atc/request?lang=zh-CN").body()).contains("水质在线监测比对");
        assertThat(get(client, "/t/hengzhun-cal/request?lang=zh-CN").body()).doesNotContain("水质在线监测比对");

        JsonObject type = Api.json(added);
        HttpResponse<String> off = Api.call("PUT", "/api/v1/request-types/" + code, ADMIN,
                Json.createObjectBuilder(type).add("active", false).build().toString());
        assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
        assertThat(get(client, "/t/donghu-atc/request?lang=zh-CN").body()).doesNotContain("水质在线监测比对");
        assertThat(Api.call("PUT", "/api/v1/request-types/" + code, ADMIN, type.toString()).statusCode())
                .isEqualTo(409);

        HttpResponse<String> bad = Api.call("POST", "/api/v1/request-types", ADMIN,
                "{\"code\":\"water test\",\"nameZh\":\"\",\"nameEn\":\"x\"}", "zh-CN", null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Api.json(bad).getJsonObject("fields").getString("nameZh")).isEqualTo("名称须为 1 至 200 个字符");
        assertThat(Api.json(bad).getJsonObject("fields")).containsKey("code");
        assertThat(Api.call("POST", "/api/v1/request-types", STAFF, "{\"code\":\"X_Y\",\"nameZh\":\"x\","
                + "\"nameEn\":\"x\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void theBrandColoursAndLogoTheInstitutionsPagesOnlyAndBadInputIsRefused() throws Exception {
        JsonObject brand = Api.json(Api.call("GET", "/api/v1/brand", ADMIN, null));
        HttpResponse<String> bad = Api.call("PUT", "/api/v1/brand", ADMIN, "{\"primaryColour\":\"green\","
                + "\"version\":" + brand.getJsonNumber("version") + "}", "zh-CN", null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Api.json(bad).getJsonObject("fields").getString("primaryColour")).startsWith("颜色格式为 #RRGGBB");
        HttpResponse<String> coloured = Api.call("PUT", "/api/v1/brand", ADMIN, "{\"primaryColour\":\"#0B6E4F\","
                + "\"version\":" + brand.getJsonNumber("version") + "}");
        assertThat(coloured.statusCode()).as(coloured.body()).isEqualTo(200);
        assertThat(Api.json(coloured).getJsonObject("tokens").getString("--lumo-primary-color")).isEqualTo("#0b6e4f");

        HttpResponse<String> svg = logo("<svg onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8),
                Api.json(coloured).getJsonNumber("version").longValue());
        assertThat(svg.statusCode()).isEqualTo(400);
        HttpResponse<String> uploaded = logo(PNG, Api.json(coloured).getJsonNumber("version").longValue());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);

        HttpClient client = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.43")).build();
        String page = get(client, "/t/donghu-atc/request").body();
        assertThat(page).contains("href=\"/t/donghu-atc/brand.css", "id=\"brand-logo\"");
        assertThat(get(client, "/t/donghu-atc/brand.css").body()).contains("--ld-primary: #0b6e4f");
        HttpResponse<byte[]> served = client.send(HttpRequest.newBuilder(URI.create(LabDeskDeployment.baseUrl()
                + "/t/donghu-atc/logo")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(served.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(served.body()).isEqualTo(PNG);
        assertThat(get(client, "/t/hengzhun-cal/request").body()).doesNotContain("brand.css", "brand-logo");
        assertThat(Api.call("PUT", "/api/v1/brand", OTHER_ADMIN, "{}").statusCode()).isEqualTo(409);

        try (Browser staff = new Browser()) {
            staff.driver.get(LabDeskDeployment.baseUrl() + "/");
            staff.signIn(STAFF, Keycloak.DEMO_PASSWORD);
            staff.await(By.id("brand-logo"));
            assertThat(primaryColour(staff)).isEqualTo("#0b6e4f");
        }
    }

    @Test
    void inTheBrowserTheAdminSetsTheColourAndMakesTheEmailRequired() throws Exception {
        try (Browser admin = new Browser()) {
            admin.driver.get(LabDeskDeployment.baseUrl() + "/admin/brand");
            admin.signIn(ADMIN, Keycloak.DEMO_PASSWORD);
            admin.type("brand-colour", "teal");
            admin.click("save-colour");
            admin.awaitAttribute(By.id("brand-colour"), "invalid");
            assertThat(admin.await(By.id("brand-colour")).getText()).contains("颜色格式为 #RRGGBB");
            // The browser's own colour picker: what it picks shows in the hex field and is what is saved.
            ((JavascriptExecutor) admin.driver).executeScript("arguments[0].value = '#8a1538';"
                    + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                    + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                    admin.present(By.id("brand-colour-picker")));
            new org.openqa.selenium.support.ui.WebDriverWait(admin.driver, java.time.Duration.ofSeconds(15))
                    .until(d -> "#8a1538".equals(d.findElement(By.id("brand-colour")).getDomProperty("value")));
            admin.click("save-colour");
            admin.awaitTextContaining(By.tagName("vaadin-notification-card"), "已保存");
            new org.openqa.selenium.support.ui.WebDriverWait(admin.driver, java.time.Duration.ofSeconds(15))
                    .until(d -> "#8a1538".equals(primaryColour(admin)));
            admin.type("brand-colour", "#0b6e4f");
            new org.openqa.selenium.support.ui.WebDriverWait(admin.driver, java.time.Duration.ofSeconds(15))
                    .until(d -> "#0b6e4f".equals(d.findElement(By.id("brand-colour-picker")).getDomProperty("value")));
            admin.type("brand-colour", "#8a1538");

            java.nio.file.Path png = java.nio.file.Files.createTempDirectory("logo").resolve("logo.png");
            java.nio.file.Files.write(png, PNG);
            org.openqa.selenium.WebElement file = admin.present(By.id("logo-upload")).getShadowRoot()
                    .findElement(By.cssSelector("input[type=file]"));
            ((JavascriptExecutor) admin.driver).executeScript(
                    "arguments[0].hidden = false; arguments[0].style.display = 'block';", file);
            file.sendKeys(png.toString());
            admin.await(By.cssSelector("#logo-preview img"));
            admin.awaitTextContaining(By.tagName("vaadin-notification-card"), "标志已保存");
            assertThat(uploadedFiles(admin)).isEqualTo(1);
            admin.screenshot("brand-colour");
            admin.click("remove-logo");
            admin.awaitText(By.id("logo-preview"), "尚无标志");
            new org.openqa.selenium.support.ui.WebDriverWait(admin.driver, java.time.Duration.ofSeconds(15))
                    .until(d -> uploadedFiles(admin) == 0);

            admin.driver.get(LabDeskDeployment.baseUrl() + "/admin/intake");
            admin.choose("rule-contactEmail", "必填");
            admin.type("tracking-introZh", "我们将在一个工作日内与您联系。");
            admin.click("save-intake");
            admin.awaitTextContaining(By.tagName("vaadin-notification-card"), "已保存");
            admin.screenshot("intake-form");

            // The settings history shows the change field by field, translated, by whom: no raw JSON.
            admin.driver.get(LabDeskDeployment.baseUrl() + "/admin/settings-history");
            WebElement newest = admin.await(By.cssSelector("#settings-history .labdesk-change"));
            assertThat(newest.getText()).contains("公开表单与跟踪页面", "张伟").doesNotContain("{", "zhang.wei");
            assertThat(changed(newest, "公开表单 · 电子邮箱")).containsExactly("选填", "必填");
            assertThat(changed(newest, "跟踪页面 · 引言（中文）")).containsExactly("—", "我们将在一个工作日内与您联系。");
            admin.screenshot("settings-history");
        }
        JsonObject saved = form();
        assertThat(saved.getJsonObject("fields").getString("contactEmail")).isEqualTo("REQUIRED");
        assertThat(saved.getJsonObject("tracking").getString("introZh")).isEqualTo("我们将在一个工作日内与您联系。");
        HttpClient client = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.44")).build();
        assertThat(get(client, "/t/donghu-atc/brand.css").body()).contains("#8a1538");
    }

    /** The rows of the logo upload's file list. */
    private static long uploadedFiles(Browser browser) {
        return ((Number) ((JavascriptExecutor) browser.driver).executeScript(
                "return document.getElementById('logo-upload').files.length")).longValue();
    }

    /** The before and after shown for the field labelled {@code label} in a settings history entry. */
    private static java.util.List<String> changed(WebElement change, String label) {
        WebElement field = change.findElements(By.cssSelector(".labdesk-change-label")).stream()
                .filter(l -> label.equals(l.getText().strip())).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + label + " in " + change.getText()));
        return field.findElements(By.xpath("following-sibling::span[position() <= 2]")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    private static String primaryColour(Browser browser) {
        return String.valueOf(((JavascriptExecutor) browser.driver).executeScript(
                "return getComputedStyle(document.body).getPropertyValue('--lumo-primary-color').trim()"));
    }

    private static JsonObject priority(String priority, boolean offered, String zh, String en) {
        return Json.createObjectBuilder().add("priority", priority).add("offered", offered).add("nameZh", zh)
                .add("nameEn", en).build();
    }

    private static JsonObject form() throws Exception {
        HttpResponse<String> response = Api.call("GET", "/api/v1/intake/form", ADMIN, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.json(response);
    }

    private static HttpResponse<String> logo(byte[] content, long version) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(LabDeskDeployment.baseUrl()
                        + "/api/v1/brand/logo?version=" + version))
                .header("Authorization", "Bearer " + Keycloak.accessToken(ADMIN))
                .header("Accept", "application/json").header("Content-Type", "image/png")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(LabDeskDeployment.baseUrl() + path))
                .header("Accept-Language", "zh-CN").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient client, Map<String, String> fields) throws Exception {
        Map<String, String> withKey = new LinkedHashMap<>(fields);
        withKey.put("formKey", UUID.randomUUID().toString());
        String body = withKey.entrySet().stream().map(e -> e.getKey() + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(LabDeskDeployment.baseUrl()
                        + "/t/donghu-atc/request?lang=zh-CN"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
