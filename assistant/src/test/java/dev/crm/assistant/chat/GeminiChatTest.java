package dev.crm.assistant.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.crm.application.account.AccountService;
import dev.crm.application.contact.ContactService;
import dev.crm.application.organization.OrganizationService;
import dev.crm.application.workspace.WorkspaceService;
import dev.crm.assistant.conversation.Conversations;
import dev.crm.assistant.keys.AiKeyChange;
import dev.crm.assistant.keys.AiKeyService;
import dev.crm.assistant.keys.NewAiKey;
import dev.crm.domain.aikey.AiKeyStatus;
import dev.crm.domain.aikey.AiProvider;
import dev.crm.domain.contact.ContactDetails;
import dev.crm.domain.organization.OrganizationDetails;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.Channel;
import dev.crm.projections.contact.ContactView;
import dev.crm.testsupport.Workspaces;
import dev.crm.testsupport.Workspaces.TestUser;
import dev.crm.testsupport.llm.LlmEmulator;
import dev.crm.testsupport.llm.ModelTurn;
import dev.crm.testsupport.llm.ToolCall;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Chats through Spring AI's real Gemini client (the genai SDK) against an emulation of the Gemini API's documented
 * wire format ({@link LlmEmulator}): {@code POST /v1beta/models/{model}:generateContent}, function calls in
 * {@code candidates[].content.parts[]}, answered with {@code functionResponse} parts.
 */
@ShortProviderLimits
class GeminiChatTest {

    private static final String GENERATE = "/v1beta/models/gemini-2.5-flash:generateContent";

    @Autowired
    ChatService chat;

    @Autowired
    ChatModels models;

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

    @Autowired
    OrganizationService organizations;

    LlmEmulator llm;
    WireMockServer provider;
    TestUser owner;

    @BeforeEach
    void setUp() {
        llm = LlmEmulator.start().acceptingKeys();
        provider = llm.wireMock();
        owner = new Workspaces(accounts, workspaces).register("Gemma Owner");
    }

    @AfterEach
    void tearDown() {
        llm.close();
    }

    @Test
    void aReplyWithTextAndAFunctionCallStillRunsTheCall() {
        keys.add(
                Actor.of(owner.id(), Channel.UI),
                new NewAiKey(AiProvider.GEMINI, "AIzaChat-1234", null, llm.baseUrl(), null, null));
        organizations.create(Actor.of(owner.id(), Channel.UI), new OrganizationDetails("Acme", null, null));
        // what real Gemini often sends: a sentence, then the call, in one reply (spring-ai#5007 dropped the call)
        llm.gemini(
                ModelTurn.tools(ToolCall.of(
                                "create_contact",
                                "{\"name\":\"Zoë Martin\",\"email\":\"zoe@acme.com\",\"jobPosition\":\"CTO\","
                                        + "\"organization\":\"acme\"}"))
                        .withText("I'll add her now."),
                ModelTurn.text("Added Zoë Martin, CTO at Acme."));

        ChatReply reply = chat.chat(owner.id(), new ChatRequest("Add Zoë from Acme, CTO, zoe@acme.com", null, null));

        assertThat(reply.reply()).isEqualTo("Added Zoë Martin, CTO at Acme.");
        assertThat(reply.actions())
                .singleElement()
                .satisfies(action -> assertThat(action.kind()).isEqualTo("CREATED"));
        ContactView zoe = contacts.get(owner.id(), reply.actions().get(0).recordId());
        assertThat(zoe.name()).isEqualTo("Zoë Martin");
        assertThat(zoe.email()).isEqualTo("zoe@acme.com");
        assertThat(zoe.organization()).isEqualTo("Acme");
        assertThat(contacts.history(owner.id(), zoe.id()))
                .singleElement()
                .satisfies(entry -> assertThat(entry.channel()).isEqualTo("assistant"));
        // the key was sent; the tools were declared, and the call went back with its result and the model's own text
        provider.verify(
                2, postRequestedFor(urlEqualTo(GENERATE)).withHeader("x-goog-api-key", equalTo("AIzaChat-1234")));
        provider.verify(postRequestedFor(urlEqualTo(GENERATE))
                .withRequestBody(matchingJsonPath("$.tools[0].functionDeclarations[?(@.name == 'create_contact')]"))
                .withRequestBody(matchingJsonPath("$.generationConfig.maxOutputTokens")));
        provider.verify(postRequestedFor(urlEqualTo(GENERATE))
                .withRequestBody(matchingJsonPath("$.contents[?(@.role == 'model')].parts[?(@.functionCall)]"))
                .withRequestBody(containing("I'll add her now."))
                .withRequestBody(containing(zoe.id().toString())));
        assertThat(conversations.messages(owner.id(), reply.conversationId(), 10))
                .extracting(Conversations.Message::content)
                .containsExactly("Add Zoë from Acme, CTO, zoe@acme.com", "Added Zoë Martin, CTO at Acme.");
    }

