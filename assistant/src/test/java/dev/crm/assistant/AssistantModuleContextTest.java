package dev.crm.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.application.account.AccountService;
import dev.crm.application.contact.ContactService;
import dev.crm.application.workspace.WorkspaceService;
import dev.crm.domain.contact.ContactDetails;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.Channel;
import dev.crm.testsupport.CrmModuleTest;
import dev.crm.testsupport.Workspaces;
import dev.crm.testsupport.Workspaces.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The assistant's integration tests run in this module, on the CRM below it and a real PostgreSQL, without the web
 * layer: what the assistant's tools will do, a user's contact created and read back through the application service
 * on the assistant's channel, with its history naming that channel.
 */
@CrmModuleTest
class AssistantModuleContextTest {

    @Autowired
    AccountService accounts;

    @Autowired
    WorkspaceService workspaces;

    @Autowired
    ContactService contacts;

    @Test
    void aUsersRecordsAreReachableThroughTheApplicationServicesOnTheAssistantChannel() {
        TestUser user = new Workspaces(accounts, workspaces).register("Module Mia");
        Actor actor = Actor.of(user.id(), Channel.ASSISTANT);
        var created = contacts.create(actor, new ContactDetails("Ada", "ada@example.com", null, null, null));
        assertThat(contacts.get(user.id(), created.id()).name()).isEqualTo("Ada");
        assertThat(contacts.history(user.id(), created.id()))
                .singleElement()
                .satisfies(entry -> assertThat(entry.channel()).isEqualTo("assistant"));
    }
}
