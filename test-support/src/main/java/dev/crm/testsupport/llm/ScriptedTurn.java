package dev.crm.testsupport.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A turn in its place in a script: its label (for the reply's id: {@code 01}, {@code 02}, …) and the ids of its tool
 * calls, with the helpers every wire format needs to cut text and arguments into streamed pieces.
 */
record ScriptedTurn(ModelTurn turn, String label, List<String> callIds) {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern WORD_START = Pattern.compile("(?<=\\s)(?=\\S)");
    private static final int ARGUMENT_PIECE = 16;

    String text() {
        return turn.text();
    }

    List<ToolCall> calls() {
        return turn.toolCalls();
    }

    String callId(int call) {
        return callIds.get(call);
    }

    /** The reply's id, as in {@code msg_01}. */
    String id(String prefix) {
        return prefix + label;
    }

    /** The text as a streaming model sends it: a word at a time, each with the spaces after it. */
    static List<String> words(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return List.of(WORD_START.split(text));
    }

    /** Arguments as they are streamed: in pieces of at most 16 characters, and never fewer than two. */
    static List<String> pieces(String arguments) {
        List<String> pieces = new ArrayList<>();
        int size = Math.max(1, Math.min(ARGUMENT_PIECE, arguments.length() / 2));
        int start = 0;
        while (start < arguments.length()) {
            int end = Math.min(arguments.length(), start + size);
            if (end < arguments.length() && Character.isHighSurrogate(arguments.charAt(end - 1))) {
                end++; // never between the two halves of a character
            }
            pieces.add(arguments.substring(start, end));
            start = end;
        }
        if (pieces.size() < 2) {
            pieces.add(0, ""); // one character (or none) of arguments: an empty piece first, as the providers send
        }
        return pieces;
    }

    /** The call's arguments as the JSON object Anthropic and Gemini carry; it must be one. */
    static JsonNode argumentsObject(ToolCall call, String provider) {
        try {
            JsonNode arguments = JSON.readTree(call.argumentsJson());
            if (arguments != null && arguments.isObject()) {
                return arguments;
            }
        } catch (JsonProcessingException notJson) {
            // said below
        }
        throw new IllegalArgumentException(provider + " sends a tool call's arguments as a JSON object; "
                + call.name() + "'s are not one: " + call.argumentsJson()
                + " (only OpenAI's wire format can carry arguments that are not JSON)");
    }

    static String json(Object node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
