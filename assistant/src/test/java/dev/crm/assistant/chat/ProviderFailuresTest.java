package dev.crm.assistant.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.crm.application.account.AccountService;
import dev.crm.application.contact.ContactService;
import dev.crm.application.workspace.WorkspaceService;
import dev.crm.assistant.conversation.Conversations;
import dev.crm.assistant.keys.AiKeyService;
import dev.crm.assistant.keys.NewAiKey;
import dev.crm.domain.aikey.AiKeyStatus;
import dev.crm.domain.aikey.AiProvider;
import dev.crm.domain.contact.ContactDetails;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.Channel;
import dev.crm.projections.contact.ContactView;
import dev.crm.projections.support.PageRequest;
import dev.crm.testsupport.Workspaces;
import dev.crm.testsupport.Workspaces.TestUser;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a user sees when a provider fails, through each provider's real Spring AI client against WireMock: transient
 * failures retried with backoff (as long as {@code retry-after} asks, when that is short), a clear message after
 * that, a hard timeout, refused keys marked for every provider, and tool arguments the model got wrong sent back to
 * it as a tool error. Limits are cut short by {@link ShortProviderLimits} (1 s timeout, 2 s longest wait).
 */
@ShortProviderLimits
class ProviderFailuresTest {

    private static final String MESSAGES = "/v1/messages";
    private static final String COMPLETIONS = "/v1/chat/completions";
    private static final String CLAUDE_SEARCH = """
            {"id":"msg_01","type":"message","role":"assistant","model":"claude-sonnet-4-5",
             "content":[{"type":"tool_use","id":"toolu_01","name":"search_contacts","input":{"text":"Zoë"}}],
             "stop_reason":"tool_use","stop_sequence":null,"usage":{"input_tokens":420,"output_tokens":30}}""";
    private static final String CLAUDE_ANSWER = """
            {"id":"msg_02","type":"message","role":"assistant","model":"claude-sonnet-4-5",
             "content":[{"type":"text","text":"You have one Zoë."}],
             "stop_reason":"end_turn","stop_sequence":null,"usage":{"input_tokens":520,"output_tokens":8}}""";

    @Autowired
    ChatService chat;

    @Autowired
    Conversations conversations;

    @Autowired
    AiKeyService keys;

    @Autowired
    AccountService accounts;

    @Autowired
    WorkspaceService workspaces;

    @Autowired
    ContactService contacts;

    WireMockServer provider;
    TestUser owner;

