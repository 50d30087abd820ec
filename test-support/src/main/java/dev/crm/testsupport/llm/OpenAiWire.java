package dev.crm.testsupport.llm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;

/**
 * OpenAI's Chat Completions API ({@code POST /v1/chat/completions}, which OpenAI-compatible servers share): a
 * {@code chat.completion}, or its stream of {@code chat.completion.chunk}s — the role, the content's deltas, each tool
 * call's deltas (its index, id, type and name first, then pieces of its arguments with only the index), the finish
 * reason, a usage chunk when {@code stream_options.include_usage} asked for it, and {@code [DONE]}.
 */
final class OpenAiWire {

    static final String MODEL = "gpt-5";
    private static final long CREATED = 1_767_225_600L;

    private OpenAiWire() {}

    static String completion(ScriptedTurn scripted) {
        ObjectNode completion = head(scripted, "chat.completion");
        ObjectNode choice = completion.putArray("choices").addObject().put("index", 0);
        ObjectNode message = choice.putObject("message").put("role", "assistant");
        message.put("content", scripted.text());
        if (scripted.turn().callsTools()) {
            ArrayNode calls = message.putArray("tool_calls");
            for (int i = 0; i < scripted.calls().size(); i++) {
                ToolCall call = scripted.calls().get(i);
                calls.addObject()
                        .put("id", scripted.callId(i))
                        .put("type", "function")
                        .putObject("function")
                        .put("name", call.name())
                        .put("arguments", call.argumentsJson());
            }
        }
        choice.putNull("logprobs").put("finish_reason", finishReason(scripted));
        completion.set("usage", usage(scripted));
        return ScriptedTurn.json(completion);
    }

    static String chunks(ScriptedTurn scripted, boolean includeUsage) {
        Sse chunks = new Sse();
        chunks.data(chunk(scripted, null, delta -> {
            delta.put("role", "assistant");
            if (scripted.text() != null) {
                delta.put("content", "");
            } else {
                delta.putNull("content");
            }
        }));
        for (String word : ScriptedTurn.words(scripted.text())) {
            chunks.data(chunk(scripted, null, delta -> delta.put("content", word)));
        }
        for (int i = 0; i < scripted.calls().size(); i++) {
            int index = i;
            ToolCall call = scripted.calls().get(i);
            chunks.data(chunk(scripted, null, delta -> {
                ObjectNode first = delta.putArray("tool_calls").addObject();
                first.put("index", index).put("id", scripted.callId(index)).put("type", "function");
                first.putObject("function").put("name", call.name()).put("arguments", "");
            }));
            for (String piece : ScriptedTurn.pieces(call.argumentsJson())) {
                chunks.data(chunk(
                        scripted,
                        null,
                        delta -> delta.putArray("tool_calls")
                                .addObject()
                                .put("index", index)
                                .putObject("function")
                                .put("arguments", piece)));
            }
        }
        chunks.data(chunk(scripted, finishReason(scripted), delta -> {}));
        if (includeUsage) {
            ObjectNode usage = head(scripted, "chat.completion.chunk");
            usage.putArray("choices");
            usage.set("usage", usage(scripted));
            chunks.data(usage);
        }
        return chunks.data("[DONE]").toString();
    }

    private static ObjectNode head(ScriptedTurn scripted, String object) {
        return ScriptedTurn.JSON
                .createObjectNode()
                .put("id", scripted.id("chatcmpl-"))
                .put("object", object)
                .put("created", CREATED)
                .put("model", MODEL);
    }

    /** A chunk of one choice, its {@code delta} filled by {@code delta}. */
    private static ObjectNode chunk(ScriptedTurn scripted, String finishReason, Consumer<ObjectNode> delta) {
        ObjectNode chunk = head(scripted, "chat.completion.chunk");
        ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
        delta.accept(choice.putObject("delta"));
        choice.putNull("logprobs").put("finish_reason", finishReason);
        return chunk;
    }

    private static ObjectNode usage(ScriptedTurn scripted) {
        int in = scripted.turn().inputTokens();
        int out = scripted.turn().outputTokens();
        return ScriptedTurn.JSON
                .createObjectNode()
                .put("prompt_tokens", in)
                .put("completion_tokens", out)
                .put("total_tokens", in + out);
    }

    private static String finishReason(ScriptedTurn scripted) {
        return scripted.turn().callsTools() ? "tool_calls" : "stop";
    }
}
