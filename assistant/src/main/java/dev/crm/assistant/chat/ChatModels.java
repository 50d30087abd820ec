package dev.crm.assistant.chat;

import dev.crm.assistant.keys.UsableKey;
import java.time.Duration;
import java.util.List;
import org.springframework.ai.anthropic.AnthropicChatModel;
import org.springframework.ai.anthropic.AnthropicChatOptions;
import org.springframework.ai.anthropic.api.AnthropicApi;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.model.tool.ToolCallingManager;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.ai.openai.api.OpenAiApi;
import org.springframework.ai.retry.TransientAiException;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.stereotype.Component;

/**
 * Builds the chat model of one workspace key with Spring AI's own clients — never from global properties, since
 * every workspace brings its own key. Retries are ours: a few quick ones for overload and 5xx, not Spring AI's
 * default ten over nineteen minutes.
 */
@Component
class ChatModels {

    static final int MAX_TOKENS = 2048;

    private final ToolCallingManager toolCalling = ToolCallingManager.builder().build();
    private final RetryTemplate retries = RetryTemplate.builder()
            .maxAttempts(3)
            .exponentialBackoff(Duration.ofMillis(500), 2, Duration.ofSeconds(4))
            .retryOn(TransientAiException.class)
            .build();

    ToolCallingManager toolCalling() {
        return toolCalling;
    }

    ChatModel model(UsableKey key) {
        return switch (key.provider()) {
            case ANTHROPIC ->
                AnthropicChatModel.builder()
                        .anthropicApi(AnthropicApi.builder()
                                .baseUrl(baseUrl(key))
                                .apiKey(key.apiKey())
                                .build())
                        .retryTemplate(retries)
                        .toolCallingManager(toolCalling)
                        .build();
            case OPENAI, OPENAI_COMPATIBLE ->
                OpenAiChatModel.builder()
                        .openAiApi(OpenAiApi.builder()
                                .baseUrl(baseUrl(key))
                                .apiKey(key.apiKey())
                                .build())
                        .retryTemplate(retries)
                        .toolCallingManager(toolCalling)
                        .build();
            case GEMINI -> throw new ChatService.UnsupportedProviderException(key.provider());
        };
    }

    /** The tools, run by us (not inside the model's client), so that every call passes through our loop. */
    ChatOptions options(UsableKey key, List<ToolCallback> tools) {
        return switch (key.provider()) {
            case ANTHROPIC ->
                AnthropicChatOptions.builder()
                        .model(key.model())
                        .maxTokens(MAX_TOKENS)
                        .toolCallbacks(tools)
                        .internalToolExecutionEnabled(false)
                        .build();
            case OPENAI, OPENAI_COMPATIBLE ->
                OpenAiChatOptions.builder()
                        .model(key.model())
                        .maxTokens(MAX_TOKENS)
                        .toolCallbacks(tools)
                        .internalToolExecutionEnabled(false)
                        .build();
            case GEMINI -> throw new ChatService.UnsupportedProviderException(key.provider());
        };
    }

    private static String baseUrl(UsableKey key) {
        return key.baseUrl() != null ? key.baseUrl() : key.provider().defaultBaseUrl();
    }
}
