package dev.crm.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium on the application's Vaadin UI, for page tests: Debian's chromium and chromedriver (no test
 * tool may download a browser here), a fresh profile each time, and waits that follow Vaadin's round trips instead
 * of sleeping. Vaadin fields are found by id and typed into through their slotted {@code input}.
 */
public final class Browser implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** True once the page runs Vaadin and no client is waiting for the server. */
    private static final String VAADIN_IDLE = """
            const flow = window.Vaadin && window.Vaadin.Flow;
            return !!(flow && flow.clients) && Object.values(flow.clients).every(client => !client.isActive());
            """;

    private final String baseUrl;
    private final Path profile;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser(String baseUrl, Path profile, ChromeDriver driver) {
        this.baseUrl = baseUrl;
        this.profile = profile;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, TIMEOUT);
        // Vaadin re-renders grid cells and overlays while a wait looks at them; look again rather than fail.
        wait.ignoring(StaleElementReferenceException.class);
    }

    /** A new browser session against the application on {@code http://localhost:port/}. */
    public static Browser open(int port) {
        Path profile;
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
                "--window-size=1280,800",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .build();
        return new Browser("http://localhost:" + port + "/", profile, new ChromeDriver(service, options));
    }

    /** Opens a page by its path ({@code "contacts"}) and waits until Vaadin has rendered it. */
    public void visit(String path) {
        driver.get(baseUrl + path);
        waitForVaadin();
    }

    public void signIn(String email, String password) {
        visit("login");
        type("vaadinLoginUsername", email);
        input("vaadinLoginPassword").sendKeys(password, Keys.ENTER);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        waitForVaadin();
    }

    /** Types into the Vaadin field with this id; leaving the field (as a click elsewhere does) commits the value. */
    public void type(String fieldId, String text) {
        WebElement input = input(fieldId);
        input.clear();
        input.sendKeys(text);
    }

    public void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        waitForVaadin();
    }

    /** Waits until the URL path is {@code path}, e.g. after a server-side navigation. */
    public void waitForPath(String path) {
        wait.until(d -> d.getCurrentUrl()
                .replace(baseUrl, "")
                .replaceFirst("[?#].*", "")
                .equals(path));
        waitForVaadin();
    }

    /** Waits until some cell of the page's grid shows exactly {@code text}. */
    public void waitForGridCell(String text) {
        wait.until(d -> gridCells().contains(text));
    }

    /** Waits until the page's grids show each of {@code shown} and none of {@code hidden}, e.g. after filtering. */
    public void waitForGridCells(Collection<String> shown, Collection<String> hidden) {
        wait.until(d -> {
            List<String> cells = gridCells();
            return cells.containsAll(shown) && hidden.stream().noneMatch(cells::contains);
        });
    }

    /** Clicks the grid cell showing exactly {@code text}, as a user opens a row. */
    public void clickGridCell(String text) {
        wait.until(d -> displayedWithText(d.findElements(By.tagName("vaadin-grid-cell-content")), text))
                .click();
        waitForVaadin();
    }

    /** Clicks the element labelled {@code ariaLabel} for assistive technology, e.g. an icon button in a grid row. */
    public void clickLabelled(String ariaLabel) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[aria-label='" + ariaLabel + "']")))
                .click();
        waitForVaadin();
    }

    /** Opens the tab (of a Vaadin tab sheet) showing {@code text}. */
    public void clickTab(String text) {
        wait.until(d -> displayedWithText(d.findElements(By.tagName("vaadin-tab")), text))
                .click();
        waitForVaadin();
    }

    /** Opens the Vaadin select with this id and picks the option showing {@code text}. */
    public void select(String id, String text) {
        click(id);
        wait.until(d -> displayedWithText(d.findElements(By.tagName("vaadin-select-item")), text))
                .click();
        waitForVaadin();
    }

    /** Types {@code text} into the (multi-select) combo box with this id and picks the suggestion showing it. */
    public void choose(String id, String text) {
        type(id, text);
        wait.until(d -> displayedWithText(
                        d.findElements(By.cssSelector("vaadin-combo-box-item, vaadin-multi-select-combo-box-item")),
                        text))
                .click();
        // A multi-select keeps its suggestions open over the fields below; leaving the field closes them.
        input(id).sendKeys(Keys.TAB);
        waitForVaadin();
    }

    /** Enters a day into the date picker with this id, as typed in the browser's language (US English here). */
    public void typeDate(String id, LocalDate date) {
        WebElement input = input(id);
        input.clear();
        input.sendKeys(date.getMonthValue() + "/" + date.getDayOfMonth() + "/" + date.getYear(), Keys.ENTER);
        waitForVaadin();
    }

    /** Waits until the page shows {@code text} somewhere. */
    public void waitForText(String text) {
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    /** Waits until the element with this id shows {@code text} somewhere in it. */
    public void waitForText(String id, String text) {
        wait.until(d -> d.findElements(By.id(id)).stream()
                .anyMatch(element -> element.getText().contains(text)));
    }

    /** The visible text of the page. */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The texts of the rendered grid cells, headers included, of every grid on the page. */
    public List<String> gridCells() {
        return driver.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .map(cell -> cell.getText().strip())
                .toList();
    }

    public void waitForVaadin() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(VAADIN_IDLE)));
    }

    public byte[] screenshot() {
        return driver.getScreenshotAs(OutputType.BYTES);
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private WebElement input(String fieldId) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea")));
    }

    /** The first of {@code elements} on screen showing exactly {@code text}, or null (so a wait goes on). */
    private static WebElement displayedWithText(List<WebElement> elements, String text) {
        return elements.stream()
                .filter(element ->
                        element.isDisplayed() && element.getText().strip().equals(text))
                .findFirst()
                .orElse(null);
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
