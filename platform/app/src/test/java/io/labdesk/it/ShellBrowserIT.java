package io.labdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.testkit.Api;
import io.labdesk.testkit.Browser;
import io.labdesk.testkit.Keycloak;
import io.labdesk.testkit.LabDeskDeployment;
import io.labdesk.testkit.TestDatabase;
import io.labdesk.testkit.TestEnvironment;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A staff member signs in through Keycloak's form and finds their institution's LabDesk, in their language. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShellBrowserIT {

    private static final String SIGN_INS =
            "SELECT count(*)::text FROM security_event WHERE kind = 'SIGN_IN' AND actor = 'zhang.wei'";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LabDeskDeployment.war();
    }

    @Test
    void signInSeeTheTenantSwitchLanguageAndSignOut() throws Exception {
        String signInsBefore = TestDatabase.value(SIGN_INS);
        try (Browser browser = new Browser()) {
            browser.driver.get(LabDeskDeployment.baseUrl() + "/");
            assertThat(browser.driver.getCurrentUrl()).startsWith(TestEnvironment.oidcUrl());

            browser.signIn("zhang.wei", Keycloak.DEMO_PASSWORD);

            // The demo institutions work in Chinese by default.
            browser.awaitText(By.id("tenant-name"), "东湖大学分析测试中心");
            assertThat(browser.driver.findElement(By.id("user-name")).getText()).isEqualTo("张伟");
            assertThat(browser.await(By.id("welcome")).getText()).isEqualTo("欢迎，张伟");
            assertThat(browser.driver.findElement(By.id("roles")).getText()).contains("机构管理员", "质量负责人");
            assertThat(browser.driver.findElement(By.id("main-nav")).getText()).contains("首页");
            browser.screenshot("shell-zh-CN");
            assertThat(Integer.parseInt(TestDatabase.value(SIGN_INS))).isEqualTo(Integer.parseInt(signInsBefore) + 1);

            // Saving a module's settings is confirmed where every confirmation appears.
            browser.driver.get(LabDeskDeployment.baseUrl() + "/admin/modules");
            browser.click("settings-probe");
            browser.click("save-settings");
            RequestBrowserIT.awaitNotice(browser, "的设置已保存");
            browser.driver.get(LabDeskDeployment.baseUrl() + "/");
            browser.awaitText(By.id("tenant-name"), "东湖大学分析测试中心");

            browser.choose("language-switch", "English");

            browser.awaitText(By.id("tenant-name"), "Donghu University Analysis and Testing Center");
            assertThat(browser.await(By.id("welcome")).getText()).isEqualTo("Welcome, 张伟");
            assertThat(browser.driver.findElement(By.id("roles")).getText())
                    .contains("Tenant administrator", "Quality manager");
            browser.screenshot("shell-en");

            // The choice holds for the session: a fresh page load stays in English.
            browser.driver.navigate().refresh();
            browser.awaitText(By.id("tenant-name"), "Donghu University Analysis and Testing Center");

            browser.await(By.id("logout")).click();
            // Signed out of LabDesk and of Keycloak: the next visit asks for the username again.
            new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                    .until(ExpectedConditions.urlContains("/protocol/openid-connect/auth"));
            assertThat(browser.await(By.id("username")).isDisplayed()).isTrue();
            browser.driver.get(LabDeskDeployment.baseUrl() + "/");
            assertThat(browser.await(By.id("username")).isDisplayed()).isTrue();
        }
    }

    @Test
    void theAdminSetsUpTheMailboxTestsTheConnectionAndNeverSeesThePasswordAgain() throws Exception {
        String password = "browser-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        TestEnvironment.imap().setUser("service@donghu-atc.test", "service@donghu-atc.test", password);
        try (Browser browser = new Browser()) {
            browser.driver.get(LabDeskDeployment.baseUrl() + "/");
            browser.signIn("zhang.wei", Keycloak.DEMO_PASSWORD);
            browser.awaitText(By.id("tenant-name"), "东湖大学分析测试中心");
            browser.driver.findElement(By.id("main-nav")).findElement(By.xpath(".//*[text()='邮箱接入']")).click();
            browser.await(By.id("mailbox-host"));
            browser.type("mailbox-host", "127.0.0.1");
            browser.type("mailbox-port", System.getProperty("labdesk.it.imaps.port"));
            browser.type("mailbox-username", "service@donghu-atc.test");
            browser.type("mailbox-password", "not-the-password");
            browser.click("mailbox-test");
            browser.awaitTextContaining(By.id("mailbox-test-result"), "无法连接");

            browser.type("mailbox-password", password);
            browser.click("mailbox-test");
            browser.awaitTextContaining(By.id("mailbox-test-result"), "连接成功：文件夹中有 0 封邮件。");
            browser.type("mailbox-address", "service@donghu-atc.test");
            browser.click("mailbox-save");
            RequestBrowserIT.awaitNotice(browser, "已保存");
            browser.awaitTextContaining(By.id("mailbox-password"), "已保存密码（加密）");
            assertThat(browser.await(By.id("mailbox-password")).findElement(By.cssSelector("input"))
                    .getDomProperty("value")).isEmpty();
            assertThat(browser.driver.getPageSource()).doesNotContain(password);
            browser.screenshot("mailbox-zh-CN");
        }
        assertThat(TestDatabase.value("SELECT host || ':' || username FROM institution_mailbox m JOIN tenant t "
                + "ON t.id = m.tenant_id WHERE t.slug = 'donghu-atc'")).isEqualTo("127.0.0.1:service@donghu-atc.test");
    }

    @Test
    void theHomePageCountsWhatWaitsForMeEachALinkAndTheOperatorFindsTheInstitutions() throws Exception {
        // A request assigned to wang.fang whose open SLA targets have passed.
        JsonObject r = Api.json(Api.call("POST", "/api/v1/requests", "li.na", """
                {"type":"DISPUTE","channel":"EMAIL","subject":"首页待办：报告结果复核",
                 "description":"报告 ATC-R-2026-0950 结果有疑问。","organisation":"汉江水务集团",
                 "contactName":"郑涛","contactEmail":"zheng.tao@hjwater.example.cn"}""")).getJsonObject("request");
        String id = r.getString("id");
        r = Api.act("li.na", id, "acknowledge", r, "\"agreedFollowUpAt\":\"2099-01-10T02:00:00Z\","
                + "\"agreedDeliveryAt\":\"2099-01-09T09:00:00Z\"");
        Api.act("zhang.wei", id, "assign", r, "\"assignee\":\"wang.fang\"");
        TestDatabase.execute("UPDATE request_sla SET due_at = now() - interval '1 hour', warn_at = now() - "
                + "interval '2 hours', started_at = now() - interval '3 hours' WHERE request_id = '" + id
                + "' AND met_at IS NULL");
        // And a corrective action he owns.
        JsonObject action = Api.json(Api.call("POST", "/api/v1/actions", "zhang.wei",
                "{\"kind\":\"CORRECTIVE\",\"problem\":\"首页待办：更换 ICP-MS 雾化器\",\"reference\":null}"));
        HttpResponse<String> planned = Api.call("PUT", "/api/v1/actions/" + action.getString("id") + "/plan",
                "zhang.wei", "{\"rootCause\":\"雾化器老化\",\"owner\":\"wang.fang\",\"dueOn\":\""
                        + LocalDate.now().plusDays(14) + "\",\"version\":" + action.getJsonNumber("version") + "}");
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(200);
        String owned = TestDatabase.value("SELECT count(*)::text FROM corrective_action a JOIN tenant t ON t.id = "
                + "a.tenant_id WHERE t.slug = 'donghu-atc' AND a.owner = 'wang.fang' AND a.status <> 'CLOSED'");
        String mine = TestDatabase.value("SELECT count(*)::text FROM service_request r JOIN tenant t ON t.id = "
                + "r.tenant_id WHERE t.slug = 'donghu-atc' AND r.assignee = 'wang.fang' AND r.status <> 'CLOSED'");
        try (Browser browser = new Browser()) {
            browser.driver.manage().window().setSize(new Dimension(1440, 900));
            browser.driver.get(LabDeskDeployment.baseUrl() + "/");
            browser.signIn("wang.fang", Keycloak.DEMO_PASSWORD);

            WebElement requests = browser.await(By.id("home-my-requests"));
            assertThat(requests.getText()).startsWith(mine).contains("分配给您的未结工单");
            assertThat(browser.await(By.id("home-requests-breached")).getText()).contains("超时", "超出 SLA 时限");
            assertThat(browser.await(By.id("home-my-actions")).getText()).startsWith(owned)
                    .contains("由您负责的未关闭纠正措施");
            browser.screenshot("home-page");

            // Each line is a link to the list behind it: the actions he owns ...
            browser.click("home-my-actions");
            new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.attributeToBe(
                    By.id("actions-mine"), "checked", "true"));
            new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions
                    .textToBePresentInElementLocated(By.id("actions-grid"), "首页待办：更换 ICP-MS 雾化器"));
            browser.driver.get(LabDeskDeployment.baseUrl() + "/");

            // ... and his requests: the queue on "mine", with the request in it.
            browser.click("home-my-requests");
            new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.attributeToBe(
                    By.id("scope-mine"), "aria-selected", "true"));
            new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions
                    .textToBePresentInElementLocated(By.id("request-grid"), "首页待办：报告结果复核"));
        }
        // A member without a role is told whom to ask, and offered no link that leads nowhere.
        JsonObject liNa = Api.array(Api.call("GET", "/api/v1/members", "zhang.wei", null))
                .getValuesAs(JsonObject.class).stream().filter(m -> m.getString("username").equals("li.na"))
                .findFirst().orElseThrow();
        roles(liNa.getString("id"), "");
        try (Browser browser = new Browser()) {
            browser.driver.get(LabDeskDeployment.baseUrl() + "/");
            browser.signIn("li.na", Keycloak.DEMO_PASSWORD);
            browser.awaitTextContaining(By.id("roles"), "您在东湖大学分析测试中心还没有角色");
            assertThat(browser.driver.findElement(By.id("home-ask-admin")).getText()).contains("请联系本机构管理员（", "张伟");
            assertThat(browser.driver.findElements(By.id("home-work"))).isEmpty();
            assertThat(browser.driver.findElement(By.cssSelector(".labdesk-page")).findElements(By.tagName("a")))
                    .isEmpty();
        } finally {
            roles(liNa.getString("id"), "\"CUSTOMER_SERVICE\",\"FOLLOW_UP\"");
        }
        try (Browser browser = new Browser()) {
            browser.driver.manage().window().setSize(new Dimension(1440, 900));
            browser.driver.get(LabDeskDeployment.baseUrl() + "/");
            browser.signIn("operator", Keycloak.DEMO_PASSWORD);

            // The operator holds no institution role: no "ask your administrator", but what they run (in English,
            // their browser's language, with no institution to speak for).
            assertThat(browser.await(By.id("home-institutions")).getText())
                    .startsWith(TestDatabase.value("SELECT count(*)::text FROM tenant")).contains("Institutions (");
            assertThat(browser.driver.findElements(By.id("home-ask-admin"))).isEmpty();
            assertThat(browser.driver.findElement(By.id("home-shipped-calendars")).getText())
                    .contains("Shipped calendars");
            browser.screenshot("home-operator");
            browser.click("home-institutions");
            browser.awaitTextContaining(By.id("tenants-grid"), "donghu-atc");
        }
    }

    /** Gives a donghu-atc member these roles (JSON strings, comma-separated), as its admin. */
    private static void roles(String memberId, String roles) throws Exception {
        JsonObject member = Api.json(Api.call("GET", "/api/v1/members/" + memberId, "zhang.wei", null));
        HttpResponse<String> changed = Api.call("PUT", "/api/v1/members/" + memberId + "/roles", "zhang.wei",
                "{\"roles\":[" + roles + "],\"version\":" + member.getJsonNumber("version") + "}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    }
}
