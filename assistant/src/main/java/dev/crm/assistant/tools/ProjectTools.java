package dev.crm.assistant.tools;

import static dev.crm.assistant.tools.ToolTurn.choice;
import static dev.crm.assistant.tools.ToolTurn.date;
import static dev.crm.assistant.tools.ToolTurn.id;

import dev.crm.application.project.ProjectService;
import dev.crm.assistant.actions.AssistantActions.Verb;
import dev.crm.domain.project.Project;
import dev.crm.domain.project.ProjectDetails;
import dev.crm.domain.project.ProjectStatus;
import dev.crm.domain.shared.Patch;
import dev.crm.projections.project.ProjectFilter;
import dev.crm.projections.project.ProjectView;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.ai.tool.annotation.Tool;
import org.springframework.ai.tool.annotation.ToolParam;

/** Projects: the user's own and those they are assigned to, through the same service as the UI and REST. */
class ProjectTools {

    private final ToolTurn turn;
    private final ProjectService projects;

    ProjectTools(ToolTurn turn, ProjectService projects) {
        this.turn = turn;
        this.projects = projects;
    }

    @Tool(
            name = "create_project",
            description = "Create a project owned by the user. Assignees are workspace members (ids from "
                    + "list_members); the organization is an id from search_organizations.")
    String createProject(
            @ToolParam(description = "Its name") String name,
            @ToolParam(required = false, description = "PLANNED (default), IN_PROGRESS or COMPLETED") String status,
            @ToolParam(required = false, description = "Organization id") String organizationId,
            @ToolParam(required = false, description = "Member ids") List<String> assigneeIds,
            @ToolParam(required = false, description = "Due date, e.g. 2027-03-01") String dueDate) {
        return turn.change(
                Verb.CREATE,
                Project.TYPE,
                actor -> projects.create(
                        actor,
                        new ProjectDetails(
                                name,
                                choice("status", ProjectStatus.class, status),
                                id("organizationId", organizationId),
                                ids(assigneeIds),
                                date("dueDate", dueDate))),
                ProjectView::id,
                created -> "Created project " + created.name());
    }

    @Tool(
            name = "search_projects",
            description =
                    "Find the projects the user owns or is assigned to whose name contains the text (at most " + "10).")
    String searchProjects(
            @ToolParam(required = false, description = "Text to look for") String text,
            @ToolParam(required = false, description = "PLANNED, IN_PROGRESS or COMPLETED") String status,
            @ToolParam(required = false, description = "Only those the user is assigned to") Boolean assignedToMe,
            @ToolParam(
                            required = false,
                            description = "Sort: name, status, dueDate, createdAt, updatedAt; prefix - "
                                    + "for descending. Default -updatedAt")
                    String sort) {
        return turn.run(() -> projects.list(
                        turn.userId(),
                        Lists.page(sort, "-updatedAt", text),
                        new ProjectFilter(
                                choice("status", ProjectStatus.class, status), Boolean.TRUE.equals(assignedToMe)))
                .items());
    }

    @Tool(name = "get_project", description = "Read one project by id, with its current version.")
    String getProject(@ToolParam(description = "The project's id") String id) {
        return turn.run(() -> projects.get(turn.userId(), id("id", id)));
    }

    @Tool(
            name = "update_project",
            description = "Change fields of a project (assignees may change only its status). Give the version you "
                    + "read; fields left out stay. assigneeIds replaces the whole list.")
    String updateProject(
            @ToolParam(description = "The project's id") String id,
            @ToolParam(description = "The version it had when you read it") long version,
            @ToolParam(required = false) String name,
            @ToolParam(required = false, description = "PLANNED, IN_PROGRESS or COMPLETED") String status,
            @ToolParam(required = false, description = "Organization id; empty text for none") String organizationId,
            @ToolParam(required = false, description = "Member ids") List<String> assigneeIds,
            @ToolParam(required = false, description = "e.g. 2027-03-01; empty text for none") String dueDate) {
        GivenFields given = new GivenFields()
                .with("name", name)
                .with("status", status)
                .with("organizationId", organizationId)
                .with("assigneeIds", assigneeIds)
                .with("dueDate", dueDate);
        return turn.update(
                Project.TYPE,
                id,
                version,
                () -> Patch.of(
                        new ProjectDetails(
                                name,
                                choice("status", ProjectStatus.class, status),
                                id("organizationId", organizationId),
                                ids(assigneeIds),
                                date("dueDate", dueDate)),
                        given.names()),
                projects::update,
                projects::get,
                ProjectView::name);
    }

    @Tool(
            name = "delete_project",
            description = "Propose deleting a project and all its tasks (only its owner can). It is deleted only "
                    + "when the user confirms in the chat.")
    String deleteProject(@ToolParam(description = "The project's id") String id) {
        return turn.propose(
                Verb.DELETE,
                Project.TYPE,
                () -> projects.get(turn.userId(), id("id", id)),
                ProjectView::id,
                project -> "Delete project " + project.name() + " and its tasks");
    }

    private static Set<UUID> ids(List<String> values) {
        Set<UUID> ids = new LinkedHashSet<>();
        if (values != null) {
            for (String value : values) {
                UUID id = id("assigneeIds", value);
                if (id != null) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }
}
