package dev.crm.assistant.tools;

import dev.crm.application.contact.ContactService;
import dev.crm.application.organization.OrganizationService;
import dev.crm.application.project.ProjectService;
import dev.crm.application.task.TaskService;
import dev.crm.application.workspace.WorkspaceService;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.ai.support.ToolCallbacks;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.stereotype.Component;

/**
 * The assistant's tool catalog: every CRM operation the UI offers, as provider-neutral Spring AI tool callbacks bound
 * to one turn of one user (so an MCP server could publish the very same tools).
 */
@Component
public class Toolbox {

    private final ContactService contacts;
    private final OrganizationService organizations;
    private final ProjectService projects;
    private final TaskService tasks;
    private final WorkspaceService workspaces;

    public Toolbox(
            ContactService contacts,
            OrganizationService organizations,
            ProjectService projects,
            TaskService tasks,
            WorkspaceService workspaces) {
        this.contacts = contacts;
        this.organizations = organizations;
        this.projects = projects;
        this.tasks = tasks;
        this.workspaces = workspaces;
    }

    public List<ToolCallback> forTurn(ToolTurn turn) {
        return Stream.of(ToolCallbacks.from(
                        new ContactTools(turn, contacts, organizations),
                        new OrganizationTools(turn, organizations),
                        new ProjectTools(turn, projects),
                        new TaskTools(turn, tasks),
                        new WorkspaceTools(turn, workspaces)))
                .<ToolCallback>map(tool -> new GuardedTool(tool, turn.json()))
                .toList();
    }
}
