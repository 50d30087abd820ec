package dev.crm.testsupport.llm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Anthropic's Messages API ({@code POST /v1/messages}): a message with {@code text} and {@code tool_use} content
 * blocks, or its documented stream of events ({@code message_start}, per block {@code content_block_start},
 * {@code content_block_delta}s and {@code content_block_stop}, then {@code message_delta} and {@code message_stop}).
 */
final class AnthropicWire {

    static final String MODEL = "claude-sonnet-4-5";

    private AnthropicWire() {}

    static String message(ScriptedTurn scripted) {
        ObjectNode message = start(scripted);
        ArrayNode content = message.putArray("content");
        if (scripted.text() != null) {
            content.addObject().put("type", "text").put("text", scripted.text());
        }
        for (int i = 0; i < scripted.calls().size(); i++) {
            ToolCall call = scripted.calls().get(i);
            content.addObject()
                    .put("type", "tool_use")
                    .put("id", scripted.callId(i))
                    .put("name", call.name())
                    .set("input", ScriptedTurn.argumentsObject(call, "Anthropic"));
        }
        message.put("stop_reason", stopReason(scripted)).putNull("stop_sequence");
        message.putObject("usage")
                .put("input_tokens", scripted.turn().inputTokens())
                .put("output_tokens", scripted.turn().outputTokens());
        return ScriptedTurn.json(message);
    }

    static String events(ScriptedTurn scripted) {
        Sse events = new Sse();
        ObjectNode message = start(scripted);
        message.putArray("content");
        message.putNull("stop_reason").putNull("stop_sequence");
        message.putObject("usage")
                .put("input_tokens", scripted.turn().inputTokens())
                .put("output_tokens", 1);
        events.event("message_start", event("message_start").set("message", message));
        events.event("ping", event("ping"));
        int index = 0;
        if (scripted.text() != null) {
            ObjectNode start = event("content_block_start").put("index", index);
            start.putObject("content_block").put("type", "text").put("text", "");
            events.event("content_block_start", start);
            for (String word : ScriptedTurn.words(scripted.text())) {
                ObjectNode delta = event("content_block_delta").put("index", index);
                delta.putObject("delta").put("type", "text_delta").put("text", word);
                events.event("content_block_delta", delta);
            }
            events.event("content_block_stop", event("content_block_stop").put("index", index));
            index++;
        }
        for (int i = 0; i < scripted.calls().size(); i++, index++) {
            ToolCall call = scripted.calls().get(i);
            ScriptedTurn.argumentsObject(call, "Anthropic"); // refused here as in whole replies
            ObjectNode start = event("content_block_start").put("index", index);
            start.putObject("content_block")
                    .put("type", "tool_use")
                    .put("id", scripted.callId(i))
                    .put("name", call.name())
                    .putObject("input");
            events.event("content_block_start", start);
            for (String piece : ScriptedTurn.pieces(call.argumentsJson())) {
                ObjectNode delta = event("content_block_delta").put("index", index);
                delta.putObject("delta").put("type", "input_json_delta").put("partial_json", piece);
                events.event("content_block_delta", delta);
            }
            events.event("content_block_stop", event("content_block_stop").put("index", index));
        }
        ObjectNode delta = event("message_delta");
        delta.putObject("delta").put("stop_reason", stopReason(scripted)).putNull("stop_sequence");
        delta.putObject("usage").put("output_tokens", scripted.turn().outputTokens());
        events.event("message_delta", delta);
        events.event("message_stop", event("message_stop"));
        return events.toString();
    }

    private static ObjectNode start(ScriptedTurn scripted) {
        return ScriptedTurn.JSON
                .createObjectNode()
                .put("id", scripted.id("msg_"))
                .put("type", "message")
                .put("role", "assistant")
                .put("model", MODEL);
    }

    private static ObjectNode event(String type) {
        return ScriptedTurn.JSON.createObjectNode().put("type", type);
    }

    private static String stopReason(ScriptedTurn scripted) {
        return scripted.turn().callsTools() ? "tool_use" : "end_turn";
    }
}
