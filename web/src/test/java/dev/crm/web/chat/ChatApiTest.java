package dev.crm.web.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.crm.web.support.Api;
import dev.crm.web.support.CrmIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

/** POST /api/chat and the conversations over REST, with Claude emulated: a contact created by chat is the user's. */
@CrmIntegrationTest
class ChatApiTest {

    @Autowired
    TestRestTemplate http;

    WireMockServer claude;
    Api user;

    @BeforeEach
    void setUp() {
        claude = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));
        claude.start();
        claude.stubFor(get("/v1/models").willReturn(okJson("{\"data\":[]}")));
        user = Api.newUser(http, "Chatty Cho");
    }

    @AfterEach
    void tearDown() {
        claude.stop();
    }

    @Test
    void aMessageCreatesAContactAndTheConversationIsKept() {
        user.post(
                        "/api/workspace/ai-keys",
                        "{\"provider\":\"ANTHROPIC\",\"apiKey\":\"sk-ant-rest-0001\",\"baseUrl\":\"%s\"}"
                                .formatted(claude.baseUrl()))
                .expect(201);
        claude.stubFor(post("/v1/messages")
                .atPriority(1)
                .withRequestBody(containing("tool_result"))
                .willReturn(okJson("""
                {"id":"msg_2","type":"message","role":"assistant","model":"claude-sonnet-4-5",
                 "content":[{"type":"text","text":"Added **Ada Lovelace**."}],"stop_reason":"end_turn",
                 "usage":{"input_tokens":1,"output_tokens":1}}""")));
        claude.stubFor(post("/v1/messages").atPriority(5).willReturn(okJson("""
                {"id":"msg_1","type":"message","role":"assistant","model":"claude-sonnet-4-5",
                 "content":[{"type":"tool_use","id":"toolu_1","name":"create_contact","input":{"name":"Ada Lovelace"}}],
                 "stop_reason":"tool_use","usage":{"input_tokens":1,"output_tokens":1}}""")));

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
        claude.stubFor(
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
        claude.stubFor(post("/v1/messages").willReturn(okJson("""
                {"id":"msg_1","type":"message","role":"assistant","model":"claude-sonnet-4-5",
                 "content":[{"type":"text","text":"Noted."}],"stop_reason":"end_turn",
                 "usage":{"input_tokens":1,"output_tokens":1}}""")));
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
        claude.stubFor(post("/v1/messages").willReturn(okJson("""
                {"id":"msg_1","type":"message","role":"assistant","model":"claude-sonnet-4-5",
                 "content":[{"type":"text","text":"Hi."}],"stop_reason":"end_turn",
                 "usage":{"input_tokens":1200,"output_tokens":34}}""")));
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
