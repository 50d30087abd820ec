package dev.crm.web.assistant;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crm.testsupport.Browser;
import dev.crm.testsupport.llm.LlmEmulator;
import dev.crm.testsupport.llm.ModelTurn;
import dev.crm.testsupport.llm.ToolCall;
import dev.crm.web.support.Api;
import dev.crm.web.support.CrmIntegrationTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The assistant in a real browser, with Claude emulated ({@link LlmEmulator}): sign-in lands on it, a chat creates a contact and links to
 * it, Markdown is rendered and never runs as script, a missing key says where to add one, and the side panel tells
 * the assistant which record is open.
 */
@CrmIntegrationTest
class AssistantBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    LlmEmulator claude;

    @BeforeEach
    void startClaude() {
        claude = LlmEmulator.start().acceptingKeys();
    }

    @AfterEach
    void stopClaude() {
        claude.close();
    }

    @Test
    void theOwnerLandsOnTheAssistantAddsAContactByChatAndOpensItFromTheActionCard() {
        Api owner = Api.newUser(http, "Chatty Chen");
        addKey(owner);
        claude.anthropic(
                ModelTurn.tools(ToolCall.of("create_contact", "{\"name\":\"Ada Lovelace\"}")),
                ModelTurn.text("Added **Ada Lovelace**."));
        // the model takes a while (0.75 s a request, 1.5 s for both), so the page is seen waiting for it
        claude.wireMock().setGlobalFixedDelay(750);

        try (Browser browser = Browser.open(port)) {
            ChatScreen chat = new ChatScreen(browser);
            browser.signIn(owner.email(), Api.PASSWORD);
            browser.waitForPath("assistant");

            chat.send("Add Ada Lovelace");
            chat.waitUntilShown("chat-thinking");
            assertThat(browser.driver().findElement(By.id("chat-input")).getDomAttribute("disabled"))
                    .as("no second message while the first is answered")
                    .isNotNull();
            chat.waitForBold("Ada Lovelace");
            browser.waitForGridCell("Add Ada Lovelace");

            String contactId = onlyContactNamed(owner, "Ada Lovelace");
            WebElement card = browser.driver().findElement(By.cssSelector(".action-card"));
            assertThat(card.getText()).contains("Created", "Created contact Ada Lovelace");
            WebElement link = card.findElement(By.cssSelector("a.action-card-link"));
            assertThat(link.getDomAttribute("href")).isEqualTo("contacts?open=" + contactId);

            link.click();
            browser.waitForPath("contacts");
            wait(browser.driver())
                    .until(d -> "Ada Lovelace"
                            .equals(chat.script(
                                    "const f = document.getElementById('contact-name');" + " return f && f.value;")));
        }
    }

    @Test
    void aDeleteWaitsForConfirmAndIsUndoneFromItsCard() {
        Api owner = Api.newUser(http, "Decisive Dana");
        addKey(owner);
        String grace = owner.post("/api/contacts", "{\"name\":\"Grace Hopper\"}")
                .expect(201)
                .json()
                .get("id")
                .asText();
        claude.anthropic(
                ModelTurn.tools(ToolCall.of("delete_contact", "{\"id\":\"" + grace + "\"}")),
                ModelTurn.text("Shall I? **Confirm** below."));

        try (Browser browser = Browser.open(port)) {
            ChatScreen chat = new ChatScreen(browser);
            browser.signIn(owner.email(), Api.PASSWORD);
            browser.waitForPath("assistant");
            chat.send("Delete Grace");
            browser.waitForText("Delete contact Grace Hopper");
            owner.get("/api/contacts/" + grace).expect(200);

            click(browser, ".action-card .action-confirm");
            browser.waitForText("✓ Confirmed: Delete contact Grace Hopper");
            owner.get("/api/contacts/" + grace).expect(404);

            click(browser, ".action-card .action-undo");
            browser.waitForText("↶ Undone: Delete contact Grace Hopper");
            wait(browser.driver())
                    .until(d -> !d.findElements(By.cssSelector(".action-card-status"))
                            .isEmpty());
            assertThat(owner.get("/api/contacts/" + grace)
                            .expect(200)
                            .json()
                            .get("name")
                            .asText())
                    .isEqualTo("Grace Hopper");
            JsonNode history = owner.get("/api/contacts/" + grace + "/history").json();
            assertThat(history.get(history.size() - 1).get("eventType").asText())
                    .isEqualTo("ContactRestored");
            assertThat(history.get(history.size() - 1).get("channel").asText()).isEqualTo("assistant");
        }
    }

    private static void click(Browser browser, String selector) {
        wait(browser.driver())
                .until(d -> d.findElements(By.cssSelector(selector)).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null))
                .click();
    }

    @Test
    void markupInARecordAndInTheReplyIsShownAsTextAndNeverRuns() {
        Api owner = Api.newUser(http, "Careful Cara");
        addKey(owner);
        // quoted, so that Markdown takes it for an HTML tag (an unquoted "a=b" value would stay plain text)
        String payload = "<img src=x onerror=\"window.__chatXss=1\">";
        claude.anthropic(
                ModelTurn.tools(ToolCall.of(
                        "create_contact",
                        JSON.createObjectNode().put("name", payload).toString())),
                ModelTurn.text("Added **" + payload + "Grace**, as you asked."));

        try (Browser browser = Browser.open(port)) {
            ChatScreen chat = new ChatScreen(browser);
            browser.signIn(owner.email(), Api.PASSWORD);
            browser.waitForPath("assistant");
            chat.send("Add " + payload);
            chat.waitForBold("Grace");
            // the record's name on the action card is text, never markup
            browser.waitForText("Created contact " + payload);

            // the tag in the Markdown became an image without its handler, which has failed to load by now
            List<WebElement> images = chat.deep("vaadin-markdown img");
            assertThat(images)
                    .as("the sanitized image of the reply and of the user's message")
                    .hasSize(2);
            wait(browser.driver())
                    .until(d -> images.stream()
                            .allMatch(img -> Boolean.TRUE.equals(chat.script("return arguments[0].complete", img))));
            assertThat(chat.deep("[onerror]"))
                    .as("no element carries an event handler")
                    .isEmpty();
            assertThat(chat.script("return window.__chatXss === undefined"))
                    .as("the handler never ran")
                    .isEqualTo(true);
        }
        assertThat(onlyContactNamed(owner, payload)).isNotBlank();
    }

    @Test
    void withoutAKeyTheOwnerIsSentToSettingsAndAMemberIsToldTheOwner() {
        Api owner = Api.newUser(http, "Nora Nokey");
        String code = owner.post("/api/workspace/invites", null)
                .expect(201)
                .json()
                .get("code")
                .asText();
        Api member = Api.newUser(http, "Milo Member", code);

        try (Browser browser = Browser.open(port)) {
            ChatScreen chat = new ChatScreen(browser);
            browser.signIn(owner.email(), Api.PASSWORD);
            browser.waitForPath("assistant");

            // too long: set at once, since typing ten thousand keys takes long
            chat.script("const box = document.querySelector('#chat-input textarea');"
                    + " box.value = 'x'.repeat(10001); box.dispatchEvent(new Event('input', {bubbles: true}));");
            chat.send("");
            browser.waitForText("chat-error", "Your message: at most 10000 characters");

            chat.send("Hello");
            browser.waitForText("chat-error", "Your workspace has no AI key yet");
            browser.waitForGridCell("Hello");
            browser.click("chat-error-fix");
            browser.waitForPath("settings");
            chat.waitUntilShown("ai-key-add");
        }
        try (Browser browser = Browser.open(port)) {
            ChatScreen chat = new ChatScreen(browser);
            browser.signIn(member.email(), Api.PASSWORD);
            chat.send("Hello");
            browser.waitForText("chat-error", "ask Nora Nokey, its owner");
            assertThat(browser.driver().findElements(By.id("chat-error-fix"))).isEmpty();
            assertThat(browser.text()).doesNotContain("Exception", "at dev.crm");
        }
    }

    @Test
    void theSidePanelTellsTheAssistantWhichProjectIsOpenAndIsNotOfferedOnTheAssistantPage() {
        Api owner = Api.newUser(http, "Petra Panel");
        addKey(owner);
        claude.anthropic(ModelTurn.text("It is **Apollo**, planned."));
        String projectId = owner.post("/api/projects", "{\"name\":\"Apollo\",\"status\":\"PLANNED\"}")
                .expect(201)
                .json()
                .get("id")
                .asText();

        try (Browser browser = Browser.open(port)) {
            ChatScreen chat = new ChatScreen(browser);
            browser.signIn(owner.email(), Api.PASSWORD);
            assertThat(browser.driver().findElements(By.id("chat-drawer-toggle")))
                    .noneMatch(WebElement::isDisplayed);

            browser.visit("projects/" + projectId);
            browser.click("chat-drawer-toggle");
            chat.send("#chat-drawer", "What is this project?");
            chat.waitForBold("Apollo");
        }
        claude.wireMock()
                .verify(postRequestedFor(urlEqualTo("/v1/messages"))
                        .withRequestBody(containing(
                                "The user is looking at the page projects, showing the Project " + projectId)));
    }

    /** The owner's workspace key, pointed at the emulated Claude. */
    private void addKey(Api owner) {
        owner.post(
                        "/api/workspace/ai-keys",
                        "{\"provider\":\"ANTHROPIC\",\"apiKey\":\"sk-ant-browser-0001\",\"baseUrl\":\"%s\"}"
                                .formatted(claude.baseUrl()))
                .expect(201);
    }

    private static String onlyContactNamed(Api owner, String name) {
        JsonNode items = owner.get("/api/contacts").expect(200).json().get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("name").asText()).isEqualTo(name);
        return items.get(0).get("id").asText();
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }
}
