package dev.crm.web.aikey;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.crm.web.support.Api;
import dev.crm.web.support.CrmIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Settings → AI keys over REST, against an emulated OpenAI model list: owner only, never a key in an answer or a log. */
@CrmIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AiKeyApiTest {

    private static final String KEY = "sk-proj-Secret-Value-9xYz";
    private static final String MODELS = "{\"object\":\"list\",\"data\":[{\"id\":\"gpt-5\",\"object\":\"model\"}]}";

    @Autowired
    TestRestTemplate http;

    WireMockServer openAi;
    Api owner;

    @BeforeEach
    void setUp() {
        openAi = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));
        openAi.start();
        openAi.stubFor(get("/v1/models")
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .willReturn(okJson(MODELS)));
        openAi.stubFor(get("/v1/models")
                .withHeader("Authorization", equalTo("Bearer sk-wrong-0000"))
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"Incorrect API key provided: sk-wrong-0000\"}}")));
        owner = Api.newUser(http, "Owner Oona");
    }

    @AfterEach
    void tearDown() {
        openAi.stop();
    }

    @Test
    void theOwnerAddsRotatesAndRevokesAKeyThatNoAnswerOrLogEverShows(CapturedOutput output) {
        Api.Response added = owner.post("/api/workspace/ai-keys", """
                {"provider":"OPENAI","apiKey":"%s","baseUrl":"%s/v1","label":"Team key"}""".formatted(KEY, openAi.baseUrl()))
                .expect(201);
        JsonNode key = added.json();
        assertThat(key.get("last4").asText()).isEqualTo("9xYz");
        assertThat(key.get("model").asText()).isEqualTo("gpt-5");
        assertThat(key.get("isDefault").asBoolean()).isTrue();
        assertThat(key.has("apiKey")).isFalse();
        String id = key.get("id").asText();

        String everything =
                owner.get("/api/workspace/ai-keys").expect(200).entity().getBody()
                        + owner.get("/api/workspace/ai-keys/" + id + "/history")
                                .expect(200)
                                .entity()
                                .getBody();
        assertThat(everything).contains("9xYz").doesNotContain(KEY);

        Api.Response refused = owner.put("/api/workspace/ai-keys/" + id, "{\"apiKey\":\"sk-wrong-0000\"}");
        refused.expect(422);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("apiKey");
        assertThat(refused.json().get("detail").asText()).contains("Incorrect API key");

        JsonNode changed = owner.put("/api/workspace/ai-keys/" + id, "{\"model\":\"gpt-5-mini\"}")
                .expect(200)
                .json();
        assertThat(changed.get("model").asText()).isEqualTo("gpt-5-mini");

        owner.delete("/api/workspace/ai-keys/" + id).expect(204);
        assertThat(owner.get("/api/workspace/ai-keys").json().get("items")).isEmpty();
        assertThat(output.getAll()).doesNotContain(KEY);
    }

    @Test
    void membersMayNotSeeOrManageKeysAndBadInputNamesItsField() throws Exception {
        String code = owner.post("/api/workspace/invites", null)
                .expect(201)
                .json()
                .get("code")
                .asText();
        Api member = Api.newUser(http, "Member Mo", code);
        member.get("/api/workspace/ai-keys").expect(403);
        member.post(
                        "/api/workspace/ai-keys",
                        "{\"provider\":\"OPENAI\",\"apiKey\":\"%s\",\"baseUrl\":\"%s\"}"
                                .formatted(KEY, openAi.baseUrl()))
                .expect(403);
        assertThat(openAi.getAllServeEvents()).isEmpty();

        assertThat(field(owner.post("/api/workspace/ai-keys", "{\"provider\":\"OPENAI\"}")
                        .expect(400)
                        .json()))
                .isEqualTo("apiKey");
        assertThat(field(owner.post("/api/workspace/ai-keys", "{\"provider\":\"MISTRAL\",\"apiKey\":\"k\"}")
                        .expect(400)
                        .json()))
                .isEqualTo("provider");
        assertThat(field(owner.post(
                                "/api/workspace/ai-keys",
                                "{\"provider\":\"OPENAI\",\"apiKey\":\"%s\",\"baseUrl\":\"ftp://x\"}".formatted(KEY))
                        .expect(400)
                        .json()))
                .isEqualTo("baseUrl");
        assertThat(field(owner.post(
                                "/api/workspace/ai-keys",
                                "{\"provider\":\"OPENAI\",\"apiKey\":\"sk-wrong-0000\","
                                        + "\"baseUrl\":\"%s\"}".formatted(openAi.baseUrl()))
                        .expect(422)
                        .json()))
                .isEqualTo("apiKey");
        owner.put("/api/workspace/ai-keys/" + java.util.UUID.randomUUID(), "{\"label\":\"x\"}")
                .expect(404);
        assertThat(owner.get("/api/workspace/ai-keys").json().get("items")).isEmpty();
    }

    private static String field(JsonNode problem) {
        return problem.get("errors").get(0).get("field").asText();
    }
}
