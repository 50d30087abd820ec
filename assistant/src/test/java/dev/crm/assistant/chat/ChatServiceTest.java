package dev.crm.assistant.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
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
import dev.crm.assistant.keys.AiKeyService;
import dev.crm.assistant.keys.NewAiKey;
import dev.crm.domain.aikey.AiKeyStatus;
import dev.crm.domain.aikey.AiProvider;
import dev.crm.domain.organization.OrganizationDetails;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.Channel;
import dev.crm.projections.contact.ContactView;
import dev.crm.projections.support.PageRequest;
import dev.crm.testsupport.CrmModuleTest;
import dev.crm.testsupport.Workspaces;
import dev.crm.testsupport.Workspaces.TestUser;
import dev.crm.testsupport.llm.LlmEmulator;
import dev.crm.testsupport.llm.ModelTurn;
import dev.crm.testsupport.llm.ToolCall;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Conversations through Spring AI's real Anthropic and OpenAI clients against emulations of their documented wire
 * formats ({@link LlmEmulator}): the model's tool calls create and find real records as the signed-in user, on the assistant's
 * channel; a refused key is marked and the user's message kept.
 */
@CrmModuleTest
class ChatServiceTest {

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

    @Autowired
    OrganizationService organizations;

    LlmEmulator llm;
    WireMockServer provider;
    TestUser owner;

    @BeforeEach
    void setUp() {
        llm = LlmEmulator.start().acceptingKeys();
        provider = llm.wireMock();
        owner = new Workspaces(accounts, workspaces).register("Owner Ola");
    }

    @AfterEach
    void tearDown() {
        llm.close();
    }

    @Test
    void claudeCreatesAContactWithExactlyTheGivenFieldsLinkedToTheExistingOrganization() {
        keys.add(
                Actor.of(owner.id(), Channel.UI),
                new NewAiKey(AiProvider.ANTHROPIC, "sk-ant-chat-1234", null, llm.baseUrl(), null, null));
        organizations.create(Actor.of(owner.id(), Channel.UI), new OrganizationDetails("Acme", null, null));
        llm.anthropic(
                ModelTurn.tools(ToolCall.of(
                                "create_contact",
                                "{\"name\":\"Zoë Martin\",\"email\":\"zoe@acme.com\",\"jobPosition\":\"CTO\","
                                        + "\"organization\":\"acme\"}"))
                        .withText("I'll add her.")
                        .withUsage(420, 60),
                ModelTurn.text("Added Zoë Martin, CTO at Acme.").withUsage(520, 12));

        ChatReply reply =
                chat.chat(owner.id(), new ChatRequest("Add Zoë from Acme, she's their CTO, zoe@acme.com", null, null));

        assertThat(reply.reply()).isEqualTo("Added Zoë Martin, CTO at Acme.");
        assertThat(reply.actions()).singleElement().satisfies(action -> {
            assertThat(action.kind()).isEqualTo("CREATED");
            assertThat(action.recordType()).isEqualTo("Contact");
        });
        ContactView zoe = contacts.get(owner.id(), reply.actions().get(0).recordId());
        assertThat(zoe.name()).isEqualTo("Zoë Martin");
        assertThat(zoe.email()).isEqualTo("zoe@acme.com");
        assertThat(zoe.jobPosition()).isEqualTo("CTO");
        assertThat(zoe.organization())
                .as("linked to the existing organization's name")
                .isEqualTo("Acme");
        assertThat(zoe.phone()).as("nothing invented").isNull();
        assertThat(contacts.history(owner.id(), zoe.id())).singleElement().satisfies(entry -> {
            assertThat(entry.channel()).isEqualTo("assistant");
            assertThat(entry.conversationId()).isEqualTo(reply.conversationId().toString());
        });

        // what went over the wire: the key, the mandatory max_tokens, the tools, then the tool's result
        provider.verify(
                2, postRequestedFor(urlEqualTo("/v1/messages")).withHeader("x-api-key", equalTo("sk-ant-chat-1234")));
        provider.verify(postRequestedFor(urlEqualTo("/v1/messages"))
                .withRequestBody(matchingJsonPath("$.max_tokens"))
                .withRequestBody(matchingJsonPath("$.tools[?(@.name == 'create_contact')]"))
                .withRequestBody(containing("Owner Ola")));
        provider.verify(postRequestedFor(urlEqualTo("/v1/messages"))
                .withRequestBody(containing("tool_result"))
                .withRequestBody(containing(zoe.id().toString())));
        assertThat(conversations.messages(owner.id(), reply.conversationId(), 10))
                .extracting(Conversations.Message::role)
                .containsExactly("user", "assistant");
    }

