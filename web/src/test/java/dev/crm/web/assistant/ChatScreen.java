package dev.crm.web.assistant;

import dev.crm.testsupport.Browser;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The chat as a test drives it in the browser: send a message, look into rendered messages (through shadow roots). */
final class ChatScreen {

    /** Elements matching a selector anywhere in the page, inside open shadow roots too. */
    private static final String DEEP_QUERY = """
            const found = [];
            const walk = root => {
              root.querySelectorAll(arguments[0]).forEach(e => found.push(e));
              root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) walk(e.shadowRoot); });
            };
            walk(document);
            return found;
            """;

    private final Browser browser;
    private final WebDriverWait wait;

    ChatScreen(Browser browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
    }

    /** Types the message into the chat's box (of {@code scope}, a CSS selector) and presses Enter. */
    void send(String scope, String message) {
        WebElement box = wait.until(d -> d.findElements(By.cssSelector(scope + " #chat-input textarea")).stream()
                .filter(WebElement::isEnabled)
                .findFirst()
                .orElse(null));
        box.sendKeys(message, Keys.ENTER);
    }

    void send(String message) {
        send("body", message);
    }

    @SuppressWarnings("unchecked")
    List<WebElement> deep(String selector) {
        return (List<WebElement>) js().executeScript(DEEP_QUERY, selector);
    }

    /** Waits until a rendered message shows {@code text} in bold ({@code **text**} in Markdown). */
    void waitForBold(String text) {
        wait.withMessage(() -> "no **" + text + "** in the messages: " + messagesHtml())
                .until(d -> deep("strong").stream()
                        .anyMatch(strong -> strong.getText().strip().equals(text)));
    }

    /** The rendered messages' HTML, to say what was there when a wait failed. */
    String messagesHtml() {
        return deep("vaadin-message").stream()
                .map(m -> String.valueOf(script("return arguments[0].innerHTML", m)))
                .toList()
                .toString();
    }

    void waitUntilShown(String id) {
        wait.until(d -> d.findElements(By.id(id)).stream().anyMatch(WebElement::isDisplayed));
    }

    Object script(String script, Object... arguments) {
        return js().executeScript(script, arguments);
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }
}
