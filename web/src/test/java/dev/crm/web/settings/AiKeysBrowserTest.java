package dev.crm.web.settings;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.crm.testsupport.Browser;
import dev.crm.web.support.Api;
import dev.crm.web.support.CrmIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Settings → AI keys in a real browser: a refused key is named on its field, an accepted one appears by its last four. */
@CrmIntegrationTest
class AiKeysBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Test
    void theOwnerAddsAKeyAfterTheProviderRefusedAWrongOne() {
        WireMockServer openAi = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));
        openAi.start();
        try {
            openAi.stubFor(get("/v1/models")
                    .withHeader("Authorization", equalTo("Bearer sk-good-key-Ab12"))
                    .willReturn(okJson("{\"object\":\"list\",\"data\":[{\"id\":\"gpt-5\",\"object\":\"model\"}]}")));
            openAi.stubFor(get("/v1/models")
                    .withHeader("Authorization", equalTo("Bearer sk-bad-key-0000"))
                    .willReturn(aResponse()
                            .withStatus(401)
                            .withHeader("Content-Type", "application/json")
                            .withBody("{\"error\":{\"message\":\"Incorrect API key provided\"}}")));
            Api owner = Api.newUser(http, "Keyholder Kim");

            try (Browser browser = Browser.open(port)) {
                browser.signIn(owner.email(), Api.PASSWORD);
                browser.visit("settings");
                browser.clickTab("AI keys");
                browser.select("ai-key-provider", "OpenAI");
                browser.type("ai-key-api-key", "sk-bad-key-0000");
                browser.type("ai-key-base-url", openAi.baseUrl() + "/v1");
                browser.click("ai-key-add");
                browser.waitForText("Incorrect API key provided");

                browser.type("ai-key-api-key", "sk-good-key-Ab12");
                browser.click("ai-key-add");
                browser.waitForGridCell("…Ab12");
                assertThat(browser.text()).doesNotContain("sk-good-key");
                browser.waitForText("ai-usage", "0 tokens in, 0 out, in 0 turns; no budget.");
            }
            assertThat(owner.get("/api/workspace/ai-keys")
                            .json()
                            .get("items")
                            .get(0)
                            .get("last4")
                            .asText())
                    .isEqualTo("Ab12");
        } finally {
            openAi.stop();
        }
    }
}
