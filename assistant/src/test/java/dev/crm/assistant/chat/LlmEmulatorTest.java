package dev.crm.assistant.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crm.assistant.keys.UsableKey;
import dev.crm.domain.aikey.AiProvider;
import dev.crm.testsupport.CrmModuleTest;
import dev.crm.testsupport.llm.LlmEmulator;
import dev.crm.testsupport.llm.ModelTurn;
import dev.crm.testsupport.llm.ToolCall;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.model.tool.ToolExecutionResult;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.function.FunctionToolCallback;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.scheduler.Schedulers;

/**
 * {@link LlmEmulator} against Spring AI's real clients, built as the app builds them ({@link ChatModels}): a scripted
 * two-turn exchange (a sentence and a tool call, then the answer once the tool's result is back) arrives as scripted
 * through {@code call()} and {@code stream()} of Anthropic's, OpenAI's and Gemini's clients.
 */
@CrmModuleTest
class LlmEmulatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LOOKING = "Let me look that up for you.";
    private static final String ARGUMENTS = "{\"city\":\"Zürich\",\"days\":3}";
    private static final String ANSWER = "Sunny in Zürich for the next three days, around 24 °C.";
    private static final String FORECAST = "sunny, 24 degrees";

    record Forecast(String city, int days) {}

    @Autowired
    ChatModels models;

    LlmEmulator llm;

    @BeforeEach
    void start() {
        llm = LlmEmulator.start();
    }

    @AfterEach
    void stop() {
        llm.close();
    }

    @ParameterizedTest
    @EnumSource(
            value = AiProvider.class,
            names = {"ANTHROPIC", "OPENAI", "GEMINI"})
    void callGetsTheScriptedTextToolCallAndAnswer(AiProvider provider) {
        scriptExchange(provider);
        UsableKey key = key(provider);
        ChatModel model = models.model(key);
        ChatOptions options = models.options(key, List.of(forecastTool()));
        Prompt prompt = new Prompt(List.of(new UserMessage("What is the weather in Zürich?")), options);

        ChatResponse first = model.call(prompt);

        assertThat(text(List.of(first))).isEqualTo(LOOKING);
        assertThat(first.hasToolCalls()).isTrue();
        AssistantMessage.ToolCall call = onlyCall(List.of(first));
        assertThat(call.name()).isEqualTo("find_forecast");
        assertThat(json(call.arguments())).isEqualTo(json(ARGUMENTS));
        assertThat(call.id()).isEqualTo(expectedId(provider));
        assertThat(first.getMetadata().getUsage().getPromptTokens()).isEqualTo(ModelTurn.DEFAULT_INPUT_TOKENS);

        ChatResponse second = model.call(afterTool(prompt, first, options));

        assertThat(second.hasToolCalls()).isFalse();
        assertThat(second.getResult().getOutput().getText()).isEqualTo(ANSWER);
        assertThat(second.getMetadata().getUsage().getPromptTokens()).isEqualTo(120);
        assertThat(second.getMetadata().getUsage().getCompletionTokens()).isEqualTo(12);
        List<JsonNode> requests = llm.requests();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).path("stream").asBoolean()).isFalse();
        assertThat(requests.get(1).toString())
                .contains(toolResultMarker(provider))
                .contains(FORECAST);
        if (provider == AiProvider.GEMINI) {
            llm.wireMock()
                    .verify(2, postRequestedFor(urlPathEqualTo("/v1beta/models/gemini-2.5-flash:generateContent")));
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = AiProvider.class,
            names = {"ANTHROPIC", "OPENAI", "GEMINI"})
    void streamGetsTheScriptedTextInSeveralChunksTheToolCallAndTheAnswer(AiProvider provider) {
        scriptExchange(provider);
        UsableKey key = key(provider);
        ChatModel model = models.model(key);
        ChatOptions options = models.options(key, List.of(forecastTool()));
        if (options instanceof OpenAiChatOptions openAi) {
            openAi.setStreamUsage(true); // stream_options.include_usage: the emulator adds the usage chunk
        }
        Prompt prompt = new Prompt(List.of(new UserMessage("What is the weather in Zürich?")), options);

        List<ChatResponse> first = stream(model, prompt);

        assertThat(texts(first)).as("the text in several chunks").hasSizeGreaterThan(1);
        assertThat(text(first)).isEqualTo(LOOKING);
        AssistantMessage.ToolCall call = onlyCall(first);
        assertThat(call.name()).isEqualTo("find_forecast");
        assertThat(json(call.arguments())).isEqualTo(json(ARGUMENTS));
        assertThat(call.id()).as("Gemini's streamed calls have no id").isEqualTo(expectedId(provider));

        ChatResponse collected = new ChatResponse(List.of(new Generation(AssistantMessage.builder()
                .content(text(first))
                .toolCalls(List.of(call))
                .build())));
        List<ChatResponse> second = stream(model, afterTool(prompt, collected, options));

        assertThat(texts(second)).hasSizeGreaterThan(1);
        assertThat(text(second)).isEqualTo(ANSWER);
        assertThat(calls(second)).isEmpty();
        ChatResponse last = second.get(second.size() - 1);
        assertThat(last.getMetadata().getUsage().getPromptTokens()).isEqualTo(120);
        assertThat(last.getMetadata().getUsage().getCompletionTokens()).isEqualTo(12);
        List<JsonNode> requests = llm.requests();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1).toString())
                .contains(toolResultMarker(provider))
                .contains(FORECAST);
        if (provider == AiProvider.GEMINI) {
            llm.wireMock()
                    .verify(
                            2,
                            postRequestedFor(urlPathEqualTo("/v1beta/models/gemini-2.5-flash:streamGenerateContent"))
                                    .withQueryParam("alt", equalTo("sse")));
        } else {
            assertThat(requests)
                    .allSatisfy(request ->
                            assertThat(request.path("stream").asBoolean()).isTrue());
        }
    }

    @Test
    void afterTheLastTurnTheLastRepeatsAndScriptingAgainStartsOver() {
        llm.anthropic(ModelTurn.text("One."), ModelTurn.text("Two."));
        ChatModel model = models.model(key(AiProvider.ANTHROPIC));
        ChatOptions options = models.options(key(AiProvider.ANTHROPIC), List.of());
        Prompt prompt = new Prompt(List.of(new UserMessage("Count")), options);

        assertThat(List.of(answer(model, prompt), answer(model, prompt), answer(model, prompt)))
                .containsExactly("One.", "Two.", "Two.");

        llm.anthropic(ModelTurn.text("Again one."));
        assertThat(answer(model, prompt)).isEqualTo("Again one.");
        llm.wireMock().resetScenarios();
        assertThat(answer(model, prompt)).isEqualTo("Again one.");
    }

    @Test
    void ownStubsComeFirstAndConditionalTurnsDoNotMoveTheScript() {
        llm.openAi(ModelTurn.text("First."), ModelTurn.text("Second."))
                .openAiWhen("Summarize", ModelTurn.text("A summary."));
        llm.wireMock()
                .stubFor(post("/v1/chat/completions")
                        .withRequestBody(containing("Refuse me"))
                        .willReturn(aResponse()
                                .withStatus(400)
                                .withHeader("Content-Type", "application/json")
                                .withBody("{\"error\":{\"message\":\"No.\",\"type\":\"invalid_request_error\"}}")));
        UsableKey key = key(AiProvider.OPENAI);
        ChatModel model = models.model(key);
        ChatOptions options = models.options(key, List.of());

        assertThatThrownBy(() -> answer(model, new Prompt(List.of(new UserMessage("Refuse me")), options)))
                .hasMessageContaining("400");
        assertThat(answer(model, new Prompt(List.of(new UserMessage("Hello")), options)))
                .isEqualTo("First.");
        assertThat(answer(model, new Prompt(List.of(new UserMessage("Summarize this")), options)))
                .isEqualTo("A summary.");
        assertThat(answer(model, new Prompt(List.of(new UserMessage("Go on")), options)))
                .isEqualTo("Second.");
        assertThat(llm.requests()).hasSize(4);
    }

    @Test
    void argumentsThatAreNoJsonObjectAreOpenAisAlone() {
        ToolCall cutOff = ToolCall.of("create_contact", "{\"name\":\"Grace Hop");

        assertThatThrownBy(() -> llm.anthropic(ModelTurn.tools(cutOff)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JSON object");
        assertThatThrownBy(() -> llm.gemini(ModelTurn.tools(cutOff))).isInstanceOf(IllegalArgumentException.class);
        llm.openAi(ModelTurn.tools(cutOff));
        UsableKey key = key(AiProvider.OPENAI);
        ChatResponse response = models.model(key)
                .call(new Prompt(List.of(new UserMessage("Add Grace")), models.options(key, List.of())));
        assertThat(onlyCall(List.of(response)).arguments()).isEqualTo("{\"name\":\"Grace Hop");
    }

    /** The documented event sequences, as they go over the wire. */
    @Test
    void theStreamsFollowTheDocumentedSequences() throws IOException, InterruptedException {
        ModelTurn turn = ModelTurn.tools(ToolCall.of("find_forecast", ARGUMENTS))
                .withText(LOOKING)
                .withUsage(7, 3);
        llm.anthropic(turn).openAi(turn).gemini(turn);

        String anthropic = raw("/v1/messages", "{\"stream\":true}");
        assertThat(events(anthropic, "event: (\\w+)"))
                .startsWith("message_start", "ping", "content_block_start", "content_block_delta")
                .endsWith(
                        "content_block_stop",
                        "content_block_start",
                        "content_block_delta",
                        "content_block_delta",
                        "content_block_stop",
                        "message_delta",
                        "message_stop");
        assertThat(anthropic)
                .contains("\"usage\":{\"input_tokens\":7")
                .contains("\"stop_reason\":\"tool_use\"")
                .contains("\"usage\":{\"output_tokens\":3}")
                .contains("\"id\":\"toolu_01\"");

        String plain = raw("/v1/chat/completions", "{\"stream\":true}");
        assertThat(plain).endsWith("data: [DONE]\n\n").doesNotContain("\"usage\"");
        assertThat(plain)
                .contains("\"delta\":{\"role\":\"assistant\",\"content\":\"\"}")
                .contains("\"tool_calls\":[{\"index\":0,\"id\":\"call_01\",\"type\":\"function\"")
                .contains("\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":")
                .contains("\"finish_reason\":\"tool_calls\"");
        String withUsage = raw("/v1/chat/completions", "{\"stream\":true,\"stream_options\":{\"include_usage\":true}}");
        assertThat(withUsage)
                .contains(
                        "\"choices\":[],\"usage\":{\"prompt_tokens\":7,\"completion_tokens\":3,\"total_tokens\":10}}");

        String gemini = raw("/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse", "{}");
        List<String> geminiEvents = events(gemini, "data: (.+)");
        assertThat(geminiEvents).hasSizeGreaterThan(2);
        assertThat(geminiEvents.get(geminiEvents.size() - 1))
                .contains("\"functionCall\":{\"name\":\"find_forecast\",\"args\":{\"city\":\"Zürich\",\"days\":3}}")
                .contains("\"finishReason\":\"STOP\"")
                .doesNotContain("\"text\"");
        assertThat(gemini).doesNotContain("event:");
    }

    private void scriptExchange(AiProvider provider) {
        ModelTurn[] turns = {
            ModelTurn.tools(ToolCall.of("find_forecast", ARGUMENTS)).withText(LOOKING),
            ModelTurn.text(ANSWER).withUsage(120, 12)
        };
        switch (provider) {
            case ANTHROPIC -> llm.anthropic(turns);
            case OPENAI -> llm.openAi(turns);
            case GEMINI -> llm.gemini(turns);
            default -> throw new IllegalArgumentException(provider.name());
        }
    }

    private UsableKey key(AiProvider provider) {
        return new UsableKey(
                UUID.randomUUID(),
                UUID.randomUUID(),
                provider,
                provider.defaultModel(),
                llm.baseUrl(),
                "test-key-1234");
    }

    private static ToolCallback forecastTool() {
        return FunctionToolCallback.builder("find_forecast", (Forecast query) -> FORECAST)
                .description("The weather forecast of a city for some days")
                .inputType(Forecast.class)
                .build();
    }

    private Prompt afterTool(Prompt prompt, ChatResponse withCalls, ChatOptions options) {
        ToolExecutionResult executed = models.toolCalling().executeToolCalls(prompt, withCalls);
        return new Prompt(executed.conversationHistory(), options);
    }

    private static List<ChatResponse> stream(ChatModel model, Prompt prompt) {
        // Gemini's stream() blocks its subscriber
        return model.stream(prompt)
                .subscribeOn(Schedulers.boundedElastic())
                .collectList()
                .block(Duration.ofSeconds(30));
    }

    private static String answer(ChatModel model, Prompt prompt) {
        return model.call(prompt).getResult().getOutput().getText();
    }

    private static List<String> texts(List<ChatResponse> responses) {
        return responses.stream()
                .flatMap(response -> response.getResults().stream())
                .map(generation -> generation.getOutput().getText())
                .filter(text -> text != null && !text.isEmpty())
                .toList();
    }

    private static String text(List<ChatResponse> responses) {
        return String.join("", texts(responses));
    }

    /** Every generation's calls; Anthropic's streamed calls come twice (also in the second generation). */
    private static List<AssistantMessage.ToolCall> calls(List<ChatResponse> responses) {
        return responses.stream()
                .flatMap(response -> response.getResults().stream())
                .flatMap(generation -> generation.getOutput().getToolCalls().stream())
                .distinct()
                .toList();
    }

    private static AssistantMessage.ToolCall onlyCall(List<ChatResponse> responses) {
        List<AssistantMessage.ToolCall> calls = calls(responses);
        assertThat(calls).hasSize(1);
        return calls.get(0);
    }

    private static String expectedId(AiProvider provider) {
        return switch (provider) {
            case ANTHROPIC -> "toolu_01";
            case OPENAI -> "call_01";
            default -> "";
        };
    }

    private static String toolResultMarker(AiProvider provider) {
        return switch (provider) {
            case ANTHROPIC -> "\"tool_use_id\":\"toolu_01\"";
            case OPENAI -> "\"tool_call_id\":\"call_01\"";
            default -> "\"functionResponse\"";
        };
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + text, e);
        }
    }

    private String raw(String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(llm.baseUrl() + path))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        return response.body();
    }

    private static List<String> events(String body, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(body);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found.stream().filter(Objects::nonNull).toList();
    }
}
