package dev.crm.assistant.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
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
import dev.crm.testsupport.llm.LlmEmulator;
import dev.crm.testsupport.llm.ModelTurn;
import dev.crm.testsupport.llm.ToolCall;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a user sees when a provider fails, through each provider's real Spring AI client against {@link LlmEmulator}
 * (the failures are WireMock stubs of their own, which come before its script): transient
 * failures retried with backoff (as long as {@code retry-after} asks, when that is short), a clear message after
 * that, a hard timeout, refused keys marked for every provider, and tool arguments the model got wrong sent back to
 * it as a tool error. Limits are cut short by {@link ShortProviderLimits} (1 s timeout, 2 s longest wait).
 */
@ShortProviderLimits
class ProviderFailuresTest {

    private static final String MESSAGES = "/v1/messages";
    private static final String COMPLETIONS = "/v1/chat/completions";
    private static final ModelTurn CLAUDE_SEARCH = ModelTurn.tools(ToolCall.of("search_contacts", "{\"text\":\"Zoë\"}"))
            .withUsage(420, 30);

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

    LlmEmulator llm;
    WireMockServer provider;
    TestUser owner;

    @BeforeEach
    void setUp() {
        llm = LlmEmulator.start().acceptingKeys();
        provider = llm.wireMock();
        owner = new Workspaces(accounts, workspaces).register("Failing Fay");
        contacts.create(Actor.of(owner.id(), Channel.UI), new ContactDetails("Zoë Fay's", null, null, null, null));
    }

    @AfterEach
    void tearDown() {
        llm.close();
    }

    private UUID addKey(AiProvider kind, String apiKey) {
        return keys.add(Actor.of(owner.id(), Channel.UI), new NewAiKey(kind, apiKey, null, llm.baseUrl(), null, null))
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
        // the first request is refused; the script answers the ones after it
        provider.stubFor(post(MESSAGES)
                .inScenario("limit")
                .whenScenarioStateIs(STARTED)
                .willReturn(anthropicError(429, "rate_limit_error", "Number of requests exceeded")
                        .withHeader("retry-after", "1"))
                .willSetStateTo("open"));
        llm.anthropic(CLAUDE_SEARCH, ModelTurn.text("You have one Zoë.").withUsage(520, 8));

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
        llm.openAi(
                ModelTurn.tools(ToolCall.of("create_contact", "{\"name\":\"Ada Lovelace\"}")),
                ModelTurn.text("Created Ada Lovelace."));

        ChatReply reply = chat.chat(owner.id(), new ChatRequest("Add Ada Lovelace", null, null));

        assertThat(reply.reply()).isEqualTo("Created Ada Lovelace.");
        assertThat(contacts.get(owner.id(), reply.actions().get(0).recordId()).name())
                .isEqualTo("Ada Lovelace");
        provider.verify(3, postRequestedFor(urlEqualTo(COMPLETIONS)));
    }

    @Test
    void aHungProviderEndsInATimeoutMessageAfterOneRetry() {
        addKey(AiProvider.OPENAI, "sk-openai-slow-5555");
        llm.openAi(ModelTurn.text("Too late."));
        provider.setGlobalFixedDelay(2_500);

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
        llm.gemini(ModelTurn.text("Too late."));
        provider.setGlobalFixedDelay(2_500);

        assertThatThrownBy(() -> chat.chat(owner.id(), new ChatRequest("Hello", null, null)))
                .isInstanceOfSatisfying(
                        ChatService.ProviderException.class,
                        e -> assertThat(e.getMessage()).contains("did not answer within 1 second"));
        provider.verify(2, postRequestedFor(urlEqualTo("/v1beta/models/gemini-2.5-flash:generateContent")));
    }

    @Test
    void argumentsThatAreNotJsonGoBackToTheModelWhichThenGetsThemRight() {
        addKey(AiProvider.OPENAI, "sk-openai-sloppy-7777");
        llm.openAi(
                // cut off mid-string: not JSON
                ModelTurn.tools(ToolCall.of("create_contact", "{\"name\":\"Grace Hop")),
                ModelTurn.tools(ToolCall.of("create_contact", "{\"name\":\"Grace Hopper\"}")),
                ModelTurn.text("Added Grace Hopper."));

        ChatReply reply = chat.chat(owner.id(), new ChatRequest("Add Grace Hopper", null, null));

        assertThat(reply.reply()).isEqualTo("Added Grace Hopper.");
        assertThat(reply.actions()).singleElement();
        assertThat(contacts.list(owner.id(), new PageRequest(10, null, null, "Grace"))
                        .items())
                .extracting(ContactView::name)
                .containsExactly("Grace Hopper");
        provider.verify(3, postRequestedFor(urlEqualTo(COMPLETIONS)));
        List<JsonNode> sent = llm.requests();
        assertThat(sent.get(1).toString())
                .as("the error went back to the model")
                .contains("could not be read");
        assertThat(sent.get(2).toString()).as("then the created contact").contains("{\\\"id\\\":");
    }

    @Test
    void anArgumentOfTheWrongTypeIsAToolErrorNotAFailedTurn() {
        addKey(AiProvider.ANTHROPIC, "sk-ant-types-8888");
        ContactView zoe = contacts.list(owner.id(), new PageRequest(10, null, null, "Zoë"))
                .items()
                .get(0);
        llm.anthropic(
                ModelTurn.tools(ToolCall.of(
                                "update_contact",
                                "{\"id\":\"%s\",\"version\":\"the latest\",\"jobPosition\":\"CEO\"}"
                                        .formatted(zoe.id())))
                        .withUsage(1, 1),
                ModelTurn.text("I could not change her.").withUsage(520, 8));

        ChatReply reply = chat.chat(owner.id(), new ChatRequest("Make Zoë CEO", null, null));

        assertThat(reply.reply()).isEqualTo("I could not change her.");
        assertThat(reply.actions()).isEmpty();
        assertThat(contacts.get(owner.id(), zoe.id()).jobPosition()).isNull();
        provider.verify(postRequestedFor(urlEqualTo(MESSAGES))
                .withRequestBody(containing("tool_result"))
                .withRequestBody(containing("update_contact's schema")));
        assertThat(llm.requests().get(1).toString()).contains("could not be carried out");
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