    @Test
    void aSearchFindsOnlyTheUsersRecordsAndTheClientIsReusedUntilTheKeyIsRotated() {
        var key = keys.add(
                Actor.of(owner.id(), Channel.UI),
                new NewAiKey(AiProvider.GEMINI, "AIzaOld-1111", null, llm.baseUrl(), null, null));
        TestUser other = new Workspaces(accounts, workspaces).register("Other Otto");
        contacts.create(Actor.of(owner.id(), Channel.UI), new ContactDetails("Zoë Gemma's", null, null, null, null));
        contacts.create(Actor.of(other.id(), Channel.UI), new ContactDetails("Zoë Otto's", null, null, null, null));
        ModelTurn search = ModelTurn.tools(ToolCall.of("search_contacts", "{\"text\":\"Zoë\"}"));
        ModelTurn answer = ModelTurn.text("You have one Zoë.");
        llm.gemini(search, answer, search, answer);
        int before = models.cachedGeminiClients();

        assertThat(chat.chat(owner.id(), new ChatRequest("Which Zoës?", null, null))
                        .reply())
                .isEqualTo("You have one Zoë.");
        UUID conversation = conversations.list(owner.id()).get(0).id();
        assertThat(chat.chat(owner.id(), new ChatRequest("And now?", conversation, null))
                        .reply())
                .isEqualTo("You have one Zoë.");

        provider.verify(postRequestedFor(urlEqualTo(GENERATE))
                .withRequestBody(containing("functionResponse"))
                .withRequestBody(containing("Gemma's"))
                .withRequestBody(notContaining("Otto's")));
        assertThat(models.cachedGeminiClients()).as("one client for both turns").isEqualTo(before + 1);

        keys.change(
                Actor.of(owner.id(), Channel.UI), key.id(), new AiKeyChange("AIzaNew-2222", null, null, null, null));
        chat.chat(owner.id(), new ChatRequest("Again?", conversation, null));
        provider.verify(postRequestedFor(urlEqualTo(GENERATE)).withHeader("x-goog-api-key", equalTo("AIzaNew-2222")));
        assertThat(models.cachedGeminiClients())
                .as("the rotated key's old client replaced, not kept")
                .isEqualTo(before + 1);
    }

    @Test
    void geminisBadKeyAnswerMarksTheKeyInvalid() {
        var key = keys.add(
                Actor.of(owner.id(), Channel.UI),
                new NewAiKey(AiProvider.GEMINI, "AIzaRevoked-0000", null, llm.baseUrl(), null, null));
        provider.stubFor(post(GENERATE)
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                                {"error":{"code":400,"message":"API key not valid. Please pass a valid API key.",
                                  "status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo",
                                  "reason":"API_KEY_INVALID","domain":"googleapis.com"}]}}""")));

        assertThatThrownBy(() -> chat.chat(owner.id(), new ChatRequest("Hello Gemini", null, null)))
                .isInstanceOfSatisfying(ChatService.ProviderException.class, e -> {
                    assertThat(e.keyRejected()).isTrue();
                    assertThat(e.getMessage()).contains("GEMINI key was refused");
                });
        assertThat(keys.get(owner.id(), key.id()).status()).isEqualTo(AiKeyStatus.INVALID);
        provider.verify(1, postRequestedFor(urlEqualTo(GENERATE)));
    }

    @Test
    void anOverloadedGeminiIsAskedAgainByOurRetriesNotTheSdks() {
        keys.add(
                Actor.of(owner.id(), Channel.UI),
                new NewAiKey(AiProvider.GEMINI, "AIzaBusy-3333", null, llm.baseUrl(), null, null));
        provider.stubFor(post(GENERATE)
                .willReturn(aResponse()
                        .withStatus(503)
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                                {"error":{"code":503,"message":"The model is overloaded. Please try again later.",
                                  "status":"UNAVAILABLE"}}""")));

        assertThatThrownBy(() -> chat.chat(owner.id(), new ChatRequest("Hello", null, null)))
                .isInstanceOfSatisfying(ChatService.ProviderException.class, e -> {
                    assertThat(e.keyRejected()).isFalse();
                    assertThat(e.getMessage()).contains("overloaded (HTTP 503)").contains("3 attempts");
                });
        provider.verify(3, postRequestedFor(urlEqualTo(GENERATE)));
    }
}
