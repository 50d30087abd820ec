package dev.crm.assistant.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.application.account.AccountService;
import dev.crm.application.contact.ContactService;
import dev.crm.application.project.ProjectService;
import dev.crm.application.task.TaskService;
import dev.crm.application.workspace.WorkspaceService;
import dev.crm.assistant.chat.ChatReply;
import dev.crm.assistant.chat.ChatRequest;
import dev.crm.assistant.chat.ChatService;
import dev.crm.assistant.conversation.Conversations;
import dev.crm.assistant.keys.AiKeyService;
import dev.crm.assistant.keys.NewAiKey;
import dev.crm.domain.aikey.AiProvider;
import dev.crm.domain.contact.ContactDetails;
import dev.crm.domain.project.ProjectDetails;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.Channel;
import dev.crm.domain.shared.EditConflictException;
import dev.crm.domain.shared.NotAllowedException;
import dev.crm.domain.shared.Patch;
import dev.crm.domain.shared.RecordNotFoundException;
import dev.crm.domain.task.TaskDetails;
import dev.crm.projections.audit.HistoryEntry;
import dev.crm.projections.contact.ContactView;
import dev.crm.projections.project.ProjectView;
import dev.crm.projections.support.RowSecurity;
import dev.crm.projections.task.TaskView;
import dev.crm.testsupport.CrmModuleTest;
import dev.crm.testsupport.Workspaces;
import dev.crm.testsupport.Workspaces.TestUser;
import dev.crm.testsupport.llm.LlmEmulator;
import dev.crm.testsupport.llm.ModelTurn;
import dev.crm.testsupport.llm.ToolCall;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes wait for the user's confirmation; every change the assistant made can be undone as a whole, and shows in the
 * history as the assistant's, grouped by its action. Claude is emulated ({@link LlmEmulator}) in its documented wire
 * format.
 */
@CrmModuleTest
class AssistantActionsTest {

    @Autowired
    ChatService chat;

    @Autowired
    ActionService actions;

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
    ProjectService projects;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RowSecurity rowSecurity;

    @Autowired
    Clock clock;

    @Autowired
    com.fasterxml.jackson.databind.ObjectMapper json;

    @Autowired
    PlatformTransactionManager transactionManager;

    LlmEmulator claude;
    TestUser owner;
    Actor ui;

    @BeforeEach
    void setUp() {
        claude = LlmEmulator.start().acceptingKeys();
        owner = new Workspaces(accounts, workspaces).register("Owner Una");
        ui = Actor.of(owner.id(), Channel.UI);
        keys.add(ui, new NewAiKey(AiProvider.ANTHROPIC, "sk-ant-undo-1234", null, claude.baseUrl(), null, null));
    }

    @AfterEach
    void tearDown() {
        claude.close();
    }

