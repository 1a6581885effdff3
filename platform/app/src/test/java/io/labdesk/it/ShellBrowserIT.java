package io.labdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.testkit.Browser;
import io.labdesk.testkit.Keycloak;
import io.labdesk.testkit.LabDeskDeployment;
import io.labdesk.testkit.TestDatabase;
import io.labdesk.testkit.TestEnvironment;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
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
}
