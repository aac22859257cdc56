package org.grassroots.plan.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.grassroots.plan.web.WebIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real-browser tests: Debian's Chromium, headless, driven by Selenium against the portal on a random port and the
 * real database, with axe-core checking accessibility. The browser is never downloaded: on a machine without
 * {@code /usr/bin/chromium} these tests are skipped, except in CI ({@code CI=true}), where they fail.
 */
@WebIntegrationTest
public abstract class BrowserTestSupport {

    protected static final String DEMO_PASSWORD = "demo-pass-2026";
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> BLOCKING_IMPACTS = List.of("serious", "critical");

    private static WebDriver driver;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(
                    available,
                    "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        }
        System.setProperty("SE_OFFLINE", "true");
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
                "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory("plan-chromium").toAbsolutePath());
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    @AfterEach
    void signOutBetweenTests() {
        if (driver != null) {
            driver.manage().deleteAllCookies();
        }
    }

    protected WebDriver driver() {
        return driver;
    }

    protected void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    /** Signs in through the login form, in the given language ("ja" or "en"). */
    protected void signInAs(String username, String language) {
        open("/login?lang=" + language);
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        clickAndWait("form[action$='/login'] button[type=submit]");
    }

    /** Clicks something that loads a new page, and waits until the new page has loaded. */
    protected void clickAndWait(String cssSelector) {
        WebElement element = find(cssSelector);
        WebElement oldRoot = find("html");
        element.click();
        var wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(d -> gone(oldRoot));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Whether an element of the previous page is gone. Chromium sometimes answers a stale element with an inspector
     * error ("Node with given id does not belong to the document") instead of the stale-element error that
     * ExpectedConditions.stalenessOf expects; both mean the page was replaced.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** The elements matching the selector once there is at least one (up to 10 s), for lists read right after a load. */
    protected List<WebElement> findAtLeastOne(String cssSelector) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            var found = d.findElements(By.cssSelector(cssSelector));
            return found.isEmpty() ? null : found;
        });
    }

    protected WebElement find(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
    }

    protected String pageLanguage() {
        return find("html").getAttribute("lang");
    }

    protected String pageText() {
        return find("body").getText();
    }

    /** Runs axe-core (WCAG 2.1 A and AA rules) on the current page and fails on any serious or critical violation. */
    protected void assertNoSeriousA11yViolations() {
        var results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .toList();
        assertThat(blocking)
                .as(
                        "serious or critical accessibility violations on %s: %s",
                        driver.getCurrentUrl(),
                        blocking.stream()
                                .map(rule -> rule.getId() + " "
                                        + rule.getNodes().stream()
                                                .map(node -> node.getTarget().toString())
                                                .toList())
                                .toList())
                .isEmpty();
    }

    /** Asserts that no message key leaked into the page (Spring renders a missing one as ??key_lang??). */
    protected void assertNoMissingMessages() {
        assertThat(driver.getPageSource()).doesNotContain("??");
    }

    /** Saves a PNG of the page under target/screenshots (used for the user guide). */
    protected Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(file.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException("Could not save a screenshot", e);
        }
    }
}
