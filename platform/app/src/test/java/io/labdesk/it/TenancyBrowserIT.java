package io.labdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.testkit.Api;
import io.labdesk.testkit.Browser;
import io.labdesk.testkit.Keycloak;
import io.labdesk.testkit.LabDeskDeployment;
import io.labdesk.testkit.TestDatabase;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Tenancy as people meet it in the browser, through the real Keycloak login. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenancyBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LabDeskDeployment.war();
    }

    @Test
    void aConsultantOfTwoInstitutionsChoosesOneAndSwitchesWithoutSigningInAgain() throws Exception {
        try (Browser browser = new Browser()) {
            browser.driver.get(LabDeskDeployment.baseUrl() + "/");
            browser.signIn("sun.li", Keycloak.DEMO_PASSWORD);

            browser.click("choose-hengzhun-cal");
            browser.awaitText(By.id("tenant-name"), "衡准计量校准有限公司");
            assertThat(browser.await(By.id("roles")).getText()).contains("内审员");

            browser.choose("tenant-switch", "东湖大学分析测试中心");
            browser.awaitText(By.id("tenant-name"), "东湖大学分析测试中心");
            assertThat(browser.await(By.id("roles")).getText()).contains("监督员").doesNotContain("内审员");
            assertThat(browser.driver.getCurrentUrl()).startsWith(LabDeskDeployment.baseUrl());
            browser.screenshot("tenant-switched");
        }
        assertThat(TestDatabase.value("SELECT count(*)::text FROM security_event WHERE actor = 'sun.li' "
                + "AND kind = 'TENANT_SWITCH'")).isEqualTo("1");
    }

    @Test
    void anotherInstitutionsRecordShowsNotFound() throws Exception {
        String hengzhun = TestDatabase.value("SELECT id::text FROM tenant WHERE slug = 'hengzhun-cal'");
        for (String statement : io.labdesk.testkit.IsolationRecords.all(java.util.UUID.fromString(hengzhun))) {
            TestDatabase.execute(statement); // the modules' records of B, which the demo lacks
        }
        String idOfB = TestDatabase.value("SELECT id::text FROM tenant_member WHERE username = 'chen.jie'");
        String ownId = TestDatabase.value("SELECT id::text FROM tenant_member WHERE username = 'li.na'");
        String requestOfB = of("service_request", hengzhun);
        String customerOfB = of("customer", hengzhun);
        String complaintOfB = of("complaint", hengzhun);
        String retestOfB = of("retest_case", hengzhun);
        Api.switchModule("zhang.wei", "complaints", true);
        Api.switchModule("zhang.wei", "retest", true);
        try (Browser browser = new Browser()) {
            browser.driver.get(LabDeskDeployment.baseUrl() + "/admin/staff/" + idOfB);
            browser.signIn("zhang.wei", Keycloak.DEMO_PASSWORD);
            browser.awaitText(By.id("not-found"), "未找到");
            for (String path : java.util.List.of("/requests/" + requestOfB, "/customers/" + customerOfB)) {
                browser.driver.get(LabDeskDeployment.baseUrl() + path);
                browser.awaitText(By.id("not-found"), "未找到");
            }
            browser.driver.get(LabDeskDeployment.baseUrl() + "/complaints/" + complaintOfB);
            browser.awaitTextContaining(By.tagName("vaadin-notification-card"), "找不到该投诉");
            browser.driver.get(LabDeskDeployment.baseUrl() + "/retests/" + retestOfB);
            browser.awaitTextContaining(By.tagName("vaadin-notification-card"), "找不到该复测案例");

            browser.driver.get(LabDeskDeployment.baseUrl() + "/admin/staff/" + ownId);
            assertThat(browser.await(By.id("member-title")).getText()).contains("li.na");
        } finally {
            Api.switchModule("zhang.wei", "retest", false);
            Api.switchModule("zhang.wei", "complaints", false);
        }
    }

    /** The id of one of the tenant's rows in {@code table}. */
    private static String of(String table, String tenant) throws Exception {
        String id = TestDatabase.value("SELECT id::text FROM " + table + " WHERE tenant_id = '" + tenant + "' LIMIT 1");
        assertThat(id).as("a row of " + table).isNotNull();
        return id;
    }

    @Test
    void aPlatformAdminCreatesAnInstitutionWhoseAdminSignsInToAnEmptyTenant() throws Exception {
        String password;
        try (Browser browser = new Browser()) {
            browser.driver.get(LabDeskDeployment.baseUrl() + "/platform/tenants");
            browser.signIn("operator", Keycloak.DEMO_PASSWORD);
            browser.click("create-tenant");
            browser.type("new-slug", "qingyuan-lab");
            browser.type("new-name", "清源检测实验室");
            browser.type("new-name-en", "Qingyuan Testing Laboratory");
            browser.type("new-admin-username", "zhou.qiang");
            browser.type("new-admin-name", "周强");
            browser.type("new-admin-email", "zhou.qiang@qingyuan.example.cn");
            browser.click("save-tenant");
            password = browser.await(By.id("one-time-password")).getText().strip();
            assertThat(password).hasSizeGreaterThanOrEqualTo(12);
            browser.screenshot("tenant-created");
        }
        try (Browser browser = new Browser()) {
            browser.driver.get(LabDeskDeployment.baseUrl() + "/");
            browser.signIn("zhou.qiang", password);
            // Keycloak makes the new admin choose their own password first.
            browser.await(By.id("password-new")).sendKeys("Qingyuan-2026!");
            browser.driver.findElement(By.id("password-confirm")).sendKeys("Qingyuan-2026!");
            browser.driver.findElement(By.cssSelector("[type=submit]")).click();

            browser.awaitText(By.id("tenant-name"), "清源检测实验室");
            assertThat(browser.await(By.id("roles")).getText()).contains("机构管理员");
            browser.driver.get(LabDeskDeployment.baseUrl() + "/admin/staff");
            new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("staff-grid"), "zhou.qiang"));
            assertThat(browser.driver.findElement(By.id("staff-grid")).getText()).doesNotContain("zhang.wei");
        }
        assertThat(TestDatabase.value("SELECT status FROM tenant WHERE slug = 'qingyuan-lab'")).isEqualTo("ACTIVE");
    }

    @Test
    void aSuspendedInstitutionsStaffAreRefusedWithAClearPageAndComeBackOnResume() throws Exception {
        setStatus("hengzhun-cal", "SUSPENDED");
        try (Browser browser = new Browser()) {
            browser.driver.get(LabDeskDeployment.baseUrl() + "/");
            browser.signIn("chen.jie", Keycloak.DEMO_PASSWORD);
            browser.awaitText(By.id("notice-title"), "本机构账户已暂停");
            browser.screenshot("tenant-suspended");
            HttpResponse<String> api = Api.call("GET", "/api/v1/me", "chen.jie", null, "zh-CN", null);
            assertThat(api.statusCode()).isEqualTo(403);
            assertThat(Api.json(api).getString("message")).contains("暂停");

            setStatus("hengzhun-cal", "ACTIVE");
            browser.driver.get(LabDeskDeployment.baseUrl() + "/");
            browser.awaitText(By.id("tenant-name"), "衡准计量校准有限公司");
            WebElement roles = browser.await(By.id("roles"));
            assertThat(roles.getText()).contains("机构管理员", "总经理");
        } finally {
            setStatus("hengzhun-cal", "ACTIVE");
        }
    }

    private static void setStatus(String slug, String status) throws Exception {
        HttpResponse<String> response = Api.call("PUT", "/api/v1/platform/tenants/" + slug + "/status", "operator",
                "{\"status\":\"" + status + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
