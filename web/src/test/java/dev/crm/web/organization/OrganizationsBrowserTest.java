package dev.crm.web.organization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.application.account.AccountService;
import dev.crm.application.account.Registration;
import dev.crm.testsupport.Browser;
import dev.crm.web.support.CrmIntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The organizations screen in a real browser: create one, change it, delete it. */
@CrmIntegrationTest
class OrganizationsBrowserTest {

    private static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Test
    void createsEditsAndDeletesAnOrganization() {
        String email = "orgs-" + UUID.randomUUID() + "@example.com";
        accounts.register(new Registration(email, PASSWORD, "Olga Org", null));
        try (Browser browser = Browser.open(port)) {
            browser.signIn(email, PASSWORD);
            browser.visit("organizations");

            browser.click("new-organization");
            browser.type("organization-name", "Analytical Engines");
            browser.type("organization-industry", "Computing");
            browser.type("organization-description", "Difference and analytical engines, since 1834.");
            browser.click("organization-save");
            browser.waitForGridCell("Analytical Engines");
            assertThat(browser.gridCells()).contains("Computing");

            browser.clickGridCell("Analytical Engines");
            browser.type("organization-industry", "Mechanical computing");
            browser.click("organization-save");
            browser.waitForGridCells(List.of("Analytical Engines", "Mechanical computing"), List.of("Computing"));

            browser.clickGridCell("Analytical Engines");
            browser.click("organization-delete");
            browser.click("confirm-delete");
            browser.waitForGridCells(List.of(), List.of("Analytical Engines"));
        }
    }
}