    @Test
    void deletingAProjectWaitsForConfirmationThenUndoRestoresItWithItsTasks() {
        ProjectView launch = projects.create(ui, new ProjectDetails("Launch", null, null, Set.of(), null));
        TaskView brief = tasks.create(ui, launch.id(), new TaskDetails("Write the brief", null, null, null, null));
        modelCalls("delete_project", "{\"id\":\"" + launch.id() + "\"}", "Shall I delete Launch? Please confirm.");

        ChatReply reply = chat.chat(owner.id(), new ChatRequest("Delete the Launch project", null, null));

        ChatAction pending = reply.actions().get(0);
        assertThat(pending.kind()).isEqualTo("PENDING");
        assertThat(pending.status()).isEqualTo("PENDING");
        assertThat(pending.summary()).isEqualTo("Delete project Launch and its tasks");
        assertThat(pending.expiresAt()).isAfter(clock.instant());
        assertThat(projects.get(owner.id(), launch.id()).name())
                .as("nothing deleted by the model")
                .isEqualTo("Launch");

        ChatAction confirmed = actions.confirm(owner.id(), pending.id());
        assertThat(confirmed.kind()).isEqualTo("DELETED");
        assertThat(confirmed.status()).isEqualTo("DONE");
        assertThatThrownBy(() -> projects.get(owner.id(), launch.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> tasks.get(owner.id(), brief.id())).isInstanceOf(RecordNotFoundException.class);
        assertThat(last(projects.history(owner.id(), launch.id()))).satisfies(entry -> {
            assertThat(entry.eventType()).isEqualTo("ProjectDeleted");
            assertThat(entry.channel()).isEqualTo("assistant");
            assertThat(entry.actionId()).isEqualTo(pending.id());
        });
        assertThat(last(tasks.history(owner.id(), brief.id())).actionId())
                .as("the task went in the same action")
                .isEqualTo(pending.id());
        assertThatThrownBy(() -> actions.confirm(owner.id(), pending.id())).isInstanceOf(NotAllowedException.class);

        ChatAction undone = actions.undo(owner.id(), pending.id());
        assertThat(undone.status()).isEqualTo("UNDONE");
        ProjectView restored = projects.get(owner.id(), launch.id());
        assertThat(restored.name()).isEqualTo("Launch");
        assertThat(restored.createdAt()).as("its first creation time").isEqualTo(launch.createdAt());
        assertThat(tasks.get(owner.id(), brief.id()).name()).isEqualTo("Write the brief");
        assertThat(projects.history(owner.id(), launch.id()))
                .extracting(HistoryEntry::eventType)
                .containsExactly("ProjectCreated", "ProjectDeleted", "ProjectRestored");
        assertThat(last(tasks.history(owner.id(), brief.id())).channel()).isEqualTo("assistant");
        assertThatThrownBy(() -> actions.undo(owner.id(), pending.id())).isInstanceOf(NotAllowedException.class);
        assertThat(conversations.messages(owner.id(), reply.conversationId(), 10))
                .extracting(Conversations.Message::content)
                .contains(
                        "✓ Confirmed: Delete project Launch and its tasks",
                        "↶ Undone: Delete project Launch and its tasks");
        assertThat(actions.ofConversation(owner.id(), reply.conversationId()))
                .extracting(ChatAction::status)
                .containsExactly("UNDONE");
    }

    @Test
    void aCancelledProposalChangesNothingAndCannotBeConfirmedLater() {
        ContactView ada = contacts.create(ui, new ContactDetails("Ada Lovelace", null, null, null, null));
        modelCalls("delete_contact", "{\"id\":\"" + ada.id() + "\"}", "Confirm to delete Ada.");
        ChatAction pending = chat.chat(owner.id(), new ChatRequest("Delete Ada", null, null))
                .actions()
                .get(0);

        assertThat(actions.cancel(owner.id(), pending.id()).status()).isEqualTo("CANCELLED");
        assertThatThrownBy(() -> actions.confirm(owner.id(), pending.id()))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("cancelled");
        assertThat(contacts.get(owner.id(), ada.id()).version()).isEqualTo(ada.version());
        TestUser stranger = new Workspaces(accounts, workspaces).register("Stranger Sid");
        assertThatThrownBy(() -> actions.confirm(stranger.id(), pending.id()))
                .as("another user's action does not exist for them")
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void aProposalForARecordChangedSinceIsNotCarriedOut() {
        ContactView ada = contacts.create(ui, new ContactDetails("Ada Lovelace", null, null, null, null));
        modelCalls("delete_contact", "{\"id\":\"" + ada.id() + "\"}", "Confirm to delete Ada.");
        ChatAction pending = chat.chat(owner.id(), new ChatRequest("Delete Ada", null, null))
                .actions()
                .get(0);
        contacts.update(
                ui,
                ada.id(),
                ada.version(),
                Patch.of(new ContactDetails(null, null, "+44 1", null, null), List.of("phone")));

        assertThatThrownBy(() -> actions.confirm(owner.id(), pending.id()))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("changed after");
        assertThat(contacts.get(owner.id(), ada.id()).phone()).isEqualTo("+44 1");
        assertThat(actions.ofConversation(owner.id(), pending.id()))
                .as("looked up by conversation, not action")
                .isEmpty();
    }

    @Test
    void anExpiredProposalCannotBeConfirmed() {
        ContactView ada = contacts.create(ui, new ContactDetails("Ada Lovelace", null, null, null, null));
        UUID conversation = UUID.randomUUID();
        conversations.start(owner.id(), conversation, "Old");
        AssistantActions shortLived = new AssistantActions(jdbc, rowSecurity, clock, Duration.ZERO, json);
        // built here with no time to live; outside Spring, so the transaction is the test's
        AssistantActions.StoredAction stale = new TransactionTemplate(transactionManager)
                .execute(status -> shortLived.pending(
                        owner.id(),
                        conversation,
                        UUID.randomUUID(),
                        AssistantActions.Verb.DELETE,
                        "Contact",
                        ada.id(),
                        "Delete contact Ada Lovelace",
                        ada.version()));

        assertThatThrownBy(() -> actions.confirm(owner.id(), stale.id()))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("expired");
        assertThat(contacts.get(owner.id(), ada.id()).name()).isEqualTo("Ada Lovelace");
    }

    @Test
    void undoingAnUpdateKeepsOtherFieldsChangedSinceAndIsRefusedWhenTheSameFieldChanged() {
        ContactView ada = contacts.create(ui, new ContactDetails("Ada Lovelace", null, "+44 1", null, null));
        modelCalls(
                "update_contact",
                "{\"id\":\"%s\",\"version\":%d,\"phone\":\"+44 2\"}".formatted(ada.id(), ada.version()),
                "Changed her phone.");
        ChatAction update = chat.chat(owner.id(), new ChatRequest("Ada's phone is +44 2", null, null))
                .actions()
                .get(0);
        assertThat(update.kind()).isEqualTo("UPDATED");
        ContactView changed = contacts.get(owner.id(), ada.id());
        assertThat(changed.phone()).isEqualTo("+44 2");
        contacts.update(
                ui,
                ada.id(),
                changed.version(),
                Patch.of(new ContactDetails(null, "ada@engines.example", null, null, null), List.of("email")));

        actions.undo(owner.id(), update.id());

        ContactView undone = contacts.get(owner.id(), ada.id());
        assertThat(undone.phone()).isEqualTo("+44 1");
        assertThat(undone.email()).as("a later change to another field is kept").isEqualTo("ada@engines.example");

        // a second assistant change (a new script, from its first turn), then the user edits the same field: undo
        // refused, nothing changed
        modelCalls(
                "update_contact",
                "{\"id\":\"%s\",\"version\":%d,\"phone\":\"+44 3\"}".formatted(ada.id(), undone.version()),
                "Changed.");
        ChatAction second = chat.chat(owner.id(), new ChatRequest("Phone +44 3", null, null))
                .actions()
                .get(0);
        ContactView third = contacts.get(owner.id(), ada.id());
        contacts.update(
                ui,
                ada.id(),
                third.version(),
                Patch.of(new ContactDetails(null, null, "+44 4", null, null), List.of("phone")));
        assertThatThrownBy(() -> actions.undo(owner.id(), second.id())).isInstanceOf(EditConflictException.class);
        assertThat(contacts.get(owner.id(), ada.id()).phone()).isEqualTo("+44 4");
        assertThat(actions.ofConversation(owner.id(), UUID.randomUUID())).isEmpty();
    }

    @Test
    void undoingACreateDeletesTheRecord() {
        modelCalls("create_contact", "{\"name\":\"Grace Hopper\"}", "Added Grace.");
        ChatAction created = chat.chat(owner.id(), new ChatRequest("Add Grace Hopper", null, null))
                .actions()
                .get(0);

        actions.undo(owner.id(), created.id());

        assertThatThrownBy(() -> contacts.get(owner.id(), created.recordId()))
                .isInstanceOf(RecordNotFoundException.class);
    }

    /** Claude calls {@code tool} with {@code input} (JSON), then answers {@code answer}. */
    private void modelCalls(String tool, String input, String answer) {
        claude.anthropic(ModelTurn.tools(ToolCall.of(tool, input)), ModelTurn.text(answer));
    }

    private static HistoryEntry last(List<HistoryEntry> history) {
        return history.get(history.size() - 1);
    }
}
