package io.labdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.platform.api.export.Spreadsheets;
import io.labdesk.platform.core.export.XlsxSpreadsheets;
import io.labdesk.testkit.Browser;
import io.labdesk.testkit.Keycloak;
import io.labdesk.testkit.LabDeskDeployment;
import io.labdesk.testkit.Mailbox;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A customer's request from the public form to the follow-up: the customer files it, customer service finds it in
 * the work queue, acknowledges it with agreed times, assigns, answers and records the follow-up; the customer's
 * tracking page shows each step meant for them. The customer's pages are used at a phone's width, and what the
 * customer adds on the tracking page reaches the staff's timeline under their name.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestBrowserIT {

    /** A reply long enough to need several lines in the timeline. */
    private static final String LONG_REPLY = "拉曼位移受残余应力影响：压应力使峰位向高波数移动，拉应力使其向低波数移动；"
            + "本次测量点位于薄膜边缘，应力较大，建议在样品中心区域复测，并以同批次单晶硅片 520.7 cm-1 峰进行日内校准，"
            + "校准记录编号 CAL-RAMAN-2026-0412 已附于报告附件中。";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LabDeskDeployment.war();
    }

    @Test
    void fromThePublicFormThroughTheQueueToTheFollowUp() throws Exception {
        try (Browser browser = new Browser()) {
            // The customer, without an account, on a phone.
            browser.phone();
            browser.driver.get(LabDeskDeployment.baseUrl() + "/t/donghu-atc/request?lang=zh-CN");
            new Select(browser.await(By.id("type"))).selectByValue("DISPUTE");
            browser.await(By.id("subject")).sendKeys("拉曼光谱峰位疑问");
            browser.driver.findElement(By.id("description")).sendKeys("报告 ATC-R-2026-1203 中 1350 cm-1 峰位与文献不符，请说明校准方法。");
            browser.driver.findElement(By.id("organisation")).sendKeys("武汉光电材料研究所");
            browser.driver.findElement(By.id("contactName")).sendKeys("冯宇");
            browser.driver.findElement(By.id("contactEmail")).sendKeys("feng.yu@whoe.example.cn");
            assertThat(browser.sidewaysOverflow()).as("scrolls sideways by px").isLessThanOrEqualTo(0);
            ((JavascriptExecutor) browser.driver).executeScript("window.scrollTo(0, 0);");
            browser.screenshot("customer-form-phone");
            browser.inView(browser.driver.findElement(By.id("submit"))).click();
            String number = browser.await(By.id("request-number")).getText();
            String trackingPage = browser.driver.getCurrentUrl().replaceFirst("\\?.*", "");
            assertThat(number).matches("SR-\\d{4}-\\d{6}");
            assertThat(browser.driver.findElement(By.id("request-status")).getText()).isEqualTo("已登记");
            assertThat(browser.sidewaysOverflow()).as("scrolls sideways by px").isLessThanOrEqualTo(0);
            browser.screenshot("request-tracking-received");

            // The customer adds a note and a file to it from the tracking page.
            Path file = Files.createTempDirectory("labdesk-upload").resolve("calibration-record.pdf");
            Files.writeString(file, "%PDF-1.4\n% 校准记录\n");
            browser.inView(browser.driver.findElement(By.id("note"))).sendKeys("补充：样品为单晶硅片，附校准记录。");
            browser.driver.findElement(By.id("attachments")).sendKeys(file.toString());
            browser.inView(browser.driver.findElement(By.id("add-submit"))).click();
            browser.awaitTextContaining(By.id("added-notice"), "已加入本请求");
            assertThat(browser.driver.findElement(By.id("history")).getText()).contains("您的补充",
                    "补充：样品为单晶硅片，附校准记录。", "calibration-record.pdf");
            assertThat(browser.sidewaysOverflow()).as("scrolls sideways by px").isLessThanOrEqualTo(0);
            browser.screenshot("customer-tracking-phone");
            // Nobody handles it yet: customer service is told.
            assertThat(Mailbox.await("li.na@donghu-atc.example.cn", m -> m.subject().contains(number)
                    && m.subject().contains("补充了信息")).subject()).contains("冯宇");

            // Customer service finds it in the queue and opens it: the queue fits a 1440 px window, drawer open.
            browser.driver.manage().window().setSize(new Dimension(1440, 900));
            browser.driver.get(LabDeskDeployment.baseUrl() + "/requests");
            browser.signIn("li.na", Keycloak.DEMO_PASSWORD);
            browser.await(By.cssSelector("#request-grid [data-target]"));
            assertThat(horizontalOverflow(browser)).as("the queue scrolls sideways at 1440 px").isLessThanOrEqualTo(0);
            browser.screenshot("queue-1440");

            // Columns are a choice that holds for the session.
            int shown = visibleColumns(browser);
            browser.click("queue-columns");
            browser.click("column-assignee");
            new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> visibleColumns(browser) == shown - 1);
            browser.driver.navigate().refresh();
            browser.await(By.cssSelector("#request-grid [data-target]"));
            assertThat(visibleColumns(browser)).isEqualTo(shown - 1);
            browser.click("queue-columns");
            browser.click("column-assignee");
            new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> visibleColumns(browser) == shown);
            new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();

            // An empty queue says so and offers the way back.
            browser.type("queue-search", "没有这样的工单-" + System.nanoTime());
            browser.awaitTextContaining(By.cssSelector("#request-grid .labdesk-empty"), "这里没有工单。");
            browser.click("queue-clear");
            new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> d.findElements(
                    By.cssSelector("#request-grid .labdesk-empty")).stream().noneMatch(WebElement::isDisplayed));

            // A request taken by phone: recorded, confirmed, and in the queue behind the dialog at once.
            String phoned = "电话登记：热分析样品送检时间 " + System.nanoTime();
            browser.click("new-request");
            browser.choose("new-type", "检测结果、条件或方法的技术问题");
            browser.type("new-subject", phoned);
            browser.type("new-description", "客户来电询问热重分析样品的送检时间。");
            browser.type("new-organisation", "江城新材料研究院");
            browser.type("new-contact-name", "黄志明");
            browser.type("new-contact-phone", "13807120001");
            browser.click("save-request");
            awaitNotice(browser, "已登记");
            browser.awaitTextContaining(By.id("request-grid"), phoned);

            browser.type("queue-search", number);
            browser.awaitText(By.id("queue-count"), "共 1 条");
            WebElement row = new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d ->
                    d.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                            .filter(c -> number.equals(c.getText().strip())).findFirst().orElse(null));
            assertThat(browser.await(By.cssSelector("#request-grid [data-target='FIRST_RESPONSE']"))
                    .getAttribute("data-state")).isEqualTo("ON_TRACK");
            browser.screenshot("request-queue");
            row.click();
            browser.awaitText(By.id("request-status"), "已登记");
            assertThat(browser.driver.findElement(By.id("fact-contactEmail")).getText())
                    .isEqualTo("feng.yu@whoe.example.cn");
            // What the customer added is on the timeline as theirs, by name.
            browser.awaitTextContaining(By.id("request-timeline"), "冯宇（客户）");
            assertThat(browser.driver.findElement(By.id("request-timeline")).getText())
                    .contains("客户补充", "补充：样品为单晶硅片，附校准记录。", "calibration-record.pdf");
            assertThat(browser.driver.findElement(By.cssSelector("[data-target='ACKNOWLEDGE']")).getAttribute("data-state"))
                    .isEqualTo("ON_TRACK");

            // Acknowledge with the proposed agreed times, assign, answer, follow up.
            browser.click("action-acknowledge");
            browser.await(By.id("action-follow-up"));
            browser.screenshot("request-acknowledge");
            browser.click("action-confirm");
            browser.awaitText(By.id("request-status"), "已受理");
            awaitNotice(browser, number + " 已受理");
            assertThat(browser.driver.findElement(By.cssSelector("[data-target='ACKNOWLEDGE']")).getAttribute("data-state"))
                    .isEqualTo("MET");

            browser.click("action-assign");
            browser.pick("action-assignee", "wang.fang");
            browser.click("action-confirm");
            browser.awaitText(By.id("request-status"), "处理中");
            // People by name, never by username.
            assertThat(browser.driver.findElement(By.id("fact-assignee")).getText()).isEqualTo("王芳");

            browser.click("action-resolve");
            browser.type("action-reply", "峰位偏差源于样品应力，仪器经单晶硅 520.7 cm-1 校准，附校准记录。" + LONG_REPLY);
            browser.click("action-confirm");
            browser.awaitText(By.id("request-status"), "已答复");

            browser.click("action-follow-up");
            browser.choose("action-method", "电话");
            browser.type("action-outcome", "客户认可解释");
            browser.choose("action-verdict", "满意");
            browser.click("action-confirm");
            browser.awaitText(By.id("request-status"), "已回访");
            assertThat(browser.await(By.id("timeline-integrity")).getText()).contains("完整");
            assertThat(browser.driver.findElement(By.id("request-timeline")).getText())
                    .contains("已答复 → 已回访").contains("回访方式: 电话").contains("客户评价: 满意");
            // The timeline names the request's type, the customer and staff as people read them.
            String timeline = browser.driver.findElement(By.id("request-timeline")).getText();
            assertThat(timeline).contains("类型: 对结果、条件、方法或费用的异议", "冯宇（客户）", "李娜", "负责人: — → 王芳")
                    .doesNotContain("DISPUTE", "li.na", "wang.fang", "customer");
            assertThat(browser.driver.findElement(By.id("fact-customerLanguage")).getText()).isEqualTo("中文（简体）");
            // Its rows wrap: the long reply is read whole, and the timeline never scrolls sideways.
            assertThat(((JavascriptExecutor) browser.driver).executeScript("""
                    const grid = arguments[0];
                    const table = grid.shadowRoot.querySelector('#table');
                    const cut = [...grid.querySelectorAll('vaadin-grid-cell-content')]
                        .filter(c => c.scrollWidth > c.clientWidth + 1).map(c => c.textContent);
                    return table.scrollWidth <= table.clientWidth + 1 && cut.length === 0 ? 'fits' : 'cut: ' + cut;
                    """, browser.driver.findElement(By.id("request-timeline")))).isEqualTo("fits");
            browser.screenshot("request-detail-followed-up");
            // So does the archive PDF.
            String archive;
            try (var pdf = org.apache.pdfbox.Loader.loadPDF(browser.download(By.id("archive-pdf")))) {
                archive = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            }
            assertThat(archive).contains("王芳", "李娜", "冯宇（客户）").doesNotContain("wang.fang", "li.na", "DISPUTE");

            // The queue's Excel export names the type and the assignee as the page does.
            browser.driver.get(LabDeskDeployment.baseUrl() + "/requests");
            browser.type("queue-search", number);
            browser.awaitText(By.id("queue-count"), "共 1 条");
            Spreadsheets.Sheet sheet = new XlsxSpreadsheets().read(
                    new ByteArrayInputStream(browser.download(By.id("export-xlsx"))));
            assertThat(sheet.rows()).hasSize(1);
            List<String> exported = sheet.rows().get(0);
            assertThat(exported.get(sheet.headers().indexOf("类型"))).isEqualTo("对结果、条件、方法或费用的异议");
            assertThat(exported.get(sheet.headers().indexOf("负责人"))).isEqualTo("王芳");

            // The customer is on record: found by organisation, masked in the list, in full when opened.
            browser.driver.get(LabDeskDeployment.baseUrl() + "/customers");
            browser.type("customer-search", "武汉光电材料研究所");
            new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d ->
                    d.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                            .anyMatch(c -> "f***@whoe.example.cn".equals(c.getText().strip())));
            browser.screenshot("customers");
            browser.driver.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                    .filter(c -> "武汉光电材料研究所".equals(c.getText().strip()) && c.isDisplayed())
                    .findFirst().orElseThrow().click();
            assertThat(browser.await(By.id("customer-title")).getText()).isEqualTo("武汉光电材料研究所 · 冯宇");
            new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d ->
                    d.findElement(By.id("customer-requests")).getText().contains(number));
            assertThat(browser.driver.findElement(By.id("customer-requests")).getText()).contains("已回访");
            browser.screenshot("customer");

            // Customer service may not change the SLA policy: the page says who may, and offers no form.
            browser.driver.get(LabDeskDeployment.baseUrl() + "/admin/sla-policy");
            browser.awaitTextContaining(By.id("not-allowed"), "只有机构管理员可以修改");
            assertThat(browser.driver.findElements(By.id("save-policy"))).isEmpty();
            assertThat(browser.driver.findElements(By.id("sla-matrix"))).isEmpty();

            // The customer's page shows every step meant for them.
            browser.driver.get(trackingPage + "?lang=zh-CN");
            assertThat(browser.await(By.id("request-status")).getText()).isEqualTo("已回访");
            String history = browser.driver.findElement(By.id("history")).getText();
            assertThat(history).contains("请求已登记", "已受理", "我们的答复", "峰位偏差源于样品应力");
            assertThat(browser.driver.findElement(By.id("agreed-delivery")).getText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
            browser.screenshot("request-tracking-followed-up");
        }
    }

    /** Waits for the green confirmation that contains {@code text}. */
    static void awaitNotice(Browser browser, String text) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> d.findElements(
                By.cssSelector("vaadin-notification-card[theme~='success']")).stream()
                .anyMatch(n -> n.getText().contains(text)));
    }

    /**
     * How far the queue reaches past what is shown, in pixels (0: no sideways scrolling): the grid's rows past the
     * grid, and the page past the app layout's content area.
     */
    private static long horizontalOverflow(Browser browser) {
        return ((Number) ((JavascriptExecutor) browser.driver).executeScript("""
                const table = document.getElementById('request-grid').shadowRoot.querySelector('#table');
                const content = document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[part~="content"]');
                return Math.max(table.scrollWidth - table.clientWidth, content.scrollWidth - content.clientWidth,
                        document.documentElement.scrollWidth - document.documentElement.clientWidth);""")).longValue();
    }

    private static int visibleColumns(Browser browser) {
        return ((Long) ((JavascriptExecutor) browser.driver).executeScript("return [...document.getElementById("
                + "'request-grid').querySelectorAll('vaadin-grid-column')].filter(c => !c.hidden).length;")).intValue();
    }
}
