package io.labdesk.modules.instruments.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.testkit.Api;
import io.labdesk.testkit.Browser;
import io.labdesk.testkit.CustomerPages;
import io.labdesk.testkit.Keycloak;
import io.labdesk.testkit.LabDeskDeployment;
import io.labdesk.testkit.Mailbox;
import io.labdesk.testkit.TestDatabase;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The instrument service module over REST on donghu-atc (switched on for the test, off again after): an
 * out-of-warranty repair quoted in materials only and accepted by link, parts ordered, the engineer on site, the
 * work done with a fitted part that starts its own warranty, a refund; an in-warranty maintenance case made
 * chargeable by misuse; the register exported and imported; another institution's case not found; the module off.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InstrumentServiceIT {

    private static final String ADMIN = "zhang.wei";      // tenant admin and quality manager: quotes, refunds
    private static final String SERVICE = "li.na";        // customer service: registers, opens cases
    private static final String ENGINEER = "wang.fang";   // tester and technical manager: diagnoses, repairs
    private static final String OTHER_ADMIN = "chen.jie"; // hengzhun-cal's admin
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LabDeskDeployment.war();
    }

    @BeforeEach
    void moduleOn() throws Exception {
        Api.switchModule(ADMIN, "instruments", true);
    }

    @AfterEach
    void moduleOff() throws Exception {
        Api.switchModule(ADMIN, "instruments", false);
        Api.switchModule(OTHER_ADMIN, "instruments", false);
    }

    @Test
    void anOutOfWarrantyRepairIsQuotedInMaterialsAcceptedByLinkAndRepairedWithPartsOnSite() throws Exception {
        String serial = "ICP-" + UUID.randomUUID().toString().substring(0, 8);
        String email = "zhou.qiang." + serial.toLowerCase() + "@whsy.example.cn";
        assertThat(Api.call("POST", "/api/v1/instruments", ENGINEER, instrument(serial, 3, email)).statusCode())
                .as("registering is customer service's").isEqualTo(403);
        JsonObject instrument = created(Api.call("POST", "/api/v1/instruments", SERVICE, instrument(serial, 3, email)));
        assertThat(instrument.getJsonObject("warrantyToday").getString("standing")).isEqualTo("OUT_OF_WARRANTY");
        HttpResponse<String> twice = Api.call("POST", "/api/v1/instruments", SERVICE, instrument(serial, 3, email),
                "zh-CN", null);
        assertThat(Api.json(twice).getJsonObject("fields").getString("serialNumber")).contains("已登记");

        JsonObject request = fileRequest("REPAIR", email, false);
        JsonObject serviceCase = created(Api.call("POST", "/api/v1/service-cases", SERVICE, """
                {"requestNumber":"%s","instrument":"%s","fault":"等离子体无法点燃，报错 E-204。"}"""
                .formatted(request.getString("number"), instrument.getString("id"))));
        String path = "/api/v1/service-cases/" + serviceCase.getString("id");
        assertThat(serviceCase.getString("warranty")).isEqualTo("OUT_OF_WARRANTY");
        assertThat(serviceCase.getBoolean("chargeable")).isTrue();
        assertThat(serviceCase.getString("warrantyReasonZh")).contains("保修期至", "已过");
        assertThat(deadline(serviceCase, "PROPOSAL").getString("state")).isEqualTo("ON_TRACK");
        String number = serviceCase.getString("number");
        assertThat(Mailbox.await(email, m -> m.subject().contains("服务单已受理 " + number)).body())
                .contains("已过保修期");

        serviceCase = ok(Api.call("PUT", path + "/diagnosis", ENGINEER, "{\"diagnosis\":\"射频线圈烧蚀，需更换。\","
                + "\"way\":\"PARTS_THEN_ON_SITE\"," + version(serviceCase)));
        assertThat(deadline(serviceCase, "PROPOSAL").getString("state")).isEqualTo("MET");
        assertThat(deadline(serviceCase, "ON_SITE").getString("state")).isEqualTo("ON_TRACK");
        HttpResponse<String> early = Api.call("POST", path + "/parts-order", ENGINEER, "{\"parts\":\"射频线圈\","
                + version(serviceCase), "en", null);
        assertThat(early.statusCode()).as("no chargeable work before the quote").isEqualTo(400);
        assertThat(Api.json(early).getJsonObject("fields").getString("status"))
                .isEqualTo("Chargeable work starts only once the customer accepted the quote.");

        String labour = "{\"lines\":[{\"kind\":\"PARTS\",\"description\":\"射频线圈\",\"quantity\":1,\"unitPrice\":2600},"
                + "{\"kind\":\"LABOUR\",\"description\":\"更换\",\"quantity\":2,\"unitPrice\":300}]," + version(serviceCase);
        assertThat(Api.call("POST", path + "/quote", SERVICE, labour).statusCode()).as("quoting is a manager's")
                .isEqualTo(403);
        HttpResponse<String> noLabour = Api.call("POST", path + "/quote", ADMIN, labour, "en", null);
        assertThat(Api.json(noLabour).getJsonObject("fields").getString("lines"))
                .isEqualTo("After the warranty only materials are charged: no labour.");
        serviceCase = ok(Api.call("POST", path + "/quote", ADMIN, "{\"lines\":[{\"kind\":\"PARTS\","
                + "\"description\":\"射频线圈\",\"quantity\":1,\"unitPrice\":2600}]," + version(serviceCase)));
        assertThat(serviceCase.getString("status")).isEqualTo("AWAITING_ACCEPTANCE");
        assertThat(serviceCase.getJsonArray("quotes").getJsonObject(0).getJsonNumber("total").bigDecimalValue())
                .isEqualByComparingTo("2600");

        String mail = Mailbox.await(email, m -> m.subject().contains("服务报价 QT-")).body();
        assertThat(mail).contains("2600.00 CNY");
        String quote = mail.replaceAll("(?s).*(/t/donghu-atc/quote\\?key=[A-Za-z0-9_-]{43}).*", "$1");
        HttpClient client = CustomerPages.from("127.0.0.71");
        HttpResponse<String> page = CustomerPages.get(client, quote + "&lang=zh-CN");
        assertThat(page.body()).contains("材料/配件：射频线圈", "2600.00 CNY");
        String key = quote.substring(quote.indexOf("key=") + 4);
        assertThat(CustomerPages.submit(client, "/t/donghu-atc/quote?lang=zh-CN", Map.of("key", key, "answer",
                "accept")).body()).contains("您已接受报价");

        serviceCase = Api.json(Api.call("GET", path, ADMIN, null));
        assertThat(serviceCase.getString("status")).isEqualTo("READY");
        assertThat(Api.call("POST", path + "/parts-order", ENGINEER, "{\"parts\":\"射频线圈\",\"version\":0}")
                .statusCode()).as("a stale version").isEqualTo(409);
        serviceCase = ok(Api.call("POST", path + "/parts-order", ENGINEER, "{\"parts\":\"射频线圈 ×1\","
                + version(serviceCase)));
        assertThat(serviceCase.getString("status")).isEqualTo("PARTS_ORDERED");
        assertThat(deadline(serviceCase, "PARTS_REPAIR").getString("state")).isEqualTo("ON_TRACK");
        assertThat(Mailbox.await(email, m -> m.subject().contains("配件已订购 " + number)).body()).contains("前完成维修");
        serviceCase = ok(Api.call("POST", path + "/longer-cycle", ENGINEER, "{\"reason\":\"厂家缺货，预计延后 3 个工作日。\","
                + version(serviceCase)));
        assertThat(serviceCase.getBoolean("longerCycleInTime")).as("told before the deadline").isTrue();
        assertThat(Mailbox.await(email, m -> m.subject().contains("维修周期延长 " + number)).body()).contains("厂家缺货");

        HttpResponse<String> notThere = Api.call("POST", path + "/completion", ENGINEER, "{\"report\":\"已更换。\","
                + version(serviceCase), "en", null);
        assertThat(Api.json(notThere).getJsonObject("fields").getString("arrivedAt"))
                .isEqualTo("Record the engineer's arrival on site first.");
        serviceCase = ok(Api.call("POST", path + "/arrival", ENGINEER, "{\"engineer\":\"王芳\"," + version(serviceCase)));
        assertThat(deadline(serviceCase, "ON_SITE").getString("state")).isEqualTo("MET");
        serviceCase = ok(Api.call("POST", path + "/completion", ENGINEER, "{\"report\":\"更换射频线圈，点火正常，"
                + "校准通过。\",\"parts\":[{\"name\":\"射频线圈\",\"partNumber\":\"RF-7700\"}],"
                + "\"oldParts\":\"HANDED_OVER\"," + version(serviceCase)));
        assertThat(serviceCase.getString("status")).isEqualTo("WORK_DONE");
        assertThat(deadline(serviceCase, "PARTS_REPAIR").getString("state")).isEqualTo("MET");
        assertThat(Mailbox.await(email, m -> m.subject().contains("服务完成 " + number)).body()).contains("校准通过");

        // The fitted part is under its own warranty from today although the instrument's ended long ago.
        instrument = Api.json(Api.call("GET", "/api/v1/instruments/" + instrument.getString("id"), SERVICE, null));
        assertThat(instrument.getJsonArray("history").getJsonObject(0).getString("number")).isEqualTo(number);
        JsonObject part = instrument.getJsonArray("parts").getJsonObject(0);
        assertThat(part.getString("fittedOn")).isEqualTo(LocalDate.now(SHANGHAI).toString());
        JsonObject partWarranty = Api.json(Api.call("GET", "/api/v1/instruments/" + instrument.getString("id")
                + "/warranty?part=" + part.getString("id"), SERVICE, null));
        assertThat(partWarranty.getString("standing")).isEqualTo("IN_WARRANTY");
        assertThat(partWarranty.getString("basis")).isEqualTo("FITTED_PART");

        HttpResponse<String> unsigned = Api.call("POST", path + "/closure", ENGINEER, "{" + version(serviceCase),
                "en", null);
        assertThat(Api.json(unsigned).getJsonObject("fields").getString("signature"))
                .isEqualTo("A visit on site closes once the customer signed it off.");
        serviceCase = ok(Api.call("POST", path + "/sign-off", ENGINEER, "{\"name\":\"周强\",\"signature\":\""
                + signature() + "\"," + version(serviceCase)));
        String sha = serviceCase.getString("signatureSha256");
        assertThat(sha).matches("[0-9a-f]{64}");
        serviceCase = ok(Api.call("POST", path + "/closure", ENGINEER, "{" + version(serviceCase)));
        assertThat(serviceCase.getString("status")).isEqualTo("CLOSED");
        Mailbox.Mail closed = Mailbox.await(email, m -> m.subject().contains("服务报告 " + number));
        assertThat(Api.pdfText(closed.attachments().get(0).content())).contains("仪器服务报告", serial, "射频线圈",
                "RF-7700", "已交还客户", "周强", sha);
        assertThat(Api.pdfText(Api.download(path + "/report.pdf?lang=en", ADMIN, "application/pdf")))
                .contains("Service report", "Handed to the customer", "Parts ordered, then on site");
        HttpResponse<String> tooMuch = Api.call("POST", path + "/refunds", ADMIN,
                "{\"amount\":3000,\"reason\":\"多收\"}", "en", null);
        assertThat(Api.json(tooMuch).getJsonObject("fields").getString("refund"))
                .isEqualTo("A refund cannot exceed what the customer accepted to pay.");
        serviceCase = ok(Api.call("POST", path + "/refunds", ADMIN, "{\"amount\":200,\"reason\":\"线圈按协议价结算，退还差价。\"}"));
        JsonObject refund = serviceCase.getJsonArray("refunds").getJsonObject(0);
        assertThat(refund.getString("status")).isEqualTo("OWED");
        serviceCase = ok(Api.call("POST", path + "/refunds/" + refund.getString("id") + "/payment", ADMIN,
                "{\"paidOn\":\"" + LocalDate.now(SHANGHAI) + "\",\"reference\":\"TX-1\",\"version\":"
                        + refund.getJsonNumber("version").longValue() + "}"));
        assertThat(serviceCase.getJsonArray("refunds").getJsonObject(0).getString("status")).isEqualTo("PAID");

        // The dashboard counts it: the repair with parts has its cycle, each figure opening the cases it counts.
        String period = "from=" + LocalDate.now(SHANGHAI) + "&to=" + LocalDate.now(SHANGHAI).plusDays(1);
        JsonObject section = Api.array(Api.call("GET", "/api/v1/kpis/modules?" + period, ADMIN, null))
                .getValuesAs(JsonObject.class).stream().filter(m -> m.getString("module").equals("instruments"))
                .findFirst().orElseThrow().getJsonObject("section");
        JsonObject cycle = figure(section, "instrument-parts-cycle");
        assertThat(cycle.getString("value")).as("median / p90 in days").matches("\\d+\\.\\d / \\d+\\.\\d");
        JsonObject charged = figure(section, "instrument-cases-charged");
        assertThat(charged.getString("value")).endsWith("%").isNotEqualTo("0.0 %");
        assertThat(charged.getString("link")).contains("service-cases?from=", "facet=CHARGEABLE");
        assertThat(figure(section, "instrument-on-site-on-time").getString("value")).isNotEqualTo("—");
        assertThat(figure(section, "instrument-first-visit-fix").getString("value")).endsWith("%");

        // Another institution running the module does not find the case.
        Api.switchModule(OTHER_ADMIN, "instruments", true);
        assertThat(Api.call("GET", path, OTHER_ADMIN, null).statusCode()).isEqualTo(404);
        assertThat(Api.call("GET", "/api/v1/instruments/" + instrument.getString("id"), OTHER_ADMIN, null)
                .statusCode()).isEqualTo(404);
    }

    @Test
    void anInWarrantyMaintenanceCaseBecomesChargeableWhenMisuseIsFoundAndChargesLabourToo() throws Exception {
        String serial = "GC-" + UUID.randomUUID().toString().substring(0, 8);
        String email = "he.li." + serial.toLowerCase() + "@jhhg.example.cn";
        JsonObject instrument = created(Api.call("POST", "/api/v1/instruments", SERVICE, instrument(serial, 0, email)));
        assertThat(instrument.getJsonObject("warrantyToday").getString("standing")).isEqualTo("IN_WARRANTY");
        assertThat(instrument.getJsonObject("warrantyToday").getString("basis")).isEqualTo("SERIAL_NUMBER");

        JsonObject request = fileRequest("MAINTENANCE", email, true);
        JsonObject serviceCase = created(Api.call("POST", "/api/v1/service-cases", SERVICE, """
                {"requestNumber":"%s","instrument":"%s","fault":"定期保养时发现进样口损坏，仪器停机。"}"""
                .formatted(request.getString("number"), instrument.getString("id"))));
        assertThat(serviceCase.getString("kind")).isEqualTo("MAINTENANCE");
        assertThat(serviceCase.getBoolean("chargeable")).isFalse();
        assertThat(serviceCase.getBoolean("instrumentDown")).as("the request's emergency").isTrue();
        assertThat(serviceCase.getBoolean("localArea")).isFalse();
        assertThat(deadline(serviceCase, "ON_SITE").getString("state")).as("an instrument down").isEqualTo("ON_TRACK");
        String path = "/api/v1/service-cases/" + serviceCase.getString("id");

        serviceCase = ok(Api.call("PUT", path + "/diagnosis", ENGINEER, "{\"diagnosis\":\"进样口被擅自改装的接头损坏。\","
                + "\"way\":\"ON_SITE\",\"exclusion\":\"MODIFICATION\"," + version(serviceCase)));
        assertThat(serviceCase.getString("warranty")).isEqualTo("IN_WARRANTY");
        assertThat(serviceCase.getBoolean("chargeable")).isTrue();
        assertThat(serviceCase.getString("exclusion")).isEqualTo("MODIFICATION");
        assertThat(serviceCase.getString("warrantyReasonEn")).contains("modification", "does not cover");
        serviceCase = ok(Api.call("POST", path + "/quote", ADMIN, "{\"lines\":[{\"kind\":\"LABOUR\","
                + "\"description\":\"拆除改装接头并更换进样口\",\"quantity\":1,\"unitPrice\":800},{\"kind\":\"TRAVEL\","
                + "\"description\":\"长沙往返\",\"quantity\":1,\"unitPrice\":500}]," + version(serviceCase)));
        assertThat(serviceCase.getJsonArray("quotes").getJsonObject(0).getJsonNumber("total").bigDecimalValue())
                .isEqualByComparingTo("1300");
    }

    @Test
    void aReplacementTheFactoryRefusesGoesBackToChoosingAWayAndBecomesAFactoryReturnOnItsCycle() throws Exception {
        String serial = "AAS-" + UUID.randomUUID().toString().substring(0, 8);
        String email = "tang.hui." + serial.toLowerCase() + "@hbjc.example.cn";
        JsonObject instrument = created(Api.call("POST", "/api/v1/instruments", SERVICE, instrument(serial, 0, email)));
        JsonObject request = fileRequest("REPLACEMENT", email, false);
        JsonObject serviceCase = created(Api.call("POST", "/api/v1/service-cases", SERVICE, """
                {"requestNumber":"%s","instrument":"%s","fault":"开箱即发现主板故障，要求更换。"}"""
                .formatted(request.getString("number"), instrument.getString("id"))));
        String path = "/api/v1/service-cases/" + serviceCase.getString("id");
        serviceCase = ok(Api.call("PUT", path + "/diagnosis", ENGINEER, "{\"diagnosis\":\"主板故障，属质量问题。\","
                + "\"way\":\"FACTORY_REPLACEMENT\"," + version(serviceCase)));
        HttpResponse<String> unapproved = Api.call("POST", path + "/factory-return", ENGINEER, "{" + version(serviceCase),
                "en", null);
        assertThat(unapproved.statusCode()).as("no replacement before approval").isEqualTo(400);
        assertThat(Api.json(unapproved).getJsonObject("fields").getString("approval"))
                .isEqualTo("A replacement through the factory needs a manager's approval and the factory's consent.");
        assertThat(Api.call("POST", path + "/replacement-approval", SERVICE, "{" + version(serviceCase)).statusCode())
                .as("approval is a manager's").isEqualTo(403);
        serviceCase = ok(Api.call("POST", path + "/replacement-approval", ENGINEER, "{" + version(serviceCase)));
        assertThat(serviceCase.getString("replacementApprovedBy")).isEqualTo(ENGINEER);
        serviceCase = ok(Api.call("POST", path + "/factory-answer", ENGINEER, "{\"accepted\":false,"
                + "\"answer\":\"厂家认为可维修，不同意更换。\"," + version(serviceCase)));
        assertThat(serviceCase.getString("status")).isEqualTo("OPEN");
        assertThat(serviceCase.isNull("way")).as("back to choosing a way").isTrue();
        String number = serviceCase.getString("number");
        assertThat(Mailbox.await(email, m -> m.subject().contains("更换未获厂家同意 " + number)).body())
                .contains("厂家认为可维修");

        serviceCase = ok(Api.call("PUT", path + "/diagnosis", ENGINEER, "{\"diagnosis\":\"主板返厂维修。\","
                + "\"way\":\"FACTORY_RETURN\"," + version(serviceCase)));
        assertThat(serviceCase.getString("status")).as("covered: no quote").isEqualTo("READY");
        serviceCase = ok(Api.call("POST", path + "/factory-return", ENGINEER, "{" + version(serviceCase)));
        assertThat(serviceCase.getString("status")).isEqualTo("AT_FACTORY");
        assertThat(deadline(serviceCase, "FACTORY_RETURN").getString("state")).isEqualTo("ON_TRACK");
        assertThat(Mailbox.await(email, m -> m.subject().contains("仪器已返厂 " + number)).body()).contains("前完成");

        // The cycle runs out before anyone told the customer: the platform's watch warns the engineers, and the
        // longer cycle told now is recorded as told too late.
        TestDatabase.execute("UPDATE tracked_deadline SET due_at = now() - interval '1 minute', warn_at = now() - "
                + "interval '2 minutes', next_alert_at = now() WHERE subject_id = '" + serviceCase.getString("id")
                + "' AND name = 'FACTORY_RETURN'");
        assertThat(Mailbox.await("wang.fang@donghu-atc.example.cn", m -> m.subject().contains(number)).body())
                .contains("完成返厂维修");
        serviceCase = Api.json(Api.call("GET", path, ENGINEER, null));
        assertThat(deadline(serviceCase, "FACTORY_RETURN").getString("state")).isEqualTo("BREACHED");
        serviceCase = ok(Api.call("POST", path + "/longer-cycle", ENGINEER, "{\"reason\":\"厂家排产延误。\","
                + version(serviceCase)));
        assertThat(serviceCase.getBoolean("longerCycleInTime")).as("told after the deadline").isFalse();
    }

    @Test
    void anEngineerOpensACaseFromTheRequestPageAndCompletesTheVisitOnAPhone() throws Exception {
        String serial = "TOC-" + UUID.randomUUID().toString().substring(0, 8);
        String email = "lu.yan." + serial.toLowerCase() + "@dhhj.example.cn";
        created(Api.call("POST", "/api/v1/instruments", SERVICE, instrument(serial, 0, email)));
        JsonObject request = fileRequest("REPAIR", email, false);
        try (Browser engineer = new Browser()) {
            engineer.driver.get(LabDeskDeployment.baseUrl() + "/requests/" + request.getString("id"));
            engineer.signIn(ENGINEER, Keycloak.DEMO_PASSWORD);
            engineer.click("module-start-instruments");
            engineer.pick("new-service-case-instrument", serial);
            engineer.type("new-service-case-fault", "总有机碳读数漂移。");
            engineer.click("new-service-case-open");
            engineer.awaitTextContaining(By.id("service-case-warranty"), "保修期内");
            engineer.phone();
            engineer.type("service-case-diagnosis", "检测器光源老化。");
            engineer.pick("service-case-way-choice", "上门服务");
            engineer.click("service-case-diagnose");
            engineer.awaitTextContaining(By.id("service-case-way"), "上门服务");
            engineer.click("service-case-arrived");
            engineer.type("service-case-report", "更换光源并校准，读数稳定。");
            engineer.type("service-case-fitted", "氘灯");
            engineer.pick("service-case-old-parts", "按客户意愿处置");
            engineer.click("service-case-done");
            engineer.awaitTextContaining(By.id("service-case-facts"), "按客户意愿处置");
            // The customer signs with a finger on the engineer's phone.
            WebElement pad = engineer.inView(engineer.present(By.id("service-case-signature")));
            new Actions(engineer.driver).moveToElement(pad, -90, 10).clickAndHold().moveByOffset(30, -25)
                    .moveByOffset(30, 35).moveByOffset(40, -20).moveByOffset(30, 15).release().perform();
            engineer.type("service-case-signer", "陆燕");
            engineer.screenshot("instrument-case-signature-drawn");
            engineer.click("service-case-sign");
            engineer.awaitTextContaining(By.id("service-case-signed"), "陆燕");
            engineer.screenshot("instrument-case-signed-on-a-phone");
            engineer.click("service-case-close");
            engineer.awaitTextContaining(By.id("service-case-facts"), "已结案");
            engineer.screenshot("instrument-case-closed-on-a-phone");
        }
        String number = Api.array(Api.call("GET", "/api/v1/service-cases?q=" + request.getString("number"), SERVICE,
                null)).getJsonObject(0).getString("number");
        assertThat(Mailbox.await(email, m -> m.subject().contains("服务完成 " + number)).body())
                .contains("更换光源并校准");
        JsonObject instrument = Api.array(Api.call("GET", "/api/v1/instruments?q=" + serial, SERVICE, null))
                .getJsonObject(0);
        instrument = Api.json(Api.call("GET", "/api/v1/instruments/" + instrument.getString("id"), SERVICE, null));
        assertThat(instrument.getJsonArray("parts").getJsonObject(0).getString("name")).isEqualTo("氘灯");
        assertThat(instrument.getJsonArray("history").getJsonObject(0).getString("status")).isEqualTo("CLOSED");
        Mailbox.Mail report = Mailbox.await(email, m -> m.subject().contains("服务报告 " + number));
        assertThat(Api.pdfText(report.attachments().get(0).content())).contains("陆燕", "签名（SHA-256", "氘灯");
    }

    /** A small signature as a canvas gives it: a PNG data URL. */
    private static String signature() throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(120, 40,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.BLUE);
        g.drawLine(5, 30, 60, 8);
        g.drawLine(60, 8, 115, 32);
        g.dispose();
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        return "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(png.toByteArray());
    }

    @Test
    void aMaintenancePlanDuringTheWarrantyAnnouncesTheVisitToTheCustomerAndPlansTheNext() throws Exception {
        String serial = "HPLC-" + UUID.randomUUID().toString().substring(0, 8);
        String email = "xu.ming." + serial.toLowerCase() + "@hdlab.example.cn";
        JsonObject instrument = created(Api.call("POST", "/api/v1/instruments", SERVICE, instrument(serial, 0, email)));
        String path = "/api/v1/instruments/" + instrument.getString("id") + "/maintenance-plan";
        LocalDate first = LocalDate.now(SHANGHAI).plusDays(3);
        JsonObject plan = ok(Api.call("PUT", path, ENGINEER, "{\"everyMonths\":3,\"firstDue\":\"" + first + "\"}"));
        assertThat(plan.getString("endsOn")).as("the warranty's last day")
                .isEqualTo(instrument.getJsonObject("warrantyToday").getString("coveredUntil"));
        assertThat(Mailbox.await(email, m -> m.subject().contains("定期维护保养提醒 " + serial)).body())
                .contains(first.toString());
        assertThat(Api.json(Api.call("GET", path, ENGINEER, null)).getString("nextDue"))
                .isEqualTo(first.plusMonths(3).toString());

        String old = "OLD-" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject outOfWarranty = created(Api.call("POST", "/api/v1/instruments", SERVICE, instrument(old, 3, email)));
        HttpResponse<String> refused = Api.call("PUT", "/api/v1/instruments/" + outOfWarranty.getString("id")
                + "/maintenance-plan", ENGINEER, "{\"everyMonths\":3}", "en", null);
        assertThat(Api.json(refused).getJsonObject("fields").getString("instrument"))
                .startsWith("Periodic maintenance is planned during the warranty");
    }

    @Test
    void theRegisterIsExportedAndImportedBackAsAWorkbookNamingWhatIsOnRecordAlready() throws Exception {
        String serial = "XRF-" + UUID.randomUUID().toString().substring(0, 8);
        created(Api.call("POST", "/api/v1/instruments", SERVICE, instrument(serial, 1, "x@example.cn")));
        HttpResponse<byte[]> exported = bytes("GET", "/api/v1/instruments/register.xlsx", ADMIN, null, "zh-CN");
        assertThat(exported.statusCode()).isEqualTo(200);
        assertThat(new String(exported.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
        HttpResponse<byte[]> imported = bytes("POST", "/api/v1/instruments/register.xlsx", SERVICE, exported.body(),
                "zh-CN");
        String answer = new String(imported.body(), StandardCharsets.UTF_8);
        assertThat(imported.statusCode()).as(answer).isEqualTo(200);
        assertThat(answer).contains("\"added\":0", serial);
        byte[] csv = "序列号,型号\nX-1,Y\n".getBytes(StandardCharsets.UTF_8);
        assertThat(bytes("POST", "/api/v1/instruments/register.xlsx", SERVICE, csv, "zh-CN").statusCode())
                .isEqualTo(400);
        assertThat(bytes("POST", "/api/v1/instruments/register.xlsx", ENGINEER, exported.body(), "zh-CN")
                .statusCode()).as("importing is for those who register").isEqualTo(403);
    }

    @Test
    void aWarrantyNotProvableIsProvedOnceThePurchaseProofIsFiled() throws Exception {
        String serial = "PH-" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject instrument = created(Api.call("POST", "/api/v1/instruments", SERVICE,
                instrument(serial, 0, "x@example.cn").replace("\"soldByUs\":true", "\"soldByUs\":false")));
        assertThat(instrument.getJsonObject("warrantyToday").getString("standing")).isEqualTo("NOT_PROVABLE");
        String path = "/api/v1/instruments/" + instrument.getString("id") + "/purchase-proof?fileName=invoice.png";
        byte[] invoice = java.util.Base64.getDecoder().decode(signature().substring(signature().indexOf(',') + 1));
        assertThat(send("PUT", path + "&version=99", SERVICE, invoice).statusCode()).as("a stale version")
                .isEqualTo(409);
        HttpResponse<String> filed = send("PUT", path + "&version=" + instrument.getJsonNumber("version"), SERVICE,
                invoice);
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(200);
        instrument = Api.json(filed);
        assertThat(instrument.getBoolean("proofOnFile")).isTrue();
        assertThat(instrument.getString("proofSha256")).matches("[0-9a-f]{64}");
        assertThat(instrument.getJsonObject("warrantyToday").getString("standing")).isEqualTo("IN_WARRANTY");
        assertThat(instrument.getJsonObject("warrantyToday").getString("basis")).isEqualTo("PURCHASE_PROOF");
    }

    @Test
    void withTheModuleOffItsAddressesAreGone() throws Exception {
        Api.switchModule(ADMIN, "instruments", false);
        assertThat(Api.call("GET", "/api/v1/instruments", ADMIN, null).statusCode()).isEqualTo(404);
        assertThat(Api.call("GET", "/api/v1/service-cases", ADMIN, null).statusCode()).isEqualTo(404);
    }

    /** An instrument bought {@code yearsAgo} years ago (two months ago for 0), sold by the institution. */
    private static String instrument(String serial, int yearsAgo, String email) {
        LocalDate bought = yearsAgo == 0 ? LocalDate.now(SHANGHAI).minusMonths(2)
                : LocalDate.now(SHANGHAI).minusYears(yearsAgo);
        return """
                {"model":"iCAP RQ","serialNumber":"%s","productLine":"ICP-MS","customerName":"周强",
                 "customerOrganisation":"武汉水质研究所","customerEmail":"%s","purchaseDate":"%s","soldByUs":true,
                 "installedOn":"%s","place":"%s"}""".formatted(serial, email, bought, bought.plusDays(7),
                yearsAgo == 0 ? "湖南省长沙市岳麓区" : "湖北省武汉市洪山区珞喻路");
    }

    private static JsonObject fileRequest(String type, String email, boolean emergency) throws Exception {
        HttpResponse<String> response = Api.call("POST", "/api/v1/requests", SERVICE, """
                {"type":"%s","channel":"PHONE","emergency":%s,"subject":"仪器服务 %s","description":"客户来电报修。",
                 "organisation":"武汉水质研究所","contactName":"周强","contactPhone":"13912345678",
                 "contactEmail":"%s","language":"zh-CN"}""".formatted(type, emergency, UUID.randomUUID(), email));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Api.json(response).getJsonObject("request");
    }

    private static JsonObject figure(JsonObject section, String id) {
        return section.getJsonArray("figures").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + id + " in " + section));
    }

    private static JsonObject deadline(JsonObject serviceCase, String name) {
        return serviceCase.getJsonArray("deadlines").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no deadline " + name + " in " + serviceCase));
    }

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

    /** A file sent as bytes, answered in JSON. */
    private static HttpResponse<String> send(String method, String path, String user, byte[] body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(LabDeskDeployment.baseUrl() + path))
                .header("Authorization", "Bearer " + Keycloak.accessToken(user)).header("Accept", "application/json")
                .header("Content-Type", "application/octet-stream")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Api.json(response);
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.json(response);
    }

    /** The version field and the closing brace: {@code "version":3}. */
    private static String version(JsonObject record) {
        return "\"version\":" + record.getJsonNumber("version").longValue() + "}";
    }
}
