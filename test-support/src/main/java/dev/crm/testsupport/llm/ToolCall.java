package dev.crm.testsupport.llm;

import java.util.Objects;

/**
 * One tool call of a scripted model turn.
 *
 * @param id the call's id as the provider sends it; {@code null} (as {@link #of} leaves it) lets the emulator number
 *     the calls of a script in the provider's style ({@code toolu_01}, {@code toolu_02}, … for Anthropic,
 *     {@code call_01}, … for OpenAI). Gemini's wire format has no call ids, so it is not sent there.
 * @param name the tool's name
 * @param argumentsJson the arguments as JSON text. Anthropic and Gemini carry them as a JSON object, so for them it
 *     must be one; OpenAI carries them as a string, sent exactly as given — also when it is not JSON, to script a
 *     model that gets its arguments wrong.
 */
public record ToolCall(String id, String name, String argumentsJson) {

    public ToolCall {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A tool call needs the tool's name");
        }
        argumentsJson = Objects.requireNonNullElse(argumentsJson, "{}");
    }

    /** A call of {@code name} with {@code argumentsJson}, its id given by the emulator. */
    public static ToolCall of(String name, String argumentsJson) {
        return new ToolCall(null, name, argumentsJson);
    }
}
