package dev.crm.assistant.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.application.account.AccountService;
import dev.crm.application.contact.ContactService;
import dev.crm.application.workspace.WorkspaceService;
import dev.crm.assistant.actions.ChatAction;
import dev.crm.assistant.conversation.Conversations;
import dev.crm.assistant.keys.AiKeyService;
import dev.crm.assistant.keys.NewAiKey;
import dev.crm.domain.aikey.AiProvider;
import dev.crm.domain.contact.ContactDetails;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.Channel;
import dev.crm.projections.support.PageRequest;
import dev.crm.testsupport.CrmModuleTest;
import dev.crm.testsupport.Workspaces;
import dev.crm.testsupport.Workspaces.TestUser;
import dev.crm.testsupport.llm.LlmEmulator;
import dev.crm.testsupport.llm.ModelTurn;
import dev.crm.testsupport.llm.ToolCall;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Streamed turns through each provider's real Spring AI client against its emulated streaming wire format (SSE): the
 * text arrives in pieces, the tools' runs and the actions are told as they happen, the stop button ends a turn
 * before its tool calls run, and what the user saw is what the conversation keeps.
 */
@CrmModuleTest
class StreamedChatTest {

    private static final String ZOE = "{\"name\":\"Zoë Martin\",\"email\":\"zoe@acme.com\"}";

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
    TestUser owner;

    @BeforeEach
    void setUp() {
        llm = LlmEmulator.start().acceptingKeys();
        owner = new Workspaces(accounts, workspaces).register("Streaming Sam");
    }

    @AfterEach
    void tearDown() {
        llm.close();
    }

    @ParameterizedTest
    @EnumSource(
            value = AiProvider.class,
            names = {"ANTHROPIC", "OPENAI", "GEMINI"})
    void aStreamedTurnTellsItsTextToolsAndActionsAsTheyHappen(AiProvider provider) {
        addKey(provider);
        script(
                provider,
                ModelTurn.tools(ToolCall.of("create_contact", ZOE)).withText("Let me add her to your contacts."),
                ModelTurn.text("Added Zoë Martin, with her e-mail address."));
        Recorder events = new Recorder();

        ChatReply reply = chat.stream(
                owner.id(), new ChatRequest("Add Zoë Martin, zoe@acme.com", null, null), events, new TurnStop());

        assertThat(events.deltas).hasSizeGreaterThan(2);
        assertThat(String.join("", events.deltas))
                .isEqualTo("Let me add her to your contacts.\n\nAdded Zoë Martin, with her e-mail address.");
        assertThat(reply.reply())
                .isEqualTo("Let me add her to your contacts.\n\nAdded Zoë Martin, with her e-mail address.");
        assertThat(events.log)
                .containsSubsequence(
                        "started " + reply.conversationId(),
                        "tool create_contact",
                        "action CREATED Contact",
                        "result create_contact ok");
        assertThat(events.log.indexOf("result create_contact ok"))
                .as("the tool runs between the two answers")
                .isLessThan(events.log.lastIndexOf("text"));
        UUID zoe = reply.actions().get(0).recordId();
        assertThat(contacts.get(owner.id(), zoe).email()).isEqualTo("zoe@acme.com");
        assertThat(conversations.messages(owner.id(), reply.conversationId(), 10))
                .extracting(Conversations.Message::content)
                .containsExactly("Add Zoë Martin, zoe@acme.com", reply.reply());
        assertThat(conversations
                        .find(owner.id(), reply.conversationId())
                        .orElseThrow()
                        .tokensOut())
                .as("the streamed answers' tokens are counted")
                .isPositive();
    }

