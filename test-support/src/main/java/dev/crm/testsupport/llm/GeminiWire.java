package dev.crm.testsupport.llm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The Gemini API's {@code GenerateContentResponse} ({@code POST /v1beta/models/{model}:generateContent}): the reply's
 * {@code text} and {@code functionCall} parts in {@code candidates[0].content}; streamed
 * ({@code :streamGenerateContent?alt=sse}) as several such responses, the text a few words each, the function calls
 * whole in the last one, and the finish reason and full usage only in the last. Gemini's calls carry no id, and its
 * finish reason is {@code STOP} also for function calls.
 */
final class GeminiWire {

    static final String MODEL = "gemini-2.5-flash";

    private GeminiWire() {}

    static String response(ScriptedTurn scripted) {
        ObjectNode response = ScriptedTurn.JSON.createObjectNode();
        ArrayNode parts = candidate(response, true);
        if (scripted.text() != null) {
            parts.addObject().put("text", scripted.text());
        }
        addCalls(parts, scripted);
        usage(response, scripted, true);
        return ScriptedTurn.json(tail(response, scripted));
    }

    static String events(ScriptedTurn scripted) {
        Sse events = new Sse();
        List<String> words = ScriptedTurn.words(scripted.text());
        boolean calls = scripted.turn().callsTools();
        if (words.isEmpty() && !calls) {
            words = List.of(""); // nothing to say: one empty text part, as Gemini sends
        }
        for (int i = 0; i < words.size(); i++) {
            boolean last = !calls && i == words.size() - 1;
            ObjectNode response = ScriptedTurn.JSON.createObjectNode();
            candidate(response, last).addObject().put("text", words.get(i));
            usage(response, scripted, last);
            events.data(tail(response, scripted));
        }
        if (calls) {
            ObjectNode response = ScriptedTurn.JSON.createObjectNode();
            addCalls(candidate(response, true), scripted);
            usage(response, scripted, true);
            events.data(tail(response, scripted));
        }
        return events.toString();
    }

    /** The first candidate's parts, with its finish reason when {@code finished}. */
    private static ArrayNode candidate(ObjectNode response, boolean finished) {
        ObjectNode candidate = response.putArray("candidates").addObject();
        ArrayNode parts = candidate.putObject("content").put("role", "model").putArray("parts");
        if (finished) {
            candidate.put("finishReason", "STOP");
        }
        candidate.put("index", 0);
        return parts;
    }

    private static void addCalls(ArrayNode parts, ScriptedTurn scripted) {
        for (ToolCall call : scripted.calls()) {
            parts.addObject()
                    .putObject("functionCall")
                    .put("name", call.name())
                    .set("args", ScriptedTurn.argumentsObject(call, "Gemini"));
        }
    }

    /** The prompt's tokens in every response; the candidates' only once they are complete. */
    private static void usage(ObjectNode response, ScriptedTurn scripted, boolean complete) {
        int in = scripted.turn().inputTokens();
        int out = complete ? scripted.turn().outputTokens() : 0;
        ObjectNode usage = response.putObject("usageMetadata").put("promptTokenCount", in);
        if (complete) {
            usage.put("candidatesTokenCount", out);
        }
        usage.put("totalTokenCount", in + out);
    }

    private static ObjectNode tail(ObjectNode response, ScriptedTurn scripted) {
        return response.put("modelVersion", MODEL).put("responseId", scripted.id("response-"));
    }
}