    @Test
    void aMemberChatsOnTheOwnersKeyThroughOpenAiAndOnlyFindsTheirOwnRecords() {
        keys.add(
                Actor.of(owner.id(), Channel.UI),
                new NewAiKey(AiProvider.OPENAI, "sk-openai-chat-5678", null, llm.baseUrl(), null, null));
        TestUser member = new Workspaces(accounts, workspaces).registerInvitedBy("Member Mia", owner);
        contacts.create(
                Actor.of(owner.id(), Channel.UI),
                new dev.crm.domain.contact.ContactDetails("Zoë Owner's", null, null, null, null));
        contacts.create(
                Actor.of(member.id(), Channel.UI),
                new dev.crm.domain.contact.ContactDetails("Zoë Mia's", null, null, null, null));
        // the arguments as OpenAI may send them: non-ASCII escaped
        llm.openAi(
                ModelTurn.tools(ToolCall.of("search_contacts", "{\"text\":\"Zo\\u00eb\"}"))
                        .withUsage(20, 5),
                ModelTurn.text("You have one Zoë.").withUsage(30, 6));

        ChatReply reply = chat.chat(member.id(), new ChatRequest("Which Zoës do I have?", null, null));

        assertThat(reply.reply()).isEqualTo("You have one Zoë.");
        provider.verify(
                2,
                postRequestedFor(urlEqualTo("/v1/chat/completions"))
                        .withHeader("Authorization", equalTo("Bearer sk-openai-chat-5678")));
        provider.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(containing("\"role\":\"tool\""))
                .withRequestBody(containing("Mia's"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.notContaining("Owner's")));
    }

    @Test
    void anOpenAiCompatibleServerPastedWithItsV1ChatsThroughTheOpenAiClient() {
        keys.add(
                Actor.of(owner.id(), Channel.UI),
                new NewAiKey(
                        AiProvider.OPENAI_COMPATIBLE,
                        "lm-local-4321",
                        "llama-3.3-70b",
                        llm.baseUrl() + "/v1",
                        "In-house",
                        null));
        llm.openAi(
                ModelTurn.tools(
                        ToolCall.of("create_contact", "{\"name\":\"Ada Lovelace\",\"email\":\"ada@example.org\"}")),
                ModelTurn.text("Added Ada Lovelace."));

        ChatReply reply = chat.chat(owner.id(), new ChatRequest("Add Ada Lovelace, ada@example.org", null, null));

        assertThat(reply.reply()).isEqualTo("Added Ada Lovelace.");
        ContactView ada = contacts.get(owner.id(), reply.actions().get(0).recordId());
        assertThat(ada.email()).isEqualTo("ada@example.org");
        // the pasted /v1 was not doubled: every call went to /v1/chat/completions, with the key and the model
        provider.verify(
                2,
                postRequestedFor(urlEqualTo("/v1/chat/completions"))
                        .withHeader("Authorization", equalTo("Bearer lm-local-4321"))
                        .withRequestBody(matchingJsonPath("$.model", equalTo("llama-3.3-70b"))));
        provider.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(containing("\"role\":\"tool\""))
                .withRequestBody(containing(ada.id().toString())));
        assertThat(provider.getAllServeEvents())
                .noneMatch(event -> event.getRequest().getUrl().startsWith("/v1/v1"));
    }

    @Test
    void aRefusedKeyIsMarkedInvalidAndTheMessageKept() {
        var key = keys.add(
                Actor.of(owner.id(), Channel.UI),
                new NewAiKey(AiProvider.ANTHROPIC, "sk-ant-revoked-0000", null, llm.baseUrl(), null, null));
        provider.stubFor(post("/v1/messages")
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                        {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}""")));

        assertThatThrownBy(() -> chat.chat(owner.id(), new ChatRequest("Hello there", null, null)))
                .isInstanceOfSatisfying(
                        ChatService.ProviderException.class,
                        e -> assertThat(e.keyRejected()).isTrue());
        assertThat(keys.get(owner.id(), key.id()).status()).isEqualTo(AiKeyStatus.INVALID);
        List<Conversations.Summary> mine = conversations.list(owner.id());
        assertThat(mine).hasSize(1);
        assertThat(conversations.messages(owner.id(), mine.get(0).id(), 10))
                .extracting(Conversations.Message::content)
                .containsExactly("Hello there");
    }

    @Test
    void withoutAKeyTheOwnerIsSentToSettingsAndAMemberToTheOwner() {
        TestUser member = new Workspaces(accounts, workspaces).registerInvitedBy("Member Milo", owner);
        assertThatThrownBy(() -> chat.chat(owner.id(), new ChatRequest("Hi", null, null)))
                .isInstanceOfSatisfying(
                        ChatService.NoAiKeyException.class,
                        e -> assertThat(e.getMessage()).contains("Settings → AI keys"));
        assertThatThrownBy(() -> chat.chat(member.id(), new ChatRequest("Hi", null, null)))
                .isInstanceOfSatisfying(
                        ChatService.NoAiKeyException.class,
                        e -> assertThat(e.getMessage()).contains("Owner Ola"));
        assertThat(contacts.list(owner.id(), new PageRequest(10, null, null, null))
                        .items())
                .isEmpty();
    }
}
