package dev.crm.web.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crm.testsupport.llm.LlmEmulator;
import dev.crm.testsupport.llm.ModelTurn;
import dev.crm.testsupport.llm.ToolCall;
import dev.crm.web.support.Api;
import dev.crm.web.support.CrmIntegrationTest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * The assistant's WebSocket, as an API client uses it: signed in by bearer token, a message streams back its text,
 * tool calls and results, the action, then the whole reply; client mistakes answer problem events naming the field.
 */
@CrmIntegrationTest
class ChatSocketTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate http;

    @LocalServerPort
    int port;

    LlmEmulator llm;
    Api user;

    @BeforeEach
    void setUp() {
        llm = LlmEmulator.start().acceptingKeys();
        user = Api.newUser(http, "Socket Sue");
        user.post(
                        "/api/workspace/ai-keys",
                        "{\"provider\":\"ANTHROPIC\",\"apiKey\":\"sk-ant-ws-0001\",\"baseUrl\":\"%s\"}"
                                .formatted(llm.baseUrl()))
                .expect(201);
    }

    @AfterEach
    void tearDown() {
        llm.close();
    }

    @Test
    void aMessageStreamsItsTextToolCallsAndActionThenTheWholeReply() throws Exception {
        llm.anthropic(
                ModelTurn.tools(ToolCall.of("create_contact", "{\"name\":\"Ada Lovelace\"}"))
                        .withText("Adding Ada Lovelace for you."),
                ModelTurn.text("Ada Lovelace is now among your contacts."));
        Client client = connect(user.token());

        client.send("{\"type\":\"message\",\"message\":\"Add Ada Lovelace\",\"context\":{\"page\":\"contacts\"}}");
        List<JsonNode> events = client.untilDone();

        List<String> types = events.stream().map(e -> e.get("type").asText()).toList();
        assertThat(types.get(0)).isEqualTo("started");
        assertThat(types).containsSubsequence("text", "text", "tool_call", "action", "tool_result", "text", "done");
        JsonNode done = events.get(events.size() - 1);
        assertThat(done.get("reply").asText())
                .isEqualTo("Adding Ada Lovelace for you.\n\nAda Lovelace is now among your contacts.");
        String conversationId = events.get(0).get("conversationId").asText();
        assertThat(done.get("conversationId").asText()).isEqualTo(conversationId);
        JsonNode action = done.get("actions").get(0);
        assertThat(action.get("kind").asText()).isEqualTo("CREATED");
        assertThat(user.get("/api/contacts/" + action.get("recordId").asText())
                        .expect(200)
                        .json()
                        .get("name")
                        .asText())
                .isEqualTo("Ada Lovelace");
        JsonNode toolCall = events.get(types.indexOf("tool_call"));
        assertThat(toolCall.get("name").asText()).isEqualTo("create_contact");
        assertThat(events.get(types.indexOf("tool_result")).get("id").asText())
                .isEqualTo(toolCall.get("id").asText());
        assertThat(user.get("/api/conversations/" + conversationId)
                        .json()
                        .get("messages")
                        .get(1)
                        .get("content")
                        .asText())
                .isEqualTo(done.get("reply").asText());
        client.close();
    }

    @Test
    void clientMistakesAnswerProblemEventsAndTheConnectionStaysUsable() throws Exception {
        llm.anthropic(ModelTurn.text("Hello."));
        Client client = connect(user.token());

        client.send("{not json");
        assertProblem(client.next(), 400, "body");
        client.send("{\"type\":\"shout\"}");
        assertProblem(client.next(), 400, "type");
        client.send("{\"type\":\"message\",\"message\":\"hi\",\"provider\":\"SKYNET\"}");
        assertProblem(client.next(), 400, "provider");
        client.send("{\"type\":\"message\",\"message\":\"hi\",\"provider\":\"GEMINI\"}");
        assertProblem(client.next(), 400, "provider"); // the workspace has no Gemini key
        client.send("{\"type\":\"message\",\"message\":\"" + "x".repeat(10_001) + "\"}");
        assertProblem(client.next(), 400, "message");
        client.send(
                "{\"type\":\"message\",\"message\":\"hi\",\"conversationId\":\"00000000-0000-0000-0000-000000000000\"}");
        assertThat(client.next().get("status").asInt()).isEqualTo(404);

        client.send("{\"type\":\"message\",\"message\":\"hi\"}");
        List<JsonNode> turn = client.untilDone();
        assertThat(turn.get(turn.size() - 1).get("reply").asText()).isEqualTo("Hello.");
        client.close();
    }

    @Test
    void stopEndsAWaitingTurnAtOnceAndKeepsItMarked() throws Exception {
        llm.anthropic(ModelTurn.text("A long answer."));
        llm.wireMock().setGlobalFixedDelay(5_000);
        Client client = connect(user.token());

        client.send("{\"type\":\"message\",\"message\":\"Tell me everything\"}");
        assertThat(client.next().get("type").asText()).isEqualTo("started");
        client.send("{\"type\":\"message\",\"message\":\"And more\"}");
        assertProblem(client.next(), 400, "type"); // one turn at a time
        long stoppedAt = System.nanoTime();
        client.send("{\"type\":\"stop\"}");
        JsonNode done = client.next();

        assertThat(done.get("type").asText()).isEqualTo("done");
        assertThat(done.get("reply").asText()).isEqualTo("*(stopped)*");
        assertThat((System.nanoTime() - stoppedAt) / 1_000_000)
                .as("ms until done")
                .isLessThan(3_000);
        client.close();
    }

    @Test
    void withoutAValidTokenTheHandshakeIsRefused() {
        assertThatThrownBy(() -> connect(null)).hasStackTraceContaining("401");
        assertThatThrownBy(() -> connect("not-a-token")).hasStackTraceContaining("401");
    }

    private static void assertProblem(JsonNode event, int status, String field) {
        assertThat(event.get("type").asText()).isEqualTo("error");
        assertThat(event.get("status").asInt()).isEqualTo(status);
        assertThat(event.get("errors").get(0).get("field").asText()).isEqualTo(field);
        assertThat(event.toString()).doesNotContain("Exception").doesNotContain("dev.crm");
    }

    private Client connect(String token) throws Exception {
        WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
        if (token != null) {
            headers.setBearerAuth(token);
        }
        Client client = new Client();
        client.session = new StandardWebSocketClient()
                .execute(client, headers, URI.create("ws://localhost:" + port + "/api/chat/ws"))
                .get(10, TimeUnit.SECONDS);
        return client;
    }

    /** Reads the server's events into a queue. */
    static final class Client extends TextWebSocketHandler {
        private final BlockingQueue<JsonNode> incoming = new LinkedBlockingQueue<>();
        private WebSocketSession session;

        @Override
        protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {
            incoming.add(JSON.readTree(message.getPayload()));
        }

        void send(String text) throws Exception {
            session.sendMessage(new TextMessage(text));
        }

        JsonNode next() throws InterruptedException {
            JsonNode event = incoming.poll(20, TimeUnit.SECONDS);
            assertThat(event).as("an event within 20 s").isNotNull();
            return event;
        }

        List<JsonNode> untilDone() throws InterruptedException {
            List<JsonNode> turn = new ArrayList<>();
            JsonNode event;
            do {
                event = next();
                turn.add(event);
                assertThat(event.get("type").asText()).as(event.toString()).isNotEqualTo("error");
            } while (!event.get("type").asText().equals("done"));
            return turn;
        }

        void close() throws Exception {
            session.close();
        }
    }
}
