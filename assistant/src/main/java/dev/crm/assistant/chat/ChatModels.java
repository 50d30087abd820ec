package dev.crm.assistant.chat;

import dev.crm.assistant.keys.UsableKey;
import jakarta.annotation.PreDestroy;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import org.springframework.ai.anthropic.AnthropicChatModel;
import org.springframework.ai.anthropic.AnthropicChatOptions;
import org.springframework.ai.anthropic.api.AnthropicApi;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.google.genai.GoogleGenAiChatOptions;
import org.springframework.ai.model.tool.ToolCallingManager;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.ai.openai.api.OpenAiApi;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Builds the chat model of one workspace key with Spring AI's own clients — never from global properties, since
 * every workspace brings its own key. Retries are ours ({@link ProviderRetries}): a few quick ones, not Spring AI's
 * default ten over nineteen minutes; every request has a hard timeout, so a hung provider ends in a clear message.
 */
@Component
class ChatModels {

    static final int MAX_TOKENS = 2048;
    private static final int GEMINI_CLIENTS = 64;

    // a tool name the model made up answers as an error it can correct, instead of failing the turn
    private final ToolCallingManager toolCalling =
            ToolCallingManager.builder().toolCallbackResolver(UnknownTool::new).build();
    private final ProviderRetries retryRules;
    private final RetryTemplate retries;
    private final Duration timeout;
    private final JdkClientHttpRequestFactory requests;
    private final JdkClientHttpConnector streams;
    private final GeminiClients geminiClients;

    ChatModels(
            @Value("${crm.assistant.provider-timeout:PT60S}") Duration timeout,
            @Value("${crm.assistant.provider-attempts:3}") int attempts,
            @Value("${crm.assistant.provider-backoff:PT1S}") Duration backoff,
            @Value("${crm.assistant.provider-max-retry-after:PT10S}") Duration maxRetryAfter) {
        this.retryRules = new ProviderRetries(attempts, backoff, maxRetryAfter);
        this.retries = retryRules.template();
        this.timeout = timeout;
        // one HTTP/1.1 client for every key: pooled connections; a read timeout on each request
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        this.requests = new JdkClientHttpRequestFactory(http);
        this.requests.setReadTimeout(timeout);
        // streamed answers go through WebClient: the same JDK client (the stream's silence is timed by its reader)
        this.streams = new JdkClientHttpConnector(http);
        this.geminiClients = new GeminiClients(GEMINI_CLIENTS, timeout);
    }

    ToolCallingManager toolCalling() {
        return toolCalling;
    }

    RetryTemplate retries() {
        return retries;
    }

    ProviderRetries retryRules() {
        return retryRules;
    }

    Duration timeout() {
        return timeout;
    }

    ChatModel model(UsableKey key) {
        return switch (key.provider()) {
            case ANTHROPIC ->
                AnthropicChatModel.builder()
                        .anthropicApi(AnthropicApi.builder()
                                .baseUrl(baseUrl(key))
                                .apiKey(key.apiKey())
                                .restClientBuilder(restClient())
                                .webClientBuilder(webClient())
                                .responseErrorHandler(ProviderHttpException.HANDLER)
                                .build())
                        .retryTemplate(retries)
                        .toolCallingManager(toolCalling)
                        .build();
            case OPENAI, OPENAI_COMPATIBLE ->
                OpenAiChatModel.builder()
                        .openAiApi(OpenAiApi.builder()
                                .baseUrl(baseUrl(key))
                                .apiKey(key.apiKey())
                                .restClientBuilder(restClient())
                                .webClientBuilder(webClient())
                                .responseErrorHandler(ProviderHttpException.HANDLER)
                                .build())
                        .retryTemplate(retries)
                        .toolCallingManager(toolCalling)
                        .build();
            case GEMINI ->
                new MixedPartsGeminiChatModel(
                        geminiClients.forKey(key, baseUrl(key)), geminiOptions(key, List.of()), toolCalling, retries);
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
                        .streamUsage(true) // a streamed answer reports its tokens only when asked to
                        .toolCallbacks(tools)
                        .internalToolExecutionEnabled(false)
                        .build();
            case GEMINI -> geminiOptions(key, tools);
        };
    }

    int cachedGeminiClients() {
        return geminiClients.size();
    }

    private static GoogleGenAiChatOptions geminiOptions(UsableKey key, List<ToolCallback> tools) {
        return GoogleGenAiChatOptions.builder()
                .model(key.model())
                .maxOutputTokens(MAX_TOKENS)
                .toolCallbacks(tools)
                .internalToolExecutionEnabled(false)
                .build();
    }

    /** A fresh builder per model: Spring AI's API classes add their base URL and headers to the one they get. */
    private RestClient.Builder restClient() {
        return RestClient.builder().requestFactory(requests);
    }

    private WebClient.Builder webClient() {
        return WebClient.builder().clientConnector(streams);
    }

    private static String baseUrl(UsableKey key) {
        return key.baseUrl() != null ? key.baseUrl() : key.provider().defaultBaseUrl();
    }

    @PreDestroy
    void close() {
        geminiClients.close();
    }
}
