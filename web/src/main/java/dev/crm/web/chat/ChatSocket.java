package dev.crm.web.chat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crm.assistant.actions.ChatAction;
import dev.crm.assistant.chat.ChatReply;
import dev.crm.assistant.chat.ChatRequest;
import dev.crm.assistant.chat.ChatService;
import dev.crm.assistant.chat.TurnListener;
import dev.crm.assistant.chat.TurnStop;
import dev.crm.domain.aikey.AiProvider;
import dev.crm.domain.shared.InvalidInputException;
import dev.crm.web.support.ApiExceptionHandler;
import dev.crm.web.support.StrictJson;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * The assistant over a WebSocket: a client sends {@code {"type":"message", "message":…, "conversationId"?,
 * "context"?, "provider"?}} and reads the turn as it happens — {@code started}, {@code text} deltas, {@code
 * tool_call} and {@code tool_result}, {@code action} (a change made, or one waiting for Confirm), then {@code done}
 * with the whole reply, or {@code error} with the problem body the REST call would answer. {@code {"type":"stop"}}
 * ends the running turn, keeping what was said. One turn at a time per connection; turns run on the application's
 * task executor, so the socket keeps listening for a stop.
 */
@Component
class ChatSocket extends TextWebSocketHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ChatSocket.class);
    /** Room for the longest message the assistant takes (10,000 characters) in any script, as JSON. */
    private static final int MAX_INCOMING = 64 * 1024;

    private static final String USER = "user";
    private static final String EXPIRES = "expires";
    private static final String OUT = "out";
    private static final String TURN = "turn";

    private final ChatService chat;
    private final ObjectMapper json;
    private final ObjectMapper strict;
    private final TaskExecutor executor;
    private final ApiExceptionHandler problems;

    ChatSocket(
            ChatService chat,
            ObjectMapper json,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            ApiExceptionHandler problems) {
        this.chat = chat;
        this.json = json;
        // messages are read by the REST API's rules: unknown fields and wrong types are refused, naming the field
        this.strict = StrictJson.strict(json);
        this.executor = executor;
        this.problems = problems;
    }

    /** What a client sends. */
    record Incoming(
            String type, String message, UUID conversationId, ChatRequest.PageContext context, AiProvider provider) {}

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        session.setTextMessageSizeLimit(MAX_INCOMING);
        // the handshake passed the API's bearer-token sign-in; the token's subject is the user for the connection
        Jwt token = ((JwtAuthenticationToken) session.getPrincipal()).getToken();
        session.getAttributes().put(USER, UUID.fromString(token.getSubject()));
        session.getAttributes().put(EXPIRES, token.getExpiresAt());
        // turns write from the executor while the container may write a close: one writer at a time
        session.getAttributes().put(OUT, new ConcurrentWebSocketSessionDecorator(session, 10_000, 1024 * 1024));
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage text) throws IOException {
        Out out = out(session);
        Instant expires = (Instant) session.getAttributes().get(EXPIRES);
        if (expires != null && Instant.now().isAfter(expires)) {
            session.close(CloseStatus.POLICY_VIOLATION.withReason("The access token expired: sign in again"));
            return;
        }
        Incoming incoming;
        try {
            incoming = strict.readValue(text.getPayload(), Incoming.class);
        } catch (IOException unreadable) {
            out.problem(problems.problemOf(unreadable));
            return;
        }
        switch (incoming.type() == null ? "" : incoming.type()) {
            case "message" -> start(session, out, incoming);
            case "stop" -> {
                TurnStop running = (TurnStop) session.getAttributes().get(TURN);
                if (running != null) {
                    running.stop();
                }
            }
            default ->
                out.problem(problems.problemOf(InvalidInputException.of("type", "Either \"message\" or \"stop\"")));
        }
    }

    private void start(WebSocketSession session, Out out, Incoming incoming) {
        TurnStop stop = new TurnStop();
        if (session.getAttributes().putIfAbsent(TURN, stop) != null) {
            out.problem(problems.problemOf(InvalidInputException.of(
                    "type", "A reply is still being written: wait for it, or send {\"type\":\"stop\"} first")));
            return;
        }
        UUID userId = (UUID) session.getAttributes().get(USER);
        ChatRequest request =
                new ChatRequest(incoming.message(), incoming.conversationId(), incoming.context(), incoming.provider());
        try {
            executor.execute(() -> {
                ChatReply reply = null;
                RuntimeException failure = null;
                try {
                    reply = chat.stream(userId, request, out, stop);
                } catch (RuntimeException e) {
                    failure = e;
                } finally {
                    // before the last event: a client that answers it at once may start the next turn
                    session.getAttributes().remove(TURN, stop);
                }
                if (reply != null) {
                    out.send(event("done")
                            .with("conversationId", reply.conversationId())
                            .with("reply", reply.reply())
                            .with("actions", reply.actions()));
                } else {
                    out.problem(problems.problemOf(failure));
                }
            });
        } catch (RejectedExecutionException busy) {
            session.getAttributes().remove(TURN, stop);
            out.problem(problems.problemOf(busy));
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        // nobody reads on: end the turn early; what it said so far is kept in the conversation
        TurnStop running = (TurnStop) session.getAttributes().get(TURN);
        if (running != null) {
            running.stop();
        }
    }

    private Out out(WebSocketSession session) {
        return new Out((WebSocketSession) session.getAttributes().get(OUT), json);
    }

    private static Event event(String type) {
        return new Event().with("type", type);
    }

    /** One message to the client, its fields in the order they are given. */
    static final class Event extends LinkedHashMap<String, Object> {
        Event with(String field, Object value) {
            put(field, value);
            return this;
        }
    }

    /** The turn's events, written to the client as they happen. */
    private record Out(WebSocketSession session, ObjectMapper json) implements TurnListener {

        @Override
        public void started(UUID conversationId) {
            send(event("started").with("conversationId", conversationId));
        }

        @Override
        public void text(String delta) {
            send(event("text").with("delta", delta));
        }

        @Override
        public void toolStarted(String callId, String tool) {
            send(event("tool_call").with("id", callId).with("name", tool));
        }

        @Override
        public void toolFinished(String callId, String tool, String result, boolean failed) {
            send(event("tool_result")
                    .with("id", callId)
                    .with("name", tool)
                    .with("failed", failed)
                    .with("result", result));
        }

        @Override
        public void action(ChatAction action) {
            send(event("action").with("action", action));
        }

        void problem(ResponseEntity<Object> problem) {
            Event error = event("error").with("status", problem.getStatusCode().value());
            if (problem.getBody() instanceof ProblemDetail detail) {
                error.with("title", detail.getTitle()).with("detail", detail.getDetail());
                if (detail.getProperties() != null) {
                    error.putAll(detail.getProperties());
                }
            }
            String retryAfter = problem.getHeaders().getFirst("Retry-After");
            if (retryAfter != null) {
                error.with("retryAfter", Long.parseLong(retryAfter));
            }
            send(error);
        }

        void send(Map<String, Object> event) {
            if (!session.isOpen()) {
                return; // the client left; the turn still ends and is kept
            }
            try {
                session.sendMessage(new TextMessage(json.writeValueAsString(event)));
            } catch (IOException | IllegalStateException gone) {
                LOG.debug("A chat client went away while its turn was streamed: {}", gone.getMessage());
            }
        }
    }
}
