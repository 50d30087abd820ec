package dev.crm.web.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crm.testsupport.llm.LlmEmulator;
import dev.crm.testsupport.llm.ModelTurn;
import dev.crm.testsupport.llm.ToolCall;
import dev.crm.web.support.Api;
import dev.crm.web.support.CrmIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

/**
 * POST /api/chat and the conversations over REST, with Claude emulated ({@link LlmEmulator}): a contact created by chat
 * is the user's.
 */
@CrmIntegrationTest
class ChatApiTest {

    @Autowired
    TestRestTemplate http;

    LlmEmulator claude;
    Api user;

    @BeforeEach
    void setUp() {
        claude = LlmEmulator.start().acceptingKeys();
        user = Api.newUser(http, "Chatty Cho");
    }

    @AfterEach
    void tearDown() {
        claude.close();
    }

    @Test
    void aMessageCreatesAContactAndTheConversationIsKept() {
        user.post(
                        "/api/workspace/ai-keys",
                        "{\"provider\":\"ANTHROPIC\",\"apiKey\":\"sk-ant-rest-0001\",\"baseUrl\":\"%s\"}"
                                .formatted(claude.baseUrl()))
                .expect(201);
        claude.anthropic(
                ModelTurn.tools(ToolCall.of("create_contact", "{\"name\":\"Ada Lovelace\"}"))
                        .withUsage(1, 1),
                ModelTurn.text("Added **Ada Lovelace**.").withUsage(1, 1));

        JsonNode reply = user.post(
                        "/api/chat", "{\"message\":\"Add Ada Lovelace\",\"context\":{\"page\":\"contacts\"}}")
                .expect(200)
                .json();
        assertThat(reply.get("reply").asText()).isEqualTo("Added **Ada Lovelace**.");
        JsonNode action = reply.get("actions").get(0);
        assertThat(action.get("kind").asText()).isEqualTo("CREATED");
        String contactId = action.get("recordId").asText();
        assertThat(user.get("/api/contacts/" + contactId)
                        .expect(200)
                        .json()
                        .get("name")
                        .asText())
                .isEqualTo("Ada Lovelace");
        assertThat(user.get("/api/contacts/" + contactId + "/history")
                        .json()
                        .get(0)
                        .get("channel")
                        .asText())
                .isEqualTo("assistant");

        String conversation = reply.get("conversationId").asText();
        assertThat(user.get("/api/conversations")
                        .json()
                        .get("items")
                        .get(0)
                        .get("title")
                        .asText())
                .isEqualTo("Add Ada Lovelace");
        assertThat(user.get("/api/conversations/" + conversation).json().get("messages"))
                .hasSize(2);
        user.exchange(
                        HttpMethod.PATCH,
                        "/api/conversations/" + conversation,
                        "{\"title\":\"Ada\"}",
                        new org.springframework.http.HttpHeaders())
                .expect(200);
        Api.newUser(http, "Stranger Sam")
                .get("/api/conversations/" + conversation)
                .expect(404);
        user.delete("/api/conversations/" + conversation).expect(204);
        user.get("/api/conversations/" + conversation).expect(404);
    }

    @Test
    void noKeyARefusedKeyAndBadMessagesAreClearProblems() {
        JsonNode noKey =
                user.post("/api/chat", "{\"message\":\"Hello\"}").expect(409).json();
        assertThat(noKey.get("detail").asText()).contains("Settings → AI keys");
        assertThat(user.post("/api/chat", "{\"message\":\"\"}")
                        .expect(400)
                        .json()
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asText())
                .isEqualTo("message");
        user.post("/api/chat", "{\"message\":\"" + "x".repeat(10_001) + "\"}").expect(400);

        user.post(
                        "/api/workspace/ai-keys",
                        "{\"provider\":\"ANTHROPIC\",\"apiKey\":\"sk-ant-soon-revoked\",\"baseUrl\":\"%s\"}"
                                .formatted(claude.baseUrl()))
                .expect(201);
        claude.wireMock()
                .stubFor(
                        post("/v1/messages")
                                .willReturn(
                                        aResponse()
                                                .withStatus(401)
                                                .withHeader("Content-Type", "application/json")
                                                .withBody(
                                                        "{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key\"}}")));
        JsonNode refused = user.post("/api/chat", "{\"message\":\"Hello again\"}")
                .expect(502)
                .json();
        assertThat(refused.get("keyRejected").asBoolean()).isTrue();
        assertThat(user.get("/api/workspace/ai-keys")
                        .json()
                        .get("items")
                        .get(0)
                        .get("status")
                        .asText())
                .isEqualTo("INVALID");
    }

