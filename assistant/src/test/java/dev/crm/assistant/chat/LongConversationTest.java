package dev.crm.assistant.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.crm.application.account.AccountService;
import dev.crm.application.contact.ContactService;
import dev.crm.application.workspace.WorkspaceService;
import dev.crm.assistant.actions.AssistantActions;
import dev.crm.assistant.conversation.Conversations;
import dev.crm.assistant.keys.AiKeyService;
import dev.crm.assistant.keys.NewAiKey;
import dev.crm.assistant.usage.AiUsage;
import dev.crm.domain.aikey.AiProvider;
import dev.crm.domain.contact.ContactDetails;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.Channel;
import dev.crm.projections.contact.ContactView;
import dev.crm.testsupport.CrmModuleTest;
import dev.crm.testsupport.Workspaces;
import dev.crm.testsupport.Workspaces.TestUser;
import dev.crm.testsupport.llm.LlmEmulator;
import dev.crm.testsupport.llm.ModelTurn;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A 500-turn conversation against an emulated Claude ({@link LlmEmulator}) that refuses any prompt over its window: the assistant condenses
 * the older turns with the same model and keeps what it needs (the ids of records it worked on); what every turn cost
 * is counted, and a workspace past its monthly budget is told so without the provider being asked.
 */
@CrmModuleTest
class LongConversationTest {

    /** The emulated window, in characters of request body (roughly 25,000 tokens). */
    private static final int WINDOW_CHARS = 100_000;

    private static final String TOO_LONG = """
            {"type":"error","error":{"type":"invalid_request_error",
             "message":"prompt is too long: 250000 tokens > 200000 maximum"}}""";

    @Autowired
    ChatService chat;

    @Autowired
    Conversations conversations;

    @Autowired
    AssistantActions actions;

    @Autowired
    AiKeyService keys;

    @Autowired
    AiUsage usage;

    @Autowired
    AccountService accounts;

    @Autowired
    WorkspaceService workspaces;

    @Autowired
    ContactService contacts;

    LlmEmulator llm;
    WireMockServer claude;
    TestUser owner;

    @BeforeEach
    void setUp() {
        llm = LlmEmulator.start().acceptingKeys();
        claude = llm.wireMock();
        claude.stubFor(post("/v1/messages")
                .atPriority(1)
                .withRequestBody(matching("(?s).{" + WINDOW_CHARS + ",}"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody(TOO_LONG)));
        llm.anthropicWhen(
                "Summarize this conversation",
                ModelTurn.text("Earlier: the user planned a trade fair with the assistant.")
                        .withUsage(900, 120));
        llm.anthropic(ModelTurn.text("Her id is in my notes.").withUsage(3_000, 20));
        owner = new Workspaces(accounts, workspaces).register("Talkative Tara");
        keys.add(
                Actor.of(owner.id(), Channel.UI),
                new NewAiKey(AiProvider.ANTHROPIC, "sk-ant-long-1234", null, llm.baseUrl(), null, null));
    }

    @AfterEach
    void tearDown() {
        llm.close();
    }

    @Test
    void fiveHundredTurnsStayInsideTheWindowAndKeepTheIdsOfRecordsWorkedOn() {
        UUID conversation = UUID.randomUUID();
        conversations.start(owner.id(), conversation, "Trade fair");
        ContactView ada = contacts.create(
                new Actor(owner.id(), Channel.ASSISTANT, conversation.toString()),
                new ContactDetails("Ada Lovelace", null, null, null, null));
        actions.done(
                owner.id(),
                conversation,
                UUID.randomUUID(),
                AssistantActions.Verb.CREATE,
                "Contact",
                ada.id(),
                "Created contact Ada Lovelace");
        String filler = "stands, posters, travel and the budget of the trade fair; ".repeat(4);
        for (int turn = 1; turn <= 500; turn++) {
            conversations.append(owner.id(), conversation, "user", "Turn " + turn + ": " + filler);
            conversations.append(owner.id(), conversation, "assistant", "Noted for turn " + turn + ": " + filler);
        }

        ChatReply reply = chat.chat(owner.id(), new ChatRequest("What was Ada's id?", conversation, null));

        assertThat(reply.reply()).isEqualTo("Her id is in my notes.");
        List<LoggedRequest> sent = claude.findAll(postRequestedFor(urlEqualTo("/v1/messages")));
        assertThat(sent)
                .allSatisfy(request -> assertThat(request.getBodyAsString().length())
                        .as("every request fits the window")
                        .isLessThan(WINDOW_CHARS));
        LoggedRequest turnRequest = sent.get(sent.size() - 1);
        assertThat(turnRequest.getBodyAsString())
                .contains("Earlier: the user planned a trade fair")
                .contains(ada.id().toString())
                .contains("Turn 500: ")
                .contains("What was Ada's id?")
                .doesNotContain("Turn 1: ");
        assertThat(sent.stream()
                        .filter(request -> request.getBodyAsString().contains("Summarize this conversation"))
                        .findFirst()
                        .orElseThrow()
                        .getBodyAsString())
                .as("the oldest turns went into the summary")
                .contains("Turn 1: ");
        assertThat(conversations.digest(owner.id(), conversation).upto()).isGreaterThan(500);

        // the next turn has room: no second summary
        int summaries = summaryRequests();
        chat.chat(owner.id(), new ChatRequest("Thanks", conversation, null));
        assertThat(summaryRequests()).isEqualTo(summaries);

        Conversations.Summary kept =
                conversations.find(owner.id(), conversation).orElseThrow();
        assertThat(kept.tokensIn()).as("as the provider counted them").isGreaterThanOrEqualTo(6_000);
        AiUsage.MonthlyUsage month = usage.thisMonth(owner.id());
        assertThat(month.turns()).isEqualTo(2);
        assertThat(month.tokensOut()).isEqualTo(kept.tokensOut());
    }

    @Test
    void pastItsMonthlyBudgetTheWorkspaceIsToldSoAndTheProviderIsNotAsked() {
        ChatReply first = chat.chat(owner.id(), new ChatRequest("Hello", null, null));
        usage.setBudget(owner.id(), 3_000L);

        assertThatThrownBy(() -> chat.chat(owner.id(), new ChatRequest("Hello again", first.conversationId(), null)))
                .isInstanceOf(AiUsage.BudgetExhaustedException.class)
                .hasMessageContaining("raise it in Settings");
        assertThat(claude.findAll(postRequestedFor(urlEqualTo("/v1/messages")))).hasSize(1);
        assertThat(conversations.messages(owner.id(), first.conversationId(), 10))
                .as("the refused message is not kept")
                .hasSize(2);

        usage.setBudget(owner.id(), null);
        assertThat(chat.chat(owner.id(), new ChatRequest("Hello again", first.conversationId(), null))
                        .reply())
                .isEqualTo("Her id is in my notes.");
    }

    private int summaryRequests() {
        return (int) claude.findAll(postRequestedFor(urlEqualTo("/v1/messages"))).stream()
                .filter(request -> request.getBodyAsString().contains("Summarize this conversation"))
                .count();
    }
}
