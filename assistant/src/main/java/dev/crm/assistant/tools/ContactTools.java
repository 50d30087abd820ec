package dev.crm.assistant.tools;

import static dev.crm.assistant.tools.ToolTurn.id;
import static dev.crm.assistant.tools.ToolTurn.text;

import dev.crm.application.contact.ContactService;
import dev.crm.application.organization.OrganizationService;
import dev.crm.assistant.actions.AssistantActions.Verb;
import dev.crm.domain.contact.Contact;
import dev.crm.domain.contact.ContactDetails;
import dev.crm.domain.shared.Patch;
import dev.crm.projections.contact.ContactView;
import dev.crm.projections.organization.OrganizationView;
import dev.crm.projections.support.PageRequest;
import org.springframework.ai.tool.annotation.Tool;
import org.springframework.ai.tool.annotation.ToolParam;

/** Contacts, as the assistant reaches them: the same service, rules and filters as the UI and REST. */
class ContactTools {

    private final ToolTurn turn;
    private final ContactService contacts;
    private final OrganizationService organizations;

    ContactTools(ToolTurn turn, ContactService contacts, OrganizationService organizations) {
        this.turn = turn;
        this.contacts = contacts;
        this.organizations = organizations;
    }

    @Tool(
            name = "create_contact",
            description = "Create a contact. Pass only what the user said: never invent or guess an e-mail address, "
                    + "phone number or title. For the organization use the exact name of one of the user's "
                    + "organizations when one matches.")
    String createContact(
            @ToolParam(description = "Full name") String name,
            @ToolParam(required = false, description = "E-mail address, exactly as given") String email,
            @ToolParam(required = false, description = "Phone number, exactly as given") String phone,
            @ToolParam(required = false, description = "Job title, e.g. CTO") String jobPosition,
            @ToolParam(required = false, description = "Organization name") String organization) {
        return turn.change(
                Verb.CREATE,
                Contact.TYPE,
                actor -> contacts.create(
                        actor, new ContactDetails(name, email, phone, jobPosition, matchingOrganization(organization))),
                ContactView::id,
                created -> "Created contact " + created.name());
    }

    @Tool(
            name = "search_contacts",
            description = "Find the user's contacts whose name, e-mail, organization or title contains the text "
                    + "(at most 10, sorted as asked). Empty text lists the most recently changed.")
    String searchContacts(
            @ToolParam(required = false, description = "Text to look for") String text,
            @ToolParam(
                            required = false,
                            description = "Sort: name, email, organization, jobPosition, createdAt, updatedAt; "
                                    + "prefix - for descending. Default -updatedAt")
                    String sort) {
        return turn.run(() -> contacts.list(turn.userId(), Lists.page(sort, "-updatedAt", text))
                .items());
    }

    @Tool(name = "get_contact", description = "Read one contact by id, with its current version.")
    String getContact(@ToolParam(description = "The contact's id") String id) {
        return turn.run(() -> contacts.get(turn.userId(), id("id", id)));
    }

    @Tool(
            name = "update_contact",
            description = "Change fields of a contact. Give the version you read; fields left out stay as they are, "
                    + "an empty text clears a field. Changes others made meanwhile to other fields are kept; to the "
                    + "same fields they are a conflict to report to the user.")
    String updateContact(
            @ToolParam(description = "The contact's id") String id,
            @ToolParam(description = "The version the contact had when you read it") long version,
            @ToolParam(required = false) String name,
            @ToolParam(required = false) String email,
            @ToolParam(required = false) String phone,
            @ToolParam(required = false) String jobPosition,
            @ToolParam(required = false) String organization) {
        GivenFields given = new GivenFields()
                .with("name", name)
                .with("email", email)
                .with("phone", phone)
                .with("jobPosition", jobPosition)
                .with("organization", organization);
        return turn.update(
                Contact.TYPE,
                id,
                version,
                () -> Patch.of(
                        new ContactDetails(name, email, phone, jobPosition, matchingOrganization(organization)),
                        given.names()),
                contacts::update,
                contacts::get,
                ContactView::name);
    }

    @Tool(
            name = "delete_contact",
            description = "Propose deleting a contact. It is deleted only when the user confirms in the chat.")
    String deleteContact(@ToolParam(description = "The contact's id") String id) {
        return turn.propose(
                Verb.DELETE,
                Contact.TYPE,
                () -> contacts.get(turn.userId(), id("id", id)),
                ContactView::id,
                contact -> "Delete contact " + contact.name());
    }

    /** The user's organization of that name, as it is spelled there; the name as given when none matches. */
    private String matchingOrganization(String name) {
        String wanted = text(name);
        if (wanted == null) {
            return name == null ? null : "";
        }
        return organizations.list(turn.userId(), new PageRequest(Lists.LIMIT, null, "name", wanted)).items().stream()
                .map(OrganizationView::name)
                .filter(existing -> existing.equalsIgnoreCase(wanted))
                .findFirst()
                .orElse(wanted);
    }
}