    @Test
    void aUserSendingTooManyMessagesIsToldWhenToTryAgainAndTheMessageIsNotKept() {
        user.post(
                        "/api/workspace/ai-keys",
                        "{\"provider\":\"ANTHROPIC\",\"apiKey\":\"sk-ant-busy-0001\",\"baseUrl\":\"%s\"}"
                                .formatted(claude.baseUrl()))
                .expect(201);
        claude.anthropic(ModelTurn.text("Noted.").withUsage(1, 1));
        String conversation = user.post("/api/chat", "{\"message\":\"Note 0\"}")
                .expect(200)
                .json()
                .get("conversationId")
                .asText();

        Api.Response refused = null;
        for (int i = 1; i <= 30 && refused == null; i++) {
            Api.Response response = user.post(
                    "/api/chat", "{\"message\":\"Note %d\",\"conversationId\":\"%s\"}".formatted(i, conversation));
            if (response.status() == 429) {
                refused = response;
            } else {
                response.expect(200);
            }
        }

        assertThat(refused).as("the budget of 12 turns a minute runs out").isNotNull();
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(refused.json().get("detail").asText()).contains("wait a moment");
        JsonNode messages =
                user.get("/api/conversations/" + conversation).json().get("messages");
        assertThat(messages.get(messages.size() - 1).get("content").asText())
                .as("the refused message is not stored")
                .isEqualTo("Noted.");
        Api.newUser(http, "Calm Carl").post("/api/chat", "{\"message\":\"Hi\"}").expect(409);
    }

    @Test
    void usageIsCountedPerWorkspaceAndOnlyTheOwnerSetsTheBudget() {
        user.post(
                        "/api/workspace/ai-keys",
                        "{\"provider\":\"ANTHROPIC\",\"apiKey\":\"sk-ant-usage-0001\",\"baseUrl\":\"%s\"}"
                                .formatted(claude.baseUrl()))
                .expect(201);
        claude.anthropic(ModelTurn.text("Hi.").withUsage(1200, 34));
        user.post("/api/chat", "{\"message\":\"Hi\"}").expect(200);

        JsonNode usage = user.get("/api/workspace/ai-usage").expect(200).json();
        assertThat(usage.get("tokensIn").asLong()).isEqualTo(1200);
        assertThat(usage.get("tokensOut").asLong()).isEqualTo(34);
        assertThat(usage.get("turns").asLong()).isEqualTo(1);
        assertThat(usage.get("budget").isNull()).isTrue();

        assertThat(user.put("/api/workspace/ai-usage", "{\"monthlyTokenBudget\":5}")
                        .expect(400)
                        .json()
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asText())
                .isEqualTo("monthlyTokenBudget");
        user.put("/api/workspace/ai-usage", "{\"monthlyTokenBudget\":1000}").expect(200);
        assertThat(user.post("/api/chat", "{\"message\":\"Again\"}")
                        .expect(409)
                        .json()
                        .get("detail")
                        .asText())
                .contains("budget");
        Api stranger = Api.newUser(http, "Other Owner");
        stranger.put("/api/workspace/ai-usage", "{\"monthlyTokenBudget\":null}").expect(200);
        assertThat(user.get("/api/workspace/ai-usage").json().get("budget").asLong())
                .as("another workspace's owner changed only their own")
                .isEqualTo(1000);
    }
}
