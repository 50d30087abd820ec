package dev.crm.testsupport.llm;

import java.util.List;

/**
 * What the emulated model answers to one request: text, tool calls or both, and the tokens the provider reports. A turn
 * with tool calls stops for them ({@code tool_use} / {@code tool_calls}; Gemini always says {@code STOP}), one without
 * ends the model's turn ({@code end_turn} / {@code stop} / {@code STOP}). The usage defaults to
 * {@value #DEFAULT_INPUT_TOKENS} tokens in and {@value #DEFAULT_OUTPUT_TOKENS} out.
 *
 * @param text the answer's text, or {@code null} for none (a turn of tool calls only)
 * @param toolCalls the tool calls, in order, after the text
 */
public record ModelTurn(String text, List<ToolCall> toolCalls, int inputTokens, int outputTokens) {

    public static final int DEFAULT_INPUT_TOKENS = 10;
    public static final int DEFAULT_OUTPUT_TOKENS = 5;

    public ModelTurn {
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
        if (inputTokens < 0 || outputTokens < 0) {
            throw new IllegalArgumentException("Token counts are not negative");
        }
    }

    /** A plain answer. */
    public static ModelTurn text(String text) {
        if (text == null) {
            throw new IllegalArgumentException("A text turn needs its text");
        }
        return new ModelTurn(text, List.of(), DEFAULT_INPUT_TOKENS, DEFAULT_OUTPUT_TOKENS);
    }

    /** Only tool calls, no text. */
    public static ModelTurn tools(ToolCall... calls) {
        if (calls.length == 0) {
            throw new IllegalArgumentException("A tool turn needs at least one call");
        }
        return new ModelTurn(null, List.of(calls), DEFAULT_INPUT_TOKENS, DEFAULT_OUTPUT_TOKENS);
    }

    /** This turn with {@code text} before its tool calls (what real models often send: a sentence, then the call). */
    public ModelTurn withText(String text) {
        return new ModelTurn(text, toolCalls, inputTokens, outputTokens);
    }

    /** This turn reporting {@code in} input and {@code out} output tokens. */
    public ModelTurn withUsage(int in, int out) {
        return new ModelTurn(text, toolCalls, in, out);
    }

    boolean callsTools() {
        return !toolCalls.isEmpty();
    }
}
