package dev.crm.application.project;

import dev.crm.application.shared.BaseVersion;
import dev.crm.application.shared.RecordService;
import dev.crm.application.shared.RecordServiceSupport;
import dev.crm.application.workspace.WorkspaceService;
import dev.crm.domain.project.CreateProject;
import dev.crm.domain.project.DeleteProject;
import dev.crm.domain.project.Project;
import dev.crm.domain.project.ProjectDetails;
import dev.crm.domain.project.ProjectStatus;
import dev.crm.domain.project.RestoreProject;
import dev.crm.domain.project.UpdateProject;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.FieldError;
import dev.crm.domain.shared.InvalidInputException;
import dev.crm.domain.task.DeleteTask;
import dev.crm.domain.task.Task;
import dev.crm.projections.organization.OrganizationQueries;
import dev.crm.projections.project.ProjectFilter;
import dev.crm.projections.project.ProjectQueries;
import dev.crm.projections.project.ProjectView;
import dev.crm.projections.support.Page;
import dev.crm.projections.support.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Projects use cases, the same for every channel. */
@Service
public class ProjectService extends RecordService<ProjectDetails, ProjectView> {

    private final ProjectQueries queries;
    private final OrganizationQueries organizations;
    private final WorkspaceService workspaces;

    public ProjectService(
            RecordServiceSupport support,
            ProjectQueries queries,
            OrganizationQueries organizations,
            WorkspaceService workspaces) {
        super(
                Project.TYPE,
                support,
                new Commands<>(UpdateProject::new, DeleteProject::new, RestoreProject::new),
                queries::find);
        this.queries = queries;
        this.organizations = organizations;
        this.workspaces = workspaces;
    }

    /** A new project starts PLANNED unless told otherwise. */
    public ProjectView create(Actor actor, ProjectDetails details) {
        ProjectDetails withStatus = details.status() != null
                ? details
                : new ProjectDetails(
                        details.name(),
                        ProjectStatus.PLANNED,
                        details.organizationId(),
                        details.assigneeIds(),
                        details.dueDate());
        return create(actor, withStatus, id -> new CreateProject(id, withStatus));
    }

    public Page<ProjectView> list(UUID userId, PageRequest request, ProjectFilter filter) {
        return queries.list(userId, request, filter);
    }

    /**
     * Deleting a project deletes its tasks first (an event for each), all in one transaction: no task outlives its
     * project. Only the owner may delete; the project refuses anyone else before any task is touched.
     */
    @Override
    @Transactional
    public void delete(Actor actor, UUID id, BaseVersion base) {
        ProjectView project = get(actor.userId(), id);
        base.against(project.version()); // a stale condition fails before any task is touched
        if (project.ownerId().equals(actor.userId())) {
            for (UUID taskId : queries.taskIds(actor.userId(), id)) {
                commands.send(new DeleteTask(taskId), actor, Task.TYPE, taskId);
            }
        }
        super.delete(actor, id, base);
    }

    @Override
    protected void checkReferences(Actor actor, ProjectDetails details, Set<String> fields) {
        List<FieldError> errors = new ArrayList<>();
        if (fields.contains("organizationId")
                && details.organizationId() != null
                && organizations.find(actor.userId(), details.organizationId()).isEmpty()) {
            errors.add(new FieldError("organizationId", "Not one of your organizations"));
        }
        if (fields.contains("assigneeIds") && !workspaces.allInWorkspaceOf(actor.userId(), details.assigneeIds())) {
            errors.add(new FieldError("assigneeIds", "Assignees must be members of your workspace"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
