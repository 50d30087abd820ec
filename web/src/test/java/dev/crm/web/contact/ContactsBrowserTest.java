package dev.crm.web.contact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.testsupport.Browser;
import dev.crm.web.support.CrmIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The contacts screen in a real browser, from a newcomer's registration to their first contact in the list. */
@CrmIntegrationTest
class ContactsBrowserTest {

    private static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;

    @Test
    void aNewcomerRegistersSignsInAndSeesTheContactTheyCreate() {
        String email = "browser-" + UUID.randomUUID() + "@example.com";
        try (Browser browser = Browser.open(port)) {
            browser.visit("register");
            browser.type("name", "Bea Browser");
            browser.type("email", email);
            browser.type("password", PASSWORD);
            browser.type("confirmation", PASSWORD);
            browser.click("create-account");
            browser.waitForPath("login");

            browser.signIn(email, PASSWORD);
            browser.visit("contacts");
            browser.click("new-contact");
            browser.type("contact-name", "Grace Hopper");
            browser.type("contact-email", "grace@navy.example");
            browser.type("contact-organization", "US Navy");
            browser.click("contact-save");

            browser.waitForGridCell("Grace Hopper");
            assertThat(browser.gridCells()).contains("grace@navy.example", "US Navy");
        }
    }
}
