package dev.crm.testsupport.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The three LLM providers the assistant talks to — Anthropic's Messages API, OpenAI's Chat Completions (also what
 * OpenAI-compatible servers speak) and the Gemini API — emulated on one WireMock server from a script of model turns,
 * in each provider's documented wire format, so that Spring AI's real clients run against it.
 *
 * <pre>{@code
 * try (LlmEmulator llm = LlmEmulator.start().acceptingKeys()) {
 *     llm.anthropic(
 *             ModelTurn.tools(ToolCall.of("create_contact", "{\"name\":\"Ada Lovelace\"}")),
 *             ModelTurn.text("Added Ada Lovelace."));
 *     // a key with baseUrl llm.baseUrl(), then a chat; llm.requests() holds what the client sent
 * }
 * }</pre>
 *
 * <ul>
 *   <li><b>In order.</b> Each provider's script is a WireMock scenario: every chat request answered moves it to the
 *       next turn, whichever format was asked for. <b>After the last turn, the last one repeats</b> (a model that keeps
 *       answering the same: handy for tests that chat several times; a script ending in a tool call thus asks for
 *       it again and again, until the caller's own limit on tool rounds). Scripting a provider again replaces its
 *       script and starts it from its first turn; {@code wireMock().resetScenarios()} starts every script over.
 *   <li><b>Whole or streamed, from the same script.</b> A request with {@code "stream":true} (Anthropic, OpenAI) or
 *       to {@code :streamGenerateContent} (Gemini) gets the turn as server-sent events, anything else as one JSON
 *       reply. Streamed text comes a word at a time; streamed tool arguments in at least two pieces (OpenAI and
 *       Anthropic) or whole (Gemini, as it sends them).
 *   <li><b>Your own stubs come first.</b> The emulator's stubs have priorities of 6 and more (in WireMock the lowest
 *       number wins), so a stub added through {@link #wireMock()} with WireMock's default priority (5) or a smaller
 *       number — an error, a delay — wins over the script; a request it answers does not move the script on. (A
 *       stub in a scenario of its own can answer just the first request, e.g. a 429, and leave the rest to the
 *       script.) A slow model: {@code wireMock().setGlobalFixedDelay(millis)}.
 *   <li><b>Out of order.</b> {@link #anthropicWhen} (and its kin) answers requests whose body contains a text, ahead
 *       of the script, for requests whose place a test cannot know.
 *   <li><b>Tool call ids</b> not given are numbered per script in the provider's style: {@code toolu_01},
 *       {@code toolu_02}, … and {@code call_01}, …; Gemini's calls have none. Replies are {@code msg_01},
 *       {@code chatcmpl-01}, {@code response-01}, … by their turn.
 * </ul>
 */
public final class LlmEmulator implements AutoCloseable {

    private static final String MESSAGES = "/v1/messages";
    private static final String COMPLETIONS = "/v1/chat/completions";
    private static final String GENERATE = "/v1beta/models/[^/]+:generateContent";
    private static final String STREAM_GENERATE = "/v1beta/models/[^/]+:streamGenerateContent";
    private static final Pattern CHAT_PATH = Pattern.compile(
            "/v1/messages|/v1/chat/completions|/v1beta/models/[^/]+:(generateContent|streamGenerateContent)");

    /** Below WireMock's default (5): the conditional turns, then the script, each most specific match first. */
    private static final int WHEN_PRIORITY = 6;

    private static final int SCRIPT_PRIORITY = 9;
    private static final int KEYS_PRIORITY = 12;

    private enum Provider {
        ANTHROPIC("Anthropic", "toolu_"),
        OPENAI("OpenAI", "call_"),
        GEMINI("Gemini", null);

        final String title;
        final String callPrefix;

        Provider(String title, String callPrefix) {
            this.title = title;
            this.callPrefix = callPrefix;
        }

        String scenario() {
            return "LlmEmulator " + title;
        }
    }

    /** One kind of chat request a provider gets (rank: lower is more specific) and how a turn answers it. */
    private record Route(
            int rank, Supplier<MappingBuilder> request, Function<ScriptedTurn, ResponseDefinitionBuilder> reply) {}

    private final WireMockServer server;
    private final Map<Provider, List<UUID>> scripts = new EnumMap<>(Provider.class);
    private final Map<Provider, Integer> whenTurns = new EnumMap<>(Provider.class);

    private LlmEmulator(WireMockServer server) {
        this.server = server;
    }

    /** A new emulator on a free port, answering nothing yet. */
    public static LlmEmulator start() {
        WireMockServer server = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));
        server.start();
        return new LlmEmulator(server);
    }

    /** What goes into an AI key's base URL, for every provider (the clients add {@code /v1…} or {@code /v1beta…}). */
    public String baseUrl() {
        return server.baseUrl();
    }

    /** The WireMock server, for stubs of your own (errors, delays; they win over the script) and {@code verify}. */
    public WireMockServer wireMock() {
        return server;
    }

    /**
     * The key check passes for every provider: {@code GET /v1/models} (Anthropic, OpenAI) and {@code GET
     * /v1beta/models} (Gemini) answer 200 with an empty list.
     */
    public LlmEmulator acceptingKeys() {
        server.stubFor(get(urlPathEqualTo("/v1/models"))
                .atPriority(KEYS_PRIORITY)
                .willReturn(okJson("{\"object\":\"list\",\"data\":[],\"has_more\":false}")));
        server.stubFor(
                get(urlPathEqualTo("/v1beta/models")).atPriority(KEYS_PRIORITY).willReturn(okJson("{\"models\":[]}")));
        return this;
    }

    /** Anthropic's {@code POST /v1/messages} answers with these turns, in order. */
    public LlmEmulator anthropic(ModelTurn... turns) {
        return script(Provider.ANTHROPIC, turns);
    }

    /** OpenAI's {@code POST /v1/chat/completions} (also OpenAI-compatible servers') answers with these turns. */
    public LlmEmulator openAi(ModelTurn... turns) {
        return script(Provider.OPENAI, turns);
    }

    /**
     * Gemini's {@code POST /v1beta/models/{model}:generateContent} and {@code :streamGenerateContent?alt=sse}, for
     * any model, answer with these turns.
     */
    public LlmEmulator gemini(ModelTurn... turns) {
        return script(Provider.GEMINI, turns);
    }

    /**
     * Anthropic answers every request whose body contains {@code bodyContains} with {@code turn}, ahead of the script
     * and without moving it on — for requests whose place in the conversation a test cannot know, such as the
     * assistant's summaries of older turns. Stubs of your own still come first; it stays until
     * {@code wireMock().resetMappings()}.
     */
    public LlmEmulator anthropicWhen(String bodyContains, ModelTurn turn) {
        return when(Provider.ANTHROPIC, bodyContains, turn);
    }

    /** As {@link #anthropicWhen}, for OpenAI. */
    public LlmEmulator openAiWhen(String bodyContains, ModelTurn turn) {
        return when(Provider.OPENAI, bodyContains, turn);
    }

    /** As {@link #anthropicWhen}, for Gemini. */
    public LlmEmulator geminiWhen(String bodyContains, ModelTurn turn) {
        return when(Provider.GEMINI, bodyContains, turn);
    }

    /**
     * The bodies of the chat requests received (of every provider, whether answered by the script or not), oldest
     * first; {@code wireMock().resetRequests()} forgets them.
     */
    public List<JsonNode> requests() {
        List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
        Collections.reverse(events); // WireMock lists the newest first
        return events.stream()
                .map(ServeEvent::getRequest)
                .filter(LlmEmulator::isChat)
                .map(LlmEmulator::body)
                .toList();
    }

    @Override
    public void close() {
        server.stop();
    }

    private LlmEmulator script(Provider provider, ModelTurn... turns) {
        if (turns == null || turns.length == 0) {
            throw new IllegalArgumentException("A script needs at least one turn");
        }
        List<Route> routes = routes(provider);
        // every reply made before anything changes: a turn the provider cannot carry fails here, and the old
        // script stays
        List<List<ResponseDefinitionBuilder>> replies = new ArrayList<>();
        int calls = 0;
        for (int i = 0; i < turns.length; i++) {
            List<String> ids = new ArrayList<>();
            for (ToolCall call : turns[i].toolCalls()) {
                calls++;
                ids.add(callId(provider, call, "%02d".formatted(calls)));
            }
            ScriptedTurn scripted = new ScriptedTurn(turns[i], "%02d".formatted(i + 1), ids);
            replies.add(
                    routes.stream().map(route -> route.reply().apply(scripted)).toList());
        }
        List<UUID> old = scripts.remove(provider);
        if (old != null) {
            old.forEach(server::removeStub);
        }
        List<UUID> stubs = new ArrayList<>();
        for (int i = 0; i < turns.length; i++) {
            for (int r = 0; r < routes.size(); r++) {
                Route route = routes.get(r);
                ScenarioMappingBuilder stub = route.request()
                        .get()
                        .atPriority(SCRIPT_PRIORITY + route.rank())
                        .inScenario(provider.scenario())
                        .whenScenarioStateIs(state(i))
                        .willReturn(replies.get(i).get(r));
                if (i < turns.length - 1) {
                    stub = stub.willSetStateTo(state(i + 1));
                }
                stubs.add(server.stubFor(stub).getId());
            }
        }
        scripts.put(provider, stubs);
        server.setScenarioState(provider.scenario(), Scenario.STARTED);
        return this;
    }

    private LlmEmulator when(Provider provider, String bodyContains, ModelTurn turn) {
        if (bodyContains == null || bodyContains.isEmpty() || turn == null) {
            throw new IllegalArgumentException("A conditional turn needs the text to look for and the turn");
        }
        int number = whenTurns.merge(provider, 1, Integer::sum);
        String label = "w%02d".formatted(number);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < turn.toolCalls().size(); i++) {
            ids.add(callId(provider, turn.toolCalls().get(i), label + "_" + (i + 1)));
        }
        ScriptedTurn scripted = new ScriptedTurn(turn, label, ids);
        List<Route> routes = routes(provider);
        List<ResponseDefinitionBuilder> replies =
                routes.stream().map(route -> route.reply().apply(scripted)).toList();
        for (int r = 0; r < routes.size(); r++) {
            server.stubFor(routes.get(r)
                    .request()
                    .get()
                    .atPriority(WHEN_PRIORITY + routes.get(r).rank())
                    .withRequestBody(containing(bodyContains))
                    .willReturn(replies.get(r)));
        }
        return this;
    }

    private static List<Route> routes(Provider provider) {
        return switch (provider) {
            case ANTHROPIC ->
                List.of(
                        new Route(
                                1,
                                () -> post(urlPathEqualTo(MESSAGES)).withRequestBody(streaming()),
                                turn -> events(AnthropicWire.events(turn))),
                        new Route(2, () -> post(urlPathEqualTo(MESSAGES)), turn -> json(AnthropicWire.message(turn))));
            case OPENAI ->
                List.of(
                        new Route(
                                0,
                                () -> post(urlPathEqualTo(COMPLETIONS))
                                        .withRequestBody(streaming())
                                        .withRequestBody(
                                                matchingJsonPath("$.stream_options.include_usage", equalTo("true"))),
                                turn -> events(OpenAiWire.chunks(turn, true))),
                        new Route(
                                1,
                                () -> post(urlPathEqualTo(COMPLETIONS)).withRequestBody(streaming()),
                                turn -> events(OpenAiWire.chunks(turn, false))),
                        new Route(
                                2, () -> post(urlPathEqualTo(COMPLETIONS)), turn -> json(OpenAiWire.completion(turn))));
            case GEMINI ->
                List.of(
                        new Route(
                                1,
                                () -> post(urlPathMatching(STREAM_GENERATE)),
                                turn -> events(GeminiWire.events(turn))),
                        new Route(2, () -> post(urlPathMatching(GENERATE)), turn -> json(GeminiWire.response(turn))));
        };
    }

    private static StringValuePattern streaming() {
        return matchingJsonPath("$.stream", equalTo("true"));
    }

    private static ResponseDefinitionBuilder json(String body) {
        return okJson(body);
    }

    private static ResponseDefinitionBuilder events(String body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "text/event-stream; charset=utf-8")
                .withHeader("Cache-Control", "no-cache")
                .withBody(body);
    }

    private static String callId(Provider provider, ToolCall call, String number) {
        if (call.id() != null) {
            return call.id();
        }
        return provider.callPrefix == null ? null : provider.callPrefix + number;
    }

    private static String state(int turn) {
        return turn == 0 ? Scenario.STARTED : "turn " + (turn + 1);
    }

    private static boolean isChat(LoggedRequest request) {
        String url = request.getUrl();
        int query = url.indexOf('?');
        return RequestMethod.POST.equals(request.getMethod())
                && CHAT_PATH.matcher(query < 0 ? url : url.substring(0, query)).matches();
    }

    private static JsonNode body(LoggedRequest request) {
        try {
            return ScriptedTurn.JSON.readTree(request.getBodyAsString());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A chat request's body is not JSON: " + request.getBodyAsString(), e);
        }
    }
}
