package cn.jilin.laborbrand.web.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}; override with
 * {@code CHROME_BIN} / {@code CHROMEDRIVER}) on a fresh profile, saving screenshots under
 * {@code web-app/target/screenshots/}. Nothing is downloaded.
 */
public final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final String base;
    private final Path profile;

    public Browser(int port) throws IOException {
        this.base = "http://localhost:" + port;
        this.profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(env("CHROME_BIN", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--no-first-run", "--disable-component-update", "--disable-sync",
                "--window-size=1366,900", "--lang=zh-CN", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(env("CHROMEDRIVER", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public WebElement find(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    public void click(String css) {
        WebElement element = new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        // scrolled to and clicked together, and again when the page moved in between (a page that has just loaded may
        // still scroll to its anchor: a click then met the header's button above the window, "not clickable at point")
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(ElementClickInterceptedException.class).until(d -> {
            driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
            if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
            }
            element.click();
            return true;
        });
    }

    /** Chooses an option of a select by its value. */
    public void select(String css, String value) {
        new org.openqa.selenium.support.ui.Select(find(css)).selectByValue(value);
    }

    /**
     * Chooses a record in a type-ahead field (templates/fragments/typeahead.html) named {@code name}: types {@code text},
     * clicks the first offered option that contains it and waits until the field holds the chosen id.
     */
    public void choose(String name, String text) {
        type("#" + name + "-search", text);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//ul[@id='" + name + "-options']/li[@role='option'][contains(., '" + text + "')]"))).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            String value = d.findElement(By.cssSelector("#" + name + "-typeahead input[type=hidden][name='" + name + "']")).getDomProperty("value");
            return value != null && !value.isEmpty();
        });
    }

    /** Sets an input's value directly, for date inputs whose typing depends on the browser's locale. */
    public void setValue(String css, String value) {
        driver.executeScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", find(css), value);
    }

    /** Gives a file input a file from disk. */
    public void upload(String css, Path file) {
        driver.findElement(By.cssSelector(css)).sendKeys(file.toAbsolutePath().toString());
    }

    /** Clicks a button that asks for confirmation, confirms in the dialog, and waits for the next page. */
    public void clickAndConfirm(String css) {
        WebElement body = driver.findElement(By.tagName("body"));
        click(css);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("#confirm-modal.show [data-confirm-ok]"))).click();
        waitUntilLeft(body);
    }

    /** Clicks a control that loads another page, and waits for it. */
    public void clickAndWait(String css) {
        WebElement body = driver.findElement(By.tagName("body"));
        click(css);
        waitUntilLeft(body);
    }

    /**
     * Waits until the page that held {@code body} is gone. Chromium answers a look at an element of a page being replaced
     * either as stale or, mid-navigation, as "does not belong to the document": both mean the page was left.
     */
    private void waitUntilLeft(WebElement body) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            try {
                body.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    public void signOut() {
        clickAndWait("form[action='/logout'] button");
    }

    /** Waits until the page's path is {@code path}. */
    public void waitForPath(String path) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> currentPath().equals(path));
    }

    public String currentPath() {
        String url = driver.getCurrentUrl();
        String rest = url.substring(base.length());
        int query = rest.indexOf('?');
        return query < 0 ? rest : rest.substring(0, query);
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Saves the whole window as {@code target/screenshots/<name>.png} and returns the file. */
    public Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path target = SCREENSHOTS.resolve(name + ".png");
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** Runs a journey; if it fails, the page it failed on is saved as {@code <name>.png} before the failure goes on. */
    public void onFailureScreenshot(String name, Journey journey) throws Exception {
        try {
            journey.run();
        } catch (Exception | AssertionError e) {
            screenshot(name);
            throw e;
        }
    }

    @FunctionalInterface
    public interface Journey {
        void run() throws Exception;
    }

    /**
     * Emulates a phone's screen ({@code width}×{@code height} CSS pixels, touch, twice the pixels) or, with a width of 0,
     * goes back to the desktop window.
     */
    public void emulate(int width, int height) {
        if (width == 0) {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        } else {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
        }
    }

    /** Runs a script in the page; the last argument of an asynchronous one is the callback that ends it. */
    public Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    public Object asyncScript(String script, Duration timeout, Object... arguments) {
        driver.manage().timeouts().scriptTimeout(timeout);
        return driver.executeAsyncScript(script, arguments);
    }

    public void signIn(String username, String password) {
        open("/login");
        type("#username", username);
        type("#password", password);
        clickAndWait("button[type=submit]");
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
