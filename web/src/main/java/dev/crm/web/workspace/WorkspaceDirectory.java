package dev.crm.web.workspace;

import dev.crm.application.workspace.WorkspaceService;
import dev.crm.projections.project.Person;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Who works in a user's workspace: the people projects can be shared with and tasks assigned to. */
@Component
public class WorkspaceDirectory {

    private final WorkspaceService workspaces;

    WorkspaceDirectory(WorkspaceService workspaces) {
        this.workspaces = workspaces;
    }

    /** The members of {@code userId}'s workspace, the user included, ordered by name. */
    public List<Person> members(UUID userId) {
        return workspaces.workspaceMembers(userId).stream()
                .map(member -> new Person(member.id(), member.name()))
                .toList();
    }
}
