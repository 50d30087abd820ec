package dev.crm.assistant.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crm.application.contact.ContactService;
import dev.crm.application.organization.OrganizationService;
import dev.crm.application.shared.Ids;
import dev.crm.domain.contact.Contact;
import dev.crm.domain.contact.ContactDetails;
import dev.crm.domain.organization.Organization;
import dev.crm.domain.organization.OrganizationDetails;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.EditConflictException;
import dev.crm.domain.shared.InvalidInputException;
import dev.crm.domain.shared.NotAllowedException;
import dev.crm.domain.shared.Patch;
import dev.crm.domain.shared.RecordNotFoundException;
import dev.crm.domain.shared.Records;
import dev.crm.projections.contact.ContactView;
import dev.crm.projections.organization.OrganizationView;
import dev.crm.projections.support.PageRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.ai.tool.annotation.Tool;
import org.springframework.ai.tool.annotation.ToolParam;

/**
 * The CRM operations the model may call, for one turn of one user: each calls the same application service as the
 * UI and the REST API, as that user on the assistant's channel, so every access rule and row-level policy holds.
 * Results are compact JSON, size-limited; a refused call comes back to the model as an error it can explain.
 */
class CrmTools {

    private static final int SEARCH_LIMIT = 10;
    private static final int MAX_RESULT = 8_000;

    private final Actor actor;
    private final ContactService contacts;
    private final OrganizationService organizations;
    private final ObjectMapper json;
    private final List<ChatAction> actions = new ArrayList<>();

    CrmTools(Actor actor, ContactService contacts, OrganizationService organizations, ObjectMapper json) {
        this.actor = actor;
        this.contacts = contacts;
        this.organizations = organizations;
        this.json = json;
    }

    List<ChatAction> actions() {
        return List.copyOf(actions);
    }

    @Tool(
            name = "create_contact",
            description = "Create a contact. Pass only what the user said: never invent or "
                    + "guess an e-mail address, phone number or title. For the organization use the exact name of one of "
                    + "the user's organizations when one matches.")
    String createContact(
            @ToolParam(description = "Full name") String name,
            @ToolParam(required = false, description = "E-mail address, exactly as given") String email,
            @ToolParam(required = false, description = "Phone number, exactly as given") String phone,
            @ToolParam(required = false, description = "Job title, e.g. CTO") String jobPosition,
            @ToolParam(required = false, description = "Organization name") String organization) {
        return run(() -> {
            ContactView created = contacts.create(
                    actor, new ContactDetails(name, email, phone, jobPosition, matchingOrganization(organization)));
            record(ChatKind.CREATED, Contact.TYPE, created.id(), "Created contact " + created.name());
            return created;
        });
    }

    @Tool(
            name = "search_contacts",
            description = "Find the user's contacts whose name, e-mail, organization or title "
                    + "contains the text (at most 10, newest changes first). Empty text lists the latest.")
    String searchContacts(@ToolParam(required = false, description = "Text to look for") String text) {
        return run(() -> contacts.list(
                        actor.userId(), new PageRequest(SEARCH_LIMIT, null, "-updatedAt", blankToNull(text)))
                .items());
    }

    @Tool(name = "get_contact", description = "Read one contact by id, with its current version.")
    String getContact(@ToolParam(description = "The contact's id") String id) {
        return run(() -> contacts.get(actor.userId(), uuid(id)));
    }

    @Tool(
            name = "update_contact",
            description = "Change fields of a contact. Give the version you read; fields "
                    + "left out stay as they are. Changes others made meanwhile to other fields are kept; to the same "
                    + "fields they are a conflict to report to the user.")
    String updateContact(
            @ToolParam(description = "The contact's id") String id,
            @ToolParam(description = "The version the contact had when you read it") long version,
            @ToolParam(required = false) String name,
            @ToolParam(required = false) String email,
            @ToolParam(required = false) String phone,
            @ToolParam(required = false) String jobPosition,
            @ToolParam(required = false) String organization) {
        return run(() -> {
            ContactDetails given = new ContactDetails(
                    name, email, phone, jobPosition, organization == null ? null : matchingOrganization(organization));
            Set<String> fields = new LinkedHashSet<>();
            Records.toMap(given).forEach((field, value) -> {
                if (value != null) {
                    fields.add(field); // a field the model named is one it changes; the others stay
                }
            });
            ContactView updated = contacts.update(actor, uuid(id), version, Patch.of(given, fields));
            record(
                    ChatKind.UPDATED,
                    Contact.TYPE,
                    updated.id(),
                    "Updated contact " + updated.name() + ": " + String.join(", ", fields));
            return updated;
        });
    }

    @Tool(name = "create_organization", description = "Create an organization (a company the user follows).")
    String createOrganization(
            @ToolParam(description = "Its name") String name,
            @ToolParam(required = false) String industry,
            @ToolParam(required = false) String description) {
        return run(() -> {
            OrganizationView created =
                    organizations.create(actor, new OrganizationDetails(name, description, industry));
            record(ChatKind.CREATED, Organization.TYPE, created.id(), "Created organization " + created.name());
            return created;
        });
    }

    @Tool(
            name = "search_organizations",
            description = "Find the user's organizations whose name, industry or "
                    + "description contains the text (at most 10).")
    String searchOrganizations(@ToolParam(required = false, description = "Text to look for") String text) {
        return run(() -> organizations
                .list(actor.userId(), new PageRequest(SEARCH_LIMIT, null, "name", blankToNull(text)))
                .items());
    }

    /** The user's organization of that name, as it is spelled there; the name as given when none matches. */
    private String matchingOrganization(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return organizations
                .list(actor.userId(), new PageRequest(SEARCH_LIMIT, null, "name", name.strip()))
                .items()
                .stream()
                .map(OrganizationView::name)
                .filter(existing -> existing.equalsIgnoreCase(name.strip()))
                .findFirst()
                .orElse(name.strip());
    }

    private void record(ChatKind kind, String recordType, UUID recordId, String summary) {
        actions.add(new ChatAction(Ids.newId(), kind.name(), recordType, recordId, summary));
    }

    /** The result as JSON for the model, or the refusal as an error it can relay; never an exception. */
    private String run(Supplier<Object> call) {
        Object result;
        try {
            result = call.get();
        } catch (InvalidInputException e) {
            result = Map.of("error", "Not valid", "fields", e.errors());
        } catch (RecordNotFoundException e) {
            result = Map.of("error", "No such record among the user's");
        } catch (EditConflictException e) {
            result = Map.of("error", e.getMessage(), "conflicts", e.conflicts(), "currentVersion", e.currentVersion());
        } catch (NotAllowedException e) {
            result = Map.of("error", e.getMessage());
        } catch (IllegalArgumentException e) {
            result = Map.of("error", "Not a valid id");
        }
        try {
            String text = json.writeValueAsString(result);
            return text.length() <= MAX_RESULT ? text : text.substring(0, MAX_RESULT) + "…(truncated)";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static UUID uuid(String id) {
        return UUID.fromString(id.strip());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    enum ChatKind {
        CREATED,
        UPDATED,
        DELETED,
        PENDING
    }
}
