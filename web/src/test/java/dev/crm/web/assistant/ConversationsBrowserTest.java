package dev.crm.web.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.testsupport.Browser;
import dev.crm.testsupport.llm.LlmEmulator;
import dev.crm.testsupport.llm.ModelTurn;
import dev.crm.web.support.Api;
import dev.crm.web.support.CrmIntegrationTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The assistant page's conversation list in a real browser: newest first, open, go on, rename, delete, new chat. */
@CrmIntegrationTest
class ConversationsBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Test
    void aUserOpensGoesOnInRenamesAndDeletesTheirConversations() {
        Api owner = Api.newUser(http, "Listy Lou");
        try (LlmEmulator claude = LlmEmulator.start().acceptingKeys()) {
            owner.post(
                            "/api/workspace/ai-keys",
                            "{\"provider\":\"ANTHROPIC\",\"apiKey\":\"sk-ant-browser-0001\",\"baseUrl\":\"%s\"}"
                                    .formatted(claude.baseUrl()))
                    .expect(201);
            claude.anthropic(ModelTurn.text("Noted."));
            owner.post("/api/chat", "{\"message\":\"First plan\"}").expect(200);
            owner.post("/api/chat", "{\"message\":\"Second plan\"}").expect(200);

            try (Browser browser = Browser.open(port)) {
                ChatScreen chat = new ChatScreen(browser);
                browser.signIn(owner.email(), Api.PASSWORD);
                browser.waitForPath("assistant");
                browser.waitForGridCells(List.of("First plan", "Second plan"), List.of());
                assertThat(order(browser, "Second plan", "First plan"))
                        .as("newest first")
                        .isTrue();

                browser.clickGridCell("First plan");
                browser.waitForText("chat-transcript", "Noted.");
                assertThat(browser.driver()
                                .findElement(By.id("chat-transcript"))
                                .getText())
                        .contains("First plan")
                        .doesNotContain("Second plan");
                chat.send("And one more step");
                browser.waitForText("chat-transcript", "And one more step");
                // the conversation just continued moves to the top
                new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                        .until(d -> order(browser, "First plan", "Second plan"));

                browser.clickLabelled("Rename First plan");
                browser.type("conversation-title", "Launch plan");
                browser.click("conversation-rename");
                browser.waitForGridCells(List.of("Launch plan"), List.of("First plan"));

                browser.clickLabelled("Delete Launch plan");
                browser.click("confirm-delete");
                browser.waitForGridCells(List.of("Second plan"), List.of("Launch plan"));
                chat.waitUntilShown("chat-hint");
                assertThat(browser.driver()
                                .findElement(By.id("chat-transcript"))
                                .getText())
                        .doesNotContain("Noted.");
            }
        }
        assertThat(owner.get("/api/conversations").json().get("items")).hasSize(1);
    }

    /** Whether the list shows {@code first} above {@code second}. */
    private static boolean order(Browser browser, String first, String second) {
        List<String> cells = browser.gridCells();
        int a = cells.indexOf(first);
        int b = cells.indexOf(second);
        return a >= 0 && b >= 0 && a < b;
    }
}
