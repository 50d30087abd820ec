package dev.crm.web.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crm.testsupport.Browser;
import dev.crm.web.support.Api;
import dev.crm.web.support.CrmIntegrationTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Settings screen in a real browser: a profile change shows at once in the account menu. */
@CrmIntegrationTest
class SettingsBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Test
    void aUserRenamesThemselfAndPicksATimeZoneAndTheAccountMenuFollows() {
        String email = "sam." + UUID.randomUUID() + "@example.com";
        Api.anonymous(http)
                .post(
                        "/api/auth/register",
                        new ObjectMapper()
                                .createObjectNode()
                                .put("email", email)
                                .put("password", Api.PASSWORD)
                                .put("name", "Sam Settings")
                                .toString())
                .expect(201);

        try (Browser browser = Browser.open(port)) {
            browser.signIn(email, Api.PASSWORD);
            browser.visit("settings");
            WebDriver driver = browser.driver();
            assertThat(driver.findElement(By.id("account-name")).getText()).isEqualTo("Sam Settings");

            browser.type("profile-name", "Samantha Settings");
            browser.choose("profile-time-zone", "America/Sao_Paulo");
            browser.click("profile-save");

            wait(driver)
                    .until(d -> d.findElement(By.id("account-name")).getText().equals("Samantha Settings"));
            driver.findElement(By.cssSelector("#account-menu vaadin-menu-bar-button"))
                    .click();
            browser.waitForVaadin();
            wait(driver).until(d -> !d.findElements(By.id("account-time-zone")).isEmpty());
            assertThat(driver.findElement(By.id("account-time-zone")).getText())
                    .isEqualTo("Times in America/Sao_Paulo");
            assertThat(driver.findElement(By.id("account-email")).getText()).isEqualTo(email);
        }
        Api user = Api.signIn(http, email, Api.PASSWORD);
        assertThat(user.get("/api/me").json().get("timeZone").asText()).isEqualTo("America/Sao_Paulo");
        assertThat(user.get("/api/me").json().get("name").asText()).isEqualTo("Samantha Settings");
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }
}
