package dev.crm.assistant.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crm.application.account.AccountService;
import dev.crm.application.contact.ContactService;
import dev.crm.application.shared.Ids;
import dev.crm.application.workspace.WorkspaceService;
import dev.crm.assistant.conversation.Conversations;
import dev.crm.assistant.tools.ToolTurn;
import dev.crm.assistant.tools.Toolbox;
import dev.crm.domain.contact.ContactDetails;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.Channel;
import dev.crm.domain.shared.NotAllowedException;
import dev.crm.domain.shared.Patch;
import dev.crm.projections.contact.ContactView;
import dev.crm.testsupport.CrmModuleTest;
import dev.crm.testsupport.Workspaces;
import dev.crm.testsupport.Workspaces.TestUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Changes to more than one record are not made on the model's say-so: in one turn the first updated record changes
 * at once, the updates of further records gather into one pending action, confirmed (or refused) as a whole, and
 * undone as a whole. The tools are called as the model's client would call them, with JSON arguments.
 */
@CrmModuleTest
class PendingChangesTest {

    @Autowired
    Toolbox toolbox;

    @Autowired
    AssistantActions store;

    @Autowired
    ActionService actions;

    @Autowired
    Conversations conversations;

    @Autowired
    ContactService contacts;

    @Autowired
    AccountService accounts;

    @Autowired
    WorkspaceService workspaces;

    @Autowired
    ObjectMapper json;

    TestUser owner;
    Actor ui;
    UUID conversation;
    List<ChatAction> announced;
    ToolTurn turn;

    @BeforeEach
    void setUp() {
        owner = new Workspaces(accounts, workspaces).register("Bulk Bo");
        ui = Actor.of(owner.id(), Channel.UI);
        conversation = Ids.newId();
        conversations.start(owner.id(), conversation, "Phones");
        announced = new ArrayList<>();
        turn = new ToolTurn(owner.id(), conversation, store, json, announced::add);
    }

    @Test
    void theFirstRecordChangesAtOnceAndTheOthersWaitTogetherForConfirmation() throws Exception {
        ContactView ada = contact("Ada Lovelace");
        ContactView bob = contact("Bob Babbage");
        ContactView cy = contact("Cy Clerk");

        call("update_contact", "{\"id\":\"%s\",\"version\":%d,\"phone\":\"+44 1\"}".formatted(ada.id(), ada.version()));
        JsonNode second = call(
                "update_contact",
                "{\"id\":\"%s\",\"version\":%d,\"phone\":\"+44 2\"}".formatted(bob.id(), bob.version()));
        JsonNode third = call(
                "update_contact",
                "{\"id\":\"%s\",\"version\":%d,\"jobPosition\":\"Clerk\"}".formatted(cy.id(), cy.version()));

        assertThat(contacts.get(owner.id(), ada.id()).phone()).isEqualTo("+44 1");
        assertThat(contacts.get(owner.id(), bob.id()).phone()).isNull();
        assertThat(second.get("pendingActionId").asText())
                .isEqualTo(third.get("pendingActionId").asText());
        ChatAction pending = turn.actions().get(1);
        assertThat(turn.actions()).hasSize(2);
        assertThat(pending.kind()).isEqualTo("PENDING");
        assertThat(pending.summary())
                .isEqualTo("Change 2 records: contact Bob Babbage (phone); contact Cy Clerk (jobPosition)");
        assertThat(announced).hasSize(3).last().isEqualTo(pending);

        // meanwhile someone else gives Bob an e-mail address: a different field, kept on confirm
        contacts.update(
                ui,
                bob.id(),
                bob.version(),
                Patch.of(new ContactDetails(null, "bob@example.com", null, null, null), Set.of("email")));
        ChatAction confirmed = actions.confirm(owner.id(), pending.id());

        assertThat(confirmed.status()).isEqualTo("DONE");
        ContactView bobNow = contacts.get(owner.id(), bob.id());
        assertThat(bobNow.phone()).isEqualTo("+44 2");
        assertThat(bobNow.email()).isEqualTo("bob@example.com");
        assertThat(contacts.get(owner.id(), cy.id()).jobPosition()).isEqualTo("Clerk");

        actions.undo(owner.id(), pending.id());
        assertThat(contacts.get(owner.id(), bob.id()).phone()).isNull();
        assertThat(contacts.get(owner.id(), bob.id()).email()).isEqualTo("bob@example.com");
        assertThat(contacts.get(owner.id(), cy.id()).jobPosition()).isNull();
        assertThat(contacts.get(owner.id(), ada.id()).phone())
                .as("the first change is its own action")
                .isEqualTo("+44 1");
    }

    @Test
    void aConflictOnOneRecordRefusesTheWholeActionAndChangesNothing() throws Exception {
        ContactView ada = contact("Ada Lovelace");
        ContactView bob = contact("Bob Babbage");
        ContactView cy = contact("Cy Clerk");
        call("update_contact", "{\"id\":\"%s\",\"version\":%d,\"phone\":\"+44 1\"}".formatted(ada.id(), ada.version()));
        call("update_contact", "{\"id\":\"%s\",\"version\":%d,\"phone\":\"+44 2\"}".formatted(bob.id(), bob.version()));
        call("update_contact", "{\"id\":\"%s\",\"version\":%d,\"phone\":\"+44 3\"}".formatted(cy.id(), cy.version()));
        contacts.update(
                ui,
                cy.id(),
                cy.version(),
                Patch.of(new ContactDetails(null, null, "+1 555", null, null), Set.of("phone")));

        UUID pending = turn.actions().get(1).id();
        assertThatThrownBy(() -> actions.confirm(owner.id(), pending))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("phone of the contact");

        assertThat(contacts.get(owner.id(), bob.id()).phone())
                .as("rolled back with the rest")
                .isNull();
        assertThat(contacts.get(owner.id(), cy.id()).phone()).isEqualTo("+1 555");
        assertThat(actions.ofConversation(owner.id(), conversation))
                .filteredOn(action -> action.id().equals(pending))
                .singleElement()
                .extracting(ChatAction::status)
                .isEqualTo("PENDING");
    }

    @Test
    void anotherUsersRecordCannotBeSlippedIntoThePendingChanges() throws Exception {
        ContactView ada = contact("Ada Lovelace");
        TestUser stranger = new Workspaces(accounts, workspaces).register("Stranger Sid");
        ContactView theirs = contacts.create(
                Actor.of(stranger.id(), Channel.UI), new ContactDetails("Their Contact", null, null, null, null));
        call("update_contact", "{\"id\":\"%s\",\"version\":%d,\"phone\":\"+44 1\"}".formatted(ada.id(), ada.version()));

        JsonNode refused = call(
                "update_contact",
                "{\"id\":\"%s\",\"version\":%d,\"phone\":\"+44 9\"}".formatted(theirs.id(), theirs.version()));

        assertThat(refused.get("error").asText()).startsWith("Not among the user's records");
        assertThat(turn.actions()).hasSize(1);
    }

    private ContactView contact(String name) {
        return contacts.create(ui, new ContactDetails(name, null, null, null, null));
    }

    private JsonNode call(String tool, String arguments) throws Exception {
        ToolCallback callback = toolbox.forTurn(turn).stream()
                .filter(candidate -> candidate.getToolDefinition().name().equals(tool))
                .findFirst()
                .orElseThrow();
        return json.readTree(callback.call(arguments));
    }
}