    @BeforeEach
    void setUp() {
        provider = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));
        provider.start();
        provider.stubFor(get("/v1/models").willReturn(okJson("{\"data\":[],\"object\":\"list\"}")));
        provider.stubFor(get("/v1beta/models").willReturn(okJson("{\"models\":[]}")));
        owner = new Workspaces(accounts, workspaces).register("Failing Fay");
        contacts.create(Actor.of(owner.id(), Channel.UI), new ContactDetails("Zoë Fay's", null, null, null, null));
    }

    @AfterEach
    void tearDown() {
        provider.stop();
    }

    private UUID addKey(AiProvider kind, String apiKey) {
        return keys.add(
                        Actor.of(owner.id(), Channel.UI),
                        new NewAiKey(kind, apiKey, null, provider.baseUrl(), null, null))
                .id();
    }

    private static ResponseDefinitionBuilder anthropicError(int status, String type, String message) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(
                        "{\"type\":\"error\",\"error\":{\"type\":\"%s\",\"message\":\"%s\"}}".formatted(type, message));
    }

    @Test
    void aRateLimitWithAShortRetryAfterIsWaitedOutAndTheTurnFinishes() {
        addKey(AiProvider.ANTHROPIC, "sk-ant-limited-1111");
        provider.stubFor(post(MESSAGES)
                .inScenario("limit")
                .whenScenarioStateIs(STARTED)
                .willReturn(anthropicError(429, "rate_limit_error", "Number of requests exceeded")
                        .withHeader("retry-after", "1"))
                .willSetStateTo("open"));
        provider.stubFor(post(MESSAGES)
                .inScenario("limit")
                .whenScenarioStateIs("open")
                .atPriority(1)
                .withRequestBody(containing("tool_result"))
                .willReturn(okJson(CLAUDE_ANSWER)));
        provider.stubFor(post(MESSAGES)
                .inScenario("limit")
                .whenScenarioStateIs("open")
                .atPriority(5)
                .willReturn(okJson(CLAUDE_SEARCH)));

        long start = System.nanoTime();
        ChatReply reply = chat.chat(owner.id(), new ChatRequest("Which Zoës?", null, null));

        assertThat(reply.reply()).isEqualTo("You have one Zoë.");
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .as("waited as retry-after asked")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        provider.verify(3, postRequestedFor(urlEqualTo(MESSAGES)));
        provider.verify(postRequestedFor(urlEqualTo(MESSAGES))
                .withRequestBody(containing("tool_result"))
                .withRequestBody(containing("Fay's")));
    }

    @Test
    void aLongRetryAfterEndsAtOnceSayingWhenToTryAgain() {
        UUID key = addKey(AiProvider.ANTHROPIC, "sk-ant-limited-2222");
        provider.stubFor(post(MESSAGES)
                .willReturn(anthropicError(429, "rate_limit_error", "Number of requests exceeded")
                        .withHeader("retry-after", "120")));

        assertThatThrownBy(() -> chat.chat(owner.id(), new ChatRequest("Hello", null, null)))
                .isInstanceOfSatisfying(ChatService.ProviderException.class, e -> {
                    assertThat(e.keyRejected()).isFalse();
                    assertThat(e.getMessage()).contains("rate-limiting").contains("about 2 minutes");
                });
        provider.verify(1, postRequestedFor(urlEqualTo(MESSAGES)));
        assertThat(keys.get(owner.id(), key).status()).isEqualTo(AiKeyStatus.VALID);
        assertThat(conversations.messages(
                        owner.id(), conversations.list(owner.id()).get(0).id(), 5))
                .extracting(Conversations.Message::content)
                .containsExactly("Hello");
    }

    @Test
    void anOverloadedClaudeIsAskedThreeTimesThenTheUserIsTold() {
        addKey(AiProvider.ANTHROPIC, "sk-ant-busy-3333");
        provider.stubFor(post(MESSAGES).willReturn(anthropicError(529, "overloaded_error", "Overloaded")));

        assertThatThrownBy(() -> chat.chat(owner.id(), new ChatRequest("Hello", null, null)))
                .isInstanceOfSatisfying(
                        ChatService.ProviderException.class,
                        e -> assertThat(e.getMessage())
                                .contains("overloaded (HTTP 529)")
                                .contains("3 attempts")
                                .contains("Your message is kept"));
        provider.verify(3, postRequestedFor(urlEqualTo(MESSAGES)));
    }

    @Test
    void anOpenAiServerErrorIsRetriedAndTheToolRoundCompletes() {
        addKey(AiProvider.OPENAI, "sk-openai-flaky-4444");
        provider.stubFor(post(COMPLETIONS)
                .inScenario("flaky")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse()
                        .withStatus(500)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"The server had an error\",\"type\":\"server_error\"}}"))
                .willSetStateTo("up"));
        provider.stubFor(post(COMPLETIONS)
                .inScenario("flaky")
                .whenScenarioStateIs("up")
                .atPriority(1)
                .withRequestBody(containing("\"role\":\"tool\""))
                .willReturn(okJson(OpenAiReplies.answer("Created Ada Lovelace."))));
        provider.stubFor(post(COMPLETIONS)
                .inScenario("flaky")
                .whenScenarioStateIs("up")
                .atPriority(5)
                .willReturn(okJson(OpenAiReplies.toolCall("create_contact", "{\\\"name\\\":\\\"Ada Lovelace\\\"}"))));

        ChatReply reply = chat.chat(owner.id(), new ChatRequest("Add Ada Lovelace", null, null));

        assertThat(reply.reply()).isEqualTo("Created Ada Lovelace.");
        assertThat(contacts.get(owner.id(), reply.actions().get(0).recordId()).name())
                .isEqualTo("Ada Lovelace");
        provider.verify(3, postRequestedFor(urlEqualTo(COMPLETIONS)));
    }

    @Test
    void aHungProviderEndsInATimeoutMessageAfterOneRetry() {
        addKey(AiProvider.OPENAI, "sk-openai-slow-5555");
        provider.stubFor(post(COMPLETIONS)
                .willReturn(okJson(OpenAiReplies.answer("Too late.")).withFixedDelay(2_500)));

        long start = System.nanoTime();
        assertThatThrownBy(() -> chat.chat(owner.id(), new ChatRequest("Hello", null, null)))
                .isInstanceOfSatisfying(
                        ChatService.ProviderException.class,
                        e -> assertThat(e.getMessage()).contains("did not answer within 1 second"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        provider.verify(2, postRequestedFor(urlEqualTo(COMPLETIONS)));
    }

    @Test
    void aHungGeminiEndsInATimeoutMessageToo() {
        addKey(AiProvider.GEMINI, "AIzaSlow-6666");
        provider.stubFor(post("/v1beta/models/gemini-2.5-flash:generateContent")
                .willReturn(okJson(GeminiChatTest.reply("[{\"text\":\"Too late.\"}]"))
                        .withFixedDelay(2_500)));

        assertThatThrownBy(() -> chat.chat(owner.id(), new ChatRequest("Hello", null, null)))
                .isInstanceOfSatisfying(
                        ChatService.ProviderException.class,
                        e -> assertThat(e.getMessage()).contains("did not answer within 1 second"));
        provider.verify(2, postRequestedFor(urlEqualTo("/v1beta/models/gemini-2.5-flash:generateContent")));
    }

    @Test
    void argumentsThatAreNotJsonGoBackToTheModelWhichThenGetsThemRight() {
        addKey(AiProvider.OPENAI, "sk-openai-sloppy-7777");
        provider.stubFor(post(COMPLETIONS)
                .atPriority(1)
                .withRequestBody(containing("{\\\"id\\\":")) // the created contact, in the tool's result
                .willReturn(okJson(OpenAiReplies.answer("Added Grace Hopper."))));
        provider.stubFor(post(COMPLETIONS)
                .atPriority(2)
                .withRequestBody(containing("could not be read"))
                .willReturn(okJson(OpenAiReplies.toolCall("create_contact", "{\\\"name\\\":\\\"Grace Hopper\\\"}"))));
        // cut off mid-string: not JSON
        provider.stubFor(post(COMPLETIONS)
                .atPriority(5)
                .willReturn(okJson(OpenAiReplies.toolCall("create_contact", "{\\\"name\\\":\\\"Grace Hop"))));

        ChatReply reply = chat.chat(owner.id(), new ChatRequest("Add Grace Hopper", null, null));

        assertThat(reply.reply()).isEqualTo("Added Grace Hopper.");
        assertThat(reply.actions()).singleElement();
        assertThat(contacts.list(owner.id(), new PageRequest(10, null, null, "Grace"))
                        .items())
                .extracting(ContactView::name)
                .containsExactly("Grace Hopper");
        provider.verify(3, postRequestedFor(urlEqualTo(COMPLETIONS)));
    }

    @Test
    void anArgumentOfTheWrongTypeIsAToolErrorNotAFailedTurn() {
        addKey(AiProvider.ANTHROPIC, "sk-ant-types-8888");
        ContactView zoe = contacts.list(owner.id(), new PageRequest(10, null, null, "Zoë"))
                .items()
                .get(0);
        provider.stubFor(post(MESSAGES)
                .atPriority(1)
                .withRequestBody(containing("could not be carried out"))
                .willReturn(okJson(CLAUDE_ANSWER.replace("You have one Zoë.", "I could not change her."))));
        provider.stubFor(post(MESSAGES).atPriority(5).willReturn(okJson("""
                        {"id":"msg_03","type":"message","role":"assistant","model":"claude-sonnet-4-5",
                         "content":[{"type":"tool_use","id":"toolu_03","name":"update_contact",
                           "input":{"id":"%s","version":"the latest","jobPosition":"CEO"}}],
                         "stop_reason":"tool_use","stop_sequence":null,"usage":{"input_tokens":1,"output_tokens":1}}""".formatted(zoe.id()))));

        ChatReply reply = chat.chat(owner.id(), new ChatRequest("Make Zoë CEO", null, null));
        provider.getAllServeEvents().stream()
                .limit(2)
                .forEach(e -> System.out.println("BODY " + e.getRequest().getBodyAsString()));

        assertThat(reply.reply()).isEqualTo("I could not change her.");
        assertThat(reply.actions()).isEmpty();
        assertThat(contacts.get(owner.id(), zoe.id()).jobPosition()).isNull();
        provider.verify(postRequestedFor(urlEqualTo(MESSAGES))
                .withRequestBody(containing("tool_result"))
                .withRequestBody(containing("update_contact's schema")));
    }

    @Test
    void aRefusedOpenAiKeyIsMarkedInvalidAndNotRetried() {
        UUID key = addKey(AiProvider.OPENAI, "sk-openai-revoked-9999");
        provider.stubFor(post(COMPLETIONS)
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                                {"error":{"message":"Incorrect API key provided.","type":"invalid_request_error",
                                  "code":"invalid_api_key"}}""")));

        assertThatThrownBy(() -> chat.chat(owner.id(), new ChatRequest("Hello", null, null)))
                .isInstanceOfSatisfying(
                        ChatService.ProviderException.class,
                        e -> assertThat(e.keyRejected()).isTrue());
        assertThat(keys.get(owner.id(), key).status()).isEqualTo(AiKeyStatus.INVALID);
        provider.verify(1, postRequestedFor(urlEqualTo(COMPLETIONS)));
    }
}
