package io.labdesk.testkit;

import io.labdesk.launcher.WildFlyServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Chromium from the system's packages (never a downloaded browser), with a fresh profile. */
public final class Browser implements AutoCloseable {

    public final WebDriver driver;
    private final Path profile;

    public Browser() throws IOException {
        profile = Files.createTempDirectory("labdesk-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("labdesk.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,860", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("labdesk.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        driver = new ChromeDriver(service, options);
    }

    public WebElement await(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until the element shows exactly {@code text}, scrolled into view (a long dialog scrolls). */
    public void awaitText(By by, String text) {
        awaitShown(by, text::equals, "to be \"" + text + "\"");
    }

    public void awaitTextContaining(By by, String text) {
        awaitShown(by, shown -> shown.contains(text), "to contain \"" + text + "\"");
    }

    private void awaitShown(By by, java.util.function.Predicate<String> expected, String what) {
        String[] last = {""};
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .ignoring(org.openqa.selenium.NoSuchElementException.class).until(d -> {
                        try {
                            last[0] = inView(d.findElement(by)).getText();
                        } catch (org.openqa.selenium.WebDriverException e) {
                            // Vaadin replaced the node between finding and reading it: Chromium's form of "stale".
                            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                                return false;
                            }
                            throw e;
                        }
                        return expected.test(last[0]);
                    });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new org.openqa.selenium.TimeoutException("Waited for " + by + " " + what + "; it shows \""
                    + last[0] + "\"", e);
        }
    }

    /** Sets a Vaadin field's value as the user would pick it (date pickers: "2026-10-12"). */
    public void setValue(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new CustomEvent('change', {bubbles: true}));", await(By.id(id)), value);
    }

    public void awaitAttributeValue(By by, String attribute, String value) {
        // The element may be drawn anew while waiting (a month view redraws its days).
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> value.equals(d.findElement(by).getDomAttribute(attribute)));
    }

    /** Waits until the element has the attribute (e.g. a field's {@code invalid}). */
    public void awaitAttribute(By by, String attribute) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(by).getDomAttribute(attribute) != null);
    }

    /** Keycloak's login with organizations on asks for the username first, then the password. */
    public void signIn(String username, String password) {
        await(By.id("username")).sendKeys(username);
        driver.findElement(By.id("kc-login")).click();
        await(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }

    /** Picks {@code label} in the Vaadin select with id {@code selectId}. */
    public void choose(String selectId, String label) {
        inView(present(By.id(selectId))).click();
        WebElement item = new WebDriverWait(driver, Duration.ofSeconds(15)).until(d ->
                d.findElements(By.cssSelector("vaadin-select-item")).stream()
                        .filter(e -> label.equals(e.getText().strip()) && e.isDisplayed())
                        .findFirst().orElse(null));
        item.click();
    }

    /** Picks the item of the Vaadin combo box with id {@code comboId} whose label contains {@code text}. */
    public void pick(String comboId, String text) {
        await(By.id(comboId)).findElement(By.cssSelector("input")).click();
        WebElement item = new WebDriverWait(driver, Duration.ofSeconds(15)).until(d ->
                d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                        .filter(e -> e.getText().contains(text) && e.isDisplayed())
                        .findFirst().orElse(null));
        item.click();
    }

    /** Types into the field, scrolled into view; waits while a redrawn dialog replaces or still hides it. */
    public void type(String id, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementNotInteractableException.class).until(d -> {
                    WebElement field = d.findElement(By.id(id));
                    WebElement input = field.findElements(By.cssSelector("input, textarea")).stream().findFirst()
                            .orElse(field);
                    inView(input);
                    input.clear();
                    input.sendKeys(text);
                    return true;
                });
    }

    /** Clicks the grid cell showing exactly {@code text}, once it is there. */
    public void clickCell(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector(
                "vaadin-grid-cell-content")).stream().filter(c -> text.equals(c.getText().strip()) && c.isDisplayed())
                .findFirst().map(c -> {
                    c.click();
                    return true;
                }).orElse(false));
    }

    /** What a link of the page serves, fetched with this browser's session (a download the page offers). */
    public byte[] download(By link) throws Exception {
        String href = inView(present(link)).getAttribute("href");
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(href)).header("Cookie", cookies).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + href + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** Clicks once nothing lies over the element any more (a dialog still closing, say). */
    public void click(String id) {
        click(By.id(id));
    }

    /** Clicks the first element found, scrolled into view, once nothing lies over it any more. */
    public void click(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class).until(d -> {
                    inView(present(by)).click();
                    return true;
                });
    }

    /** The element once it is in the page, visible or scrolled away in the app layout's content. */
    public WebElement present(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /** Scrolls the element to the middle of its scrolling container (the app layout's content scrolls, not the window). */
    public WebElement inView(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return element;
    }

    /** The window of a phone held upright (390 × 844), as customers open their pages. */
    public void phone() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    }

    /** The window these tests start with. */
    public void desktop() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 860));
    }

    /** How far the page reaches beyond the window's width, in pixels: more than 0 means scrolling sideways. */
    public long sidewaysOverflow() {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;")).longValue();
    }

    public Path screenshot(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of(System.getProperty("labdesk.it.screenshots")));
        Path file = dir.resolve(name + ".png");
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        WildFlyServer.deleteTree(profile);
    }
}
