package dev.crm.web.assistant;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.crm.web.support.Api;

/**
 * Anthropic's Messages API as WireMock plays it (documented response shapes): the key check's model list, a turn
 * that asks for one tool and the answer once the tool's result came back.
 */
final class AnthropicEmulation implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer server =
            new WireMockServer(options().dynamicPort().http2PlainDisabled(true));

    AnthropicEmulation() {
        server.start();
        server.stubFor(get("/v1/models").willReturn(okJson("{\"data\":[]}")));
    }

    WireMockServer server() {
        return server;
    }

    /** The owner's workspace key, pointed at this emulation. */
    void addKeyFor(Api owner) {
        owner.post(
                        "/api/workspace/ai-keys",
                        "{\"provider\":\"ANTHROPIC\",\"apiKey\":\"sk-ant-browser-0001\",\"baseUrl\":\"%s\"}"
                                .formatted(server.baseUrl()))
                .expect(201);
    }

    /** The model calls {@code tool} with {@code input} (JSON), then answers {@code reply}, after {@code delayMs}. */
    void toolThenReply(String tool, String input, String reply, int delayMs) {
        server.stubFor(post("/v1/messages")
                .atPriority(1)
                .withRequestBody(containing("tool_result"))
                .willReturn(okJson(text(reply)).withFixedDelay(delayMs)));
        server.stubFor(post("/v1/messages").atPriority(5).willReturn(okJson("""
                {"id":"msg_1","type":"message","role":"assistant","model":"claude-sonnet-4-5",
                 "content":[{"type":"tool_use","id":"toolu_1","name":"%s","input":%s}],
                 "stop_reason":"tool_use","usage":{"input_tokens":1,"output_tokens":1}}""".formatted(tool, input))));
    }

    /** The model answers {@code reply} at once, calling no tool. */
    void reply(String reply) {
        server.stubFor(post("/v1/messages").willReturn(okJson(text(reply))));
    }

    private static String text(String reply) {
        ObjectNode message = JSON.createObjectNode()
                .put("id", "msg_2")
                .put("type", "message")
                .put("role", "assistant")
                .put("model", "claude-sonnet-4-5")
                .put("stop_reason", "end_turn");
        message.putArray("content").addObject().put("type", "text").put("text", reply);
        message.putObject("usage").put("input_tokens", 1).put("output_tokens", 1);
        return message.toString();
    }

    @Override
    public void close() {
        server.stop();
    }
}
