package io.labdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.testkit.Api;
import io.labdesk.testkit.Browser;
import io.labdesk.testkit.Keycloak;
import io.labdesk.testkit.LabDeskDeployment;
import io.labdesk.testkit.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What the next modules are built on, through the test-only probe module: it reads a service request by number
 * (contact masked; in full only with a logged view), adds its section to the request page and links back to it,
 * exports and imports its notes as a spreadsheet (refusing what is no workbook with a message in the caller's
 * language), draws a chart in its view, and its REST resources appear in the API's OpenAPI description.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ModuleFacadesIT {

    private static final String ADMIN_A = "zhang.wei";
    private static final String STAFF_A = "li.na";
    private static final String ADMIN_B = "chen.jie";
    private static final String STAFF_B = "liu.yang";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String INTAKE = """
            {"type":"TECHNICAL_QUESTION","channel":"PHONE","subject":"%s","description":"门面测试",
             "organisation":"东湖化学研究所","contactName":"钱多多","contactPhone":"13912345678",
             "contactEmail":"qian.duoduo@example.cn"}""";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LabDeskDeployment.war();
    }

    @BeforeEach
    void probeOnInAOffInB() throws Exception {
        assertThat(Api.call("PUT", "/api/v1/platform/tenants/hengzhun-cal/modules", "operator",
                "{\"modules\":null}").statusCode()).isEqualTo(200);
        switchProbe(ADMIN_A, true);
        switchProbe(ADMIN_B, false);
    }

    @Test
    void aModuleReadsARequestByNumberWithTheContactMaskedAndInFullOnlyWithALoggedView() throws Exception {
        JsonObject received = receive(STAFF_A);
        String number = received.getString("number");

        HttpResponse<String> read = Api.call("GET", "/api/v1/probe/requests/" + number, STAFF_A, null);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonObject facts = Api.json(read);
        assertThat(facts.getString("id")).isEqualTo(received.getString("id"));
        assertThat(facts.getString("typeCode")).isEqualTo("TECHNICAL_QUESTION");
        assertThat(facts.getJsonObject("type").getString("zh")).isEqualTo("检测结果、条件或方法的技术问题");
        assertThat(facts.getString("status")).isEqualTo("RECEIVED");
        assertThat(facts.getJsonObject("statusName").getString("zh")).isEqualTo("已登记");
        assertThat(facts.getJsonObject("statusName").getString("en")).isEqualTo("Received");
        assertThat(facts.getJsonObject("contact").getString("name")).isEqualTo("钱**");
        assertThat(facts.getJsonObject("contact").getString("phone")).isEqualTo("139****5678");
        assertThat(facts.getJsonObject("contact").getString("email")).isEqualTo("q***@example.cn");
        assertThat(facts.getJsonObject("contact").getString("organisation")).isEqualTo("东湖化学研究所");
        assertThat(facts.getString("link")).isEqualTo("requests/" + received.getString("id"));
        assertThat(facts.getString("assignee")).isEqualTo("null");
        assertThat(views(number)).as("reading the facts shows no personal data").isEqualTo("0");

        HttpResponse<String> contact = Api.call("GET", "/api/v1/probe/requests/" + number + "/contact", STAFF_A, null);
        assertThat(contact.statusCode()).as(contact.body()).isEqualTo(200);
        assertThat(Api.json(contact).getString("name")).isEqualTo("钱多多");
        assertThat(Api.json(contact).getString("phone")).isEqualTo("13912345678");
        assertThat(Api.json(contact).getString("email")).isEqualTo("qian.duoduo@example.cn");
        assertThat(views(number)).as("the full contact's view is logged").isEqualTo("1");
        assertThat(TestDatabase.value("SELECT e.actor FROM security_event e WHERE e.kind = 'PERSONAL_DATA_VIEWED' "
                + "AND e.subject = '" + number + "'")).isEqualTo(STAFF_A);

        // Numbers count per institution: B's number read in A finds A's own request of that number, or none.
        switchProbe(ADMIN_B, true);
        JsonObject inB = receive(STAFF_B);
        HttpResponse<String> asA = Api.call("GET", "/api/v1/probe/requests/" + inB.getString("number"), STAFF_A, null);
        assertThat(asA.statusCode()).isIn(200, 404);
        if (asA.statusCode() == 200) {
            assertThat(Api.json(asA).getString("id")).isNotEqualTo(inB.getString("id"));
        }
        HttpResponse<String> asB = Api.call("GET", "/api/v1/probe/requests/" + inB.getString("number"), STAFF_B, null);
        assertThat(Api.json(asB).getString("id")).isEqualTo(inB.getString("id"));
        assertThat(Api.call("GET", "/api/v1/probe/requests/SR-1999-999999", STAFF_A, null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void notesGoOutAsAWorkbookAndComeBackInWhileWhatIsNoWorkbookIsRefusedInTheCallersLanguage() throws Exception {
        String note = "表格-" + System.nanoTime();
        assertThat(Api.call("POST", "/api/v1/probe/notes", ADMIN_A, "{\"text\":\"" + note + "\"}").statusCode())
                .isEqualTo(200);

        HttpResponse<byte[]> exported = bytes("GET", "/api/v1/probe/notes.xlsx", STAFF_A, null, "en");
        assertThat(exported.statusCode()).isEqualTo(200);
        assertThat(exported.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(XLSX));
        assertThat(new String(exported.body(), 0, 2, StandardCharsets.US_ASCII)).as("a zip, as xlsx files are")
                .isEqualTo("PK");

        HttpResponse<byte[]> imported = bytes("POST", "/api/v1/probe/notes.xlsx", ADMIN_A, exported.body(), "en");
        assertThat(imported.statusCode()).as(new String(imported.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(strings(Api.array(Api.call("GET", "/api/v1/probe/notes", STAFF_A, null))))
                .contains("note:" + note, "imported:" + note);
        assertThat(bytes("POST", "/api/v1/probe/notes.xlsx", STAFF_A, exported.body(), "en").statusCode())
                .as("importing is for those who may write").isEqualTo(403);

        byte[] csv = ("Kind,Text\nnote," + note + "\n").getBytes(StandardCharsets.UTF_8);
        assertThat(message(bytes("POST", "/api/v1/probe/notes.xlsx", ADMIN_A, csv, "zh-CN")))
                .isEqualTo("该文件不是 Excel 工作簿（.xlsx），请另存为 .xlsx 后重试");
        assertThat(message(bytes("POST", "/api/v1/probe/notes.xlsx", ADMIN_A, csv, "en")))
                .isEqualTo("This is not an Excel workbook (.xlsx); save it as .xlsx and try again");
        byte[] tooLarge = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(exported.body(), 0, tooLarge, 0, exported.body().length);
        assertThat(message(bytes("POST", "/api/v1/probe/notes.xlsx", ADMIN_A, tooLarge, "zh-CN")))
                .isEqualTo("电子表格不得超过 5 MB、10,000 行");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOpenApiDescriptionListsTheProbesResourcesBesideThePlatformsOwn() throws Exception {
        HttpResponse<String> response = Api.call("GET", "/api/v1/openapi.yaml", STAFF_A, null, "en", null,
                "Accept", "application/yaml");
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> description = new Yaml(new SafeConstructor(new LoaderOptions())).load(response.body());
        assertThat(description.get("openapi")).isEqualTo("3.1.0");
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) description.get("paths");
        assertThat(paths).containsKeys("/calendar/deadline", "/members/{id}/roles", "/probe/notes",
                "/probe/notes.xlsx", "/probe/requests/{number}", "/probe/requests/{number}/contact", "/probe/settings");
        assertThat(paths.get("/probe/notes")).containsOnlyKeys("get", "post");
        Map<String, Object> read = (Map<String, Object>) paths.get("/probe/requests/{number}").get("get");
        assertThat(read.get("summary")).isEqualTo("A service request as the module reads it (contact masked)");
        assertThat(read.get("tags")).isEqualTo(List.of("probe"));
        assertThat(read.get("parameters").toString()).contains("name=number", "in=path", "required=true");
        Map<String, Object> importing = (Map<String, Object>) paths.get("/probe/notes.xlsx").get("post");
        assertThat(importing.get("requestBody").toString()).contains(XLSX, "binary");
        assertThat((List<Map<String, Object>>) description.get("tags"))
                .anySatisfy(tag -> assertThat(tag.get("name")).isEqualTo("probe"));
    }

    @Test
    void theRequestPageShowsTheProbesNotesAboutTheRequestAndTheProbesViewLinksBack() throws Exception {
        JsonObject received = receive(STAFF_A);
        String number = received.getString("number");
        String page = LabDeskDeployment.baseUrl() + "/requests/" + received.getString("id");
        try (Browser browser = new Browser()) {
            browser.driver.get(page);
            browser.signIn(STAFF_A, Keycloak.DEMO_PASSWORD);
            browser.awaitTextContaining(By.id("module-section-probe"), "received:" + number);
            assertThat(browser.await(By.id("module-section-probe")).getText()).contains("探针记录");
            browser.screenshot("module-section-on-request");

            browser.inView(browser.present(By.linkText("received:" + number))).click();
            browser.awaitTextContaining(By.id("probe-request"), number + " · 检测结果、条件或方法的技术问题 · 已登记 · 钱**");
            browser.awaitTextContaining(By.id("probe-notes"), "received:" + number);
            browser.click("probe-request-link");
            browser.awaitTextContaining(By.id("request-title"), number);

            // Its view draws a chart with the platform's chart component.
            browser.click("nav-probe");
            new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d ->
                    "true".equals(d.findElement(By.id("probe-chart")).getAttribute("data-drawn")));
            browser.screenshot("module-probe-chart");

            // Switched off, the module adds nothing to the request page.
            switchProbe(ADMIN_A, false);
            browser.driver.get(page);
            browser.awaitTextContaining(By.id("request-title"), number);
            assertThat(browser.driver.findElements(By.id("module-section-probe"))).isEmpty();
        }
    }

    /** Switches the probe module as {@code admin}, on the version last read, unless it already is so. */
    private static void switchProbe(String admin, boolean on) throws Exception {
        JsonObject probe = Api.json(Api.call("GET", "/api/v1/modules/probe", admin, null));
        if (probe.getBoolean("enabled") == on) {
            return;
        }
        HttpResponse<String> response = Api.call("PUT", "/api/v1/modules/probe/enabled", admin,
                "{\"enabled\":" + on + ",\"version\":" + probe.getJsonNumber("version").longValue() + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** A request received over the API as {@code user}. */
    private static JsonObject receive(String user) throws Exception {
        HttpResponse<String> response = Api.call("POST", "/api/v1/requests", user,
                INTAKE.formatted("门面-" + System.nanoTime()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Api.json(response).getJsonObject("request");
    }

    private static String views(String number) throws Exception {
        return TestDatabase.value("SELECT count(*)::text FROM security_event WHERE kind = 'PERSONAL_DATA_VIEWED' "
                + "AND subject = '" + number + "'");
    }

    /** A call whose body and answer are bytes (a workbook); the body goes as the xlsx type. */
    private static HttpResponse<byte[]> bytes(String method, String path, String user, byte[] body, String language)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(LabDeskDeployment.baseUrl() + path))
                .header("Authorization", "Bearer " + Keycloak.accessToken(user))
                .header("Accept", XLSX + ", application/json")
                .header("Accept-Language", language)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            request.header("Content-Type", XLSX);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String message(HttpResponse<byte[]> response) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(response.statusCode()).as(body).isEqualTo(400);
        return jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject().getJsonObject("fields")
                .getString("file");
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString::getString);
    }
}