    @ParameterizedTest
    @EnumSource(
            value = AiProvider.class,
            names = {"ANTHROPIC", "OPENAI"})
    void stoppingATurnKeepsWhatWasSaidAndRunsNoToolOfTheCutAnswer(AiProvider provider) {
        addKey(provider);
        script(
                provider,
                ModelTurn.tools(ToolCall.of("create_contact", ZOE))
                        .withText("I will add Zoë Martin now, with the e-mail address you gave me."),
                ModelTurn.text("Added."));
        TurnStop stop = new TurnStop();
        Recorder events = new Recorder() {
            @Override
            public void text(String delta) {
                super.text(delta);
                stop.stop(); // the user presses Stop as the first words appear
            }
        };

        ChatReply reply =
                chat.stream(owner.id(), new ChatRequest("Add Zoë Martin, zoe@acme.com", null, null), events, stop);

        assertThat(reply.reply()).startsWith(events.deltas.get(0).strip()).endsWith("*(stopped)*");
        assertThat(reply.actions()).isEmpty();
        assertThat(events.log).noneMatch(line -> line.startsWith("tool"));
        assertThat(contacts.list(owner.id(), PageRequest.first(10)).items())
                .as("no contact was made")
                .isEmpty();
        assertThat(conversations.messages(owner.id(), reply.conversationId(), 10))
                .extracting(Conversations.Message::content)
                .last()
                .isEqualTo(reply.reply());
    }

    @ParameterizedTest
    @EnumSource(
            value = AiProvider.class,
            names = {"ANTHROPIC", "OPENAI", "GEMINI"})
    void aDeleteStreamsAsAPendingConfirmation(AiProvider provider) {
        addKey(provider);
        UUID ada = contacts.create(
                        Actor.of(owner.id(), Channel.UI), new ContactDetails("Ada Lovelace", null, null, null, null))
                .id();
        script(
                provider,
                ModelTurn.tools(ToolCall.of("delete_contact", "{\"id\":\"" + ada + "\"}")),
                ModelTurn.text("Press Confirm to delete Ada Lovelace."));
        Recorder events = new Recorder();

        ChatReply reply = chat.stream(owner.id(), new ChatRequest("Delete Ada", null, null), events, new TurnStop());

        assertThat(events.actions).singleElement().satisfies(action -> {
            assertThat(action.kind()).isEqualTo("PENDING");
            assertThat(action.recordId()).isEqualTo(ada);
        });
        assertThat(reply.actions()).isEqualTo(events.actions);
        assertThat(contacts.get(owner.id(), ada).name()).isEqualTo("Ada Lovelace");
    }

    @ParameterizedTest
    @EnumSource(
            value = AiProvider.class,
            names = {"ANTHROPIC", "OPENAI", "GEMINI"})
    void aToolNameTheModelMadeUpGoesBackToItAsAnError(AiProvider provider) {
        addKey(provider);
        script(provider, ModelTurn.tools(ToolCall.of("drop_all_tables", "{}")), ModelTurn.text("I cannot do that."));
        Recorder events = new Recorder();

        ChatReply reply =
                chat.stream(owner.id(), new ChatRequest("Drop everything", null, null), events, new TurnStop());

        assertThat(reply.reply()).isEqualTo("I cannot do that.");
        assertThat(llm.requests().get(1).toString()).contains("There is no tool named drop_all_tables");
    }

    private void addKey(AiProvider provider) {
        keys.add(
                Actor.of(owner.id(), Channel.UI),
                new NewAiKey(provider, "key-" + provider + "-1234", null, llm.baseUrl(), null, null));
    }

    private void script(AiProvider provider, ModelTurn... turns) {
        switch (provider) {
            case ANTHROPIC -> llm.anthropic(turns);
            case GEMINI -> llm.gemini(turns);
            default -> llm.openAi(turns);
        }
    }

    /** What a listener was told, in order. */
    static class Recorder implements TurnListener {
        final List<String> log = new ArrayList<>();
        final List<String> deltas = new ArrayList<>();
        final List<ChatAction> actions = new ArrayList<>();

        @Override
        public void started(UUID conversationId) {
            log.add("started " + conversationId);
        }

        @Override
        public void text(String delta) {
            deltas.add(delta);
            log.add("text");
        }

        @Override
        public void toolStarted(String callId, String tool) {
            log.add("tool " + tool);
        }

        @Override
        public void toolFinished(String callId, String tool, String result, boolean failed) {
            log.add("result " + tool + (failed ? " failed" : " ok"));
        }

        @Override
        public void action(ChatAction action) {
            actions.add(action);
            log.add("action " + action.kind() + " " + action.recordType());
        }
    }
}
