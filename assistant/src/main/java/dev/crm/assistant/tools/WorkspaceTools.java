package dev.crm.assistant.tools;

import dev.crm.application.workspace.WorkspaceService;
import org.springframework.ai.tool.annotation.Tool;

/** Who the user works with: the members projects and tasks can be assigned to. */
class WorkspaceTools {

    private final ToolTurn turn;
    private final WorkspaceService workspaces;

    WorkspaceTools(ToolTurn turn, WorkspaceService workspaces) {
        this.turn = turn;
        this.workspaces = workspaces;
    }

    @Tool(
            name = "list_members",
            description = "The members of the user's workspace (id, name, e-mail, owner), to assign projects and "
                    + "tasks to.")
    String listMembers() {
        return turn.run(() -> workspaces.workspaceMembers(turn.userId()));
    }
}
