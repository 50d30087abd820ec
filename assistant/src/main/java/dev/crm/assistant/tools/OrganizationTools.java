package dev.crm.assistant.tools;

import static dev.crm.assistant.tools.ToolTurn.id;

import dev.crm.application.organization.OrganizationService;
import dev.crm.assistant.actions.AssistantActions.Verb;
import dev.crm.domain.organization.Organization;
import dev.crm.domain.organization.OrganizationDetails;
import dev.crm.domain.shared.Patch;
import dev.crm.projections.organization.OrganizationView;
import org.springframework.ai.tool.annotation.Tool;
import org.springframework.ai.tool.annotation.ToolParam;

/** Organizations (companies the user follows), through the same service as the UI and REST. */
class OrganizationTools {

    private final ToolTurn turn;
    private final OrganizationService organizations;

    OrganizationTools(ToolTurn turn, OrganizationService organizations) {
        this.turn = turn;
        this.organizations = organizations;
    }

    @Tool(name = "create_organization", description = "Create an organization (a company the user follows).")
    String createOrganization(
            @ToolParam(description = "Its name") String name,
            @ToolParam(required = false) String industry,
            @ToolParam(required = false) String description) {
        return turn.change(
                Verb.CREATE,
                Organization.TYPE,
                actor -> organizations.create(actor, new OrganizationDetails(name, description, industry)),
                OrganizationView::id,
                created -> "Created organization " + created.name());
    }

    @Tool(
            name = "search_organizations",
            description = "Find the user's organizations whose name, industry or description contains the text "
                    + "(at most 10).")
    String searchOrganizations(
            @ToolParam(required = false, description = "Text to look for") String text,
            @ToolParam(
                            required = false,
                            description = "Sort: name, industry, createdAt, updatedAt; prefix - for "
                                    + "descending. Default name")
                    String sort) {
        return turn.run(() -> organizations
                .list(turn.userId(), Lists.page(sort, "name", text))
                .items());
    }

    @Tool(name = "get_organization", description = "Read one organization by id, with its current version.")
    String getOrganization(@ToolParam(description = "The organization's id") String id) {
        return turn.run(() -> organizations.get(turn.userId(), id("id", id)));
    }

    @Tool(
            name = "update_organization",
            description = "Change fields of an organization. Give the version you read; fields left out stay, an "
                    + "empty text clears one.")
    String updateOrganization(
            @ToolParam(description = "The organization's id") String id,
            @ToolParam(description = "The version it had when you read it") long version,
            @ToolParam(required = false) String name,
            @ToolParam(required = false) String industry,
            @ToolParam(required = false) String description) {
        GivenFields given =
                new GivenFields().with("name", name).with("industry", industry).with("description", description);
        return turn.update(
                Organization.TYPE,
                id,
                version,
                () -> Patch.of(new OrganizationDetails(name, description, industry), given.names()),
                organizations::update,
                organizations::get,
                OrganizationView::name);
    }

    @Tool(
            name = "delete_organization",
            description = "Propose deleting an organization (its projects stay, without it). It is deleted only when "
                    + "the user confirms in the chat.")
    String deleteOrganization(@ToolParam(description = "The organization's id") String id) {
        return turn.propose(
                Verb.DELETE,
                Organization.TYPE,
                () -> organizations.get(turn.userId(), id("id", id)),
                OrganizationView::id,
                organization -> "Delete organization " + organization.name());
    }
}
