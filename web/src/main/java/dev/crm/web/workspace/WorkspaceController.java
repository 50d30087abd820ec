package dev.crm.web.workspace;

import dev.crm.application.workspace.Invite;
import dev.crm.application.workspace.Member;
import dev.crm.application.workspace.WorkspaceService;
import dev.crm.domain.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The members of the caller's workspace, and invitations into it. */
@Tag(name = "Workspace", description = "Members of the workspace and invitations to it")
@RestController
@RequestMapping("/api")
public class WorkspaceController {

    private final WorkspaceService workspaces;

    public WorkspaceController(WorkspaceService workspaces) {
        this.workspaces = workspaces;
    }

    /** A single-use code a colleague registers with ({@code inviteCode}) to join the caller's workspace. Owner only. */
    @Operation(
            operationId = "createInvite",
            summary = "Invite a colleague: a single-use code to register with (owner only)")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping("/workspace/invites")
    ResponseEntity<Invite> invite(Actor actor) {
        return ResponseEntity.status(HttpStatus.CREATED).body(workspaces.invite(actor.userId()));
    }

    /** Everyone in the caller's workspace, the caller included, sorted by name. */
    @Operation(operationId = "listMembers", summary = "The members of the signed-in user's workspace")
    @GetMapping("/users")
    Members users(Actor actor) {
        return new Members(workspaces.workspaceMembers(actor.userId()));
    }

    record Members(List<Member> items) {}
}
