package dev.crm.assistant.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.genai.Client;
import com.google.genai.types.Candidate;
import com.google.genai.types.Content;
import com.google.genai.types.FunctionCall;
import com.google.genai.types.Part;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.google.genai.GoogleGenAiChatModel;
import org.springframework.ai.google.genai.GoogleGenAiChatOptions;
import org.springframework.ai.model.tool.ToolCallingManager;
import org.springframework.retry.support.RetryTemplate;

/**
 * Gemini's chat model, keeping the function calls of a reply that also has text. Spring AI 1.1.2 sees tool calls
 * only when every part is a {@code functionCall} (spring-ai#5007, fixed after 1.1.2), while Gemini often says a
 * sentence first: the calls were silently dropped. Such a reply becomes one generation with its text and its calls.
 */
class MixedPartsGeminiChatModel extends GoogleGenAiChatModel {

    private static final ObjectMapper JSON = new ObjectMapper();

    MixedPartsGeminiChatModel(
            Client client, GoogleGenAiChatOptions options, ToolCallingManager toolCalling, RetryTemplate retries) {
        super(client, options, toolCalling, retries, ObservationRegistry.NOOP);
    }

    @Override
    protected List<Generation> responseCandidateToGeneration(Candidate candidate) {
        List<Generation> generations = super.responseCandidateToGeneration(candidate);
        List<Part> parts = candidate.content().flatMap(Content::parts).orElse(List.of());
        boolean anyCall = parts.stream().anyMatch(part -> part.functionCall().isPresent());
        boolean allCalls = parts.stream().allMatch(part -> part.functionCall().isPresent());
        if (!anyCall || allCalls || generations.isEmpty()) {
            return generations; // Spring AI's own mapping is right for these
        }
        String text = parts.stream()
                .filter(part -> !part.thought().orElse(false))
                .flatMap(part -> part.text().stream())
                .collect(Collectors.joining());
        List<AssistantMessage.ToolCall> calls = parts.stream()
                .flatMap(part -> part.functionCall().stream())
                .map(MixedPartsGeminiChatModel::toolCall)
                .toList();
        Generation first = generations.get(0);
        // the first generation carries the reply's properties (thought signatures, to be sent back with the calls)
        AssistantMessage message = AssistantMessage.builder()
                .content(text)
                .properties(first.getOutput().getMetadata())
                .toolCalls(calls)
                .build();
        return List.of(new Generation(message, first.getMetadata()));
    }

    /** Gemini's calls have no id; Spring AI's own mapping leaves it empty too. */
    private static AssistantMessage.ToolCall toolCall(FunctionCall call) {
        return new AssistantMessage.ToolCall(
                "", "function", call.name().orElse(""), json(call.args().orElse(Map.of())));
    }

    private static String json(Map<String, Object> arguments) {
        try {
            return JSON.writeValueAsString(arguments);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Gemini's function arguments are not serialisable", e);
        }
    }
}
