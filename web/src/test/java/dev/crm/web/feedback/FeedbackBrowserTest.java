package dev.crm.web.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crm.testsupport.Browser;
import dev.crm.web.support.Api;
import dev.crm.web.support.CrmIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Feedback in a real browser: a member sends a bug with a screenshot, the workspace's owner finds it listed. */
@CrmIntegrationTest
class FeedbackBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Test
    void aMemberSendsFeedbackWithAScreenshotAndTheOwnerSeesIt() throws IOException {
        String ownerEmail = register("Owen Owner", null);
        String code = Api.signIn(http, ownerEmail, Api.PASSWORD)
                .post("/api/workspace/invites", null)
                .expect(201)
                .json()
                .get("code")
                .asText();
        String memberEmail = register("Mona Member", code);
        Path screenshot = Files.createTempFile("screenshot", ".png");
        Files.write(screenshot, FeedbackApiTest.PNG);

        try (Browser browser = Browser.open(port)) {
            browser.signIn(memberEmail, Api.PASSWORD);
            browser.visit("feedback");
            WebDriver driver = browser.driver();
            driver.findElements(By.cssSelector("#feedback-category vaadin-radio-button")).stream()
                    .filter(radio -> radio.getText().strip().equals("Bug"))
                    .findFirst()
                    .orElseThrow()
                    .click();
            driver.findElement(By.cssSelector("#feedback-message textarea"))
                    .sendKeys("Saving a contact scrolls to the top");
            WebElement file = (WebElement)
                    ((JavascriptExecutor) driver)
                            .executeScript(
                                    "return document.querySelector('#feedback-file input[type=file]')"
                                            + " || document.querySelector('#feedback-file').shadowRoot.querySelector('input[type=file]')");
            file.sendKeys(screenshot.toString());
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> (Boolean) ((JavascriptExecutor) d)
                    .executeScript("const files = document.querySelector('#feedback-file').files;"
                            + " return files.length === 1 && files[0].complete === true;"));
            browser.waitForVaadin();
            browser.click("feedback-submit");

            browser.waitForGridCell("Saving a contact scrolls to the top");
            assertThat(browser.gridCells()).contains("Bug");
        } finally {
            Files.deleteIfExists(screenshot);
        }

        try (Browser browser = Browser.open(port)) {
            browser.signIn(ownerEmail, Api.PASSWORD);
            browser.visit("feedback");
            browser.waitForGridCell("Saving a contact scrolls to the top");
            assertThat(browser.gridCells()).contains("Mona Member", "Bug");
            assertThat(browser.driver().findElements(By.cssSelector("#feedback-list a")))
                    .extracting(WebElement::getText)
                    .anyMatch(text -> text.startsWith(screenshot.getFileName().toString()));
        }
    }

    private String register(String name, String inviteCode) {
        String email = name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID() + "@example.com";
        Api.anonymous(http)
                .post(
                        "/api/auth/register",
                        JSON.createObjectNode()
                                .put("email", email)
                                .put("password", Api.PASSWORD)
                                .put("name", name)
                                .put("inviteCode", inviteCode)
                                .toString())
                .expect(201);
        return email;
    }
}
