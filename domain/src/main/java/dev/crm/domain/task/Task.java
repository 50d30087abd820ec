package dev.crm.domain.task;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.crm.domain.project.Project;
import dev.crm.domain.project.ProjectMembership;
import dev.crm.domain.shared.InvalidInputException;
import dev.crm.domain.shared.OwnedRecord;
import dev.crm.domain.shared.Patch;
import dev.crm.domain.shared.RecordNotFoundException;
import dev.crm.domain.shared.Required;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.messaging.MetaData;

/**
 * A task of a project. Whoever works on the project (owner or assignee) sees, adds, changes and removes its tasks;
 * membership is asked of the project on every command, so it follows the project's assignees as they change.
 */
public class Task extends OwnedRecord<TaskDetails> {

    public static final String TYPE = "Task";

    protected Task() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public Task(CreateTask command, MetaData metaData, ProjectMembership projects) {
        Required.field("projectId", command.projectId(), "A task belongs to a project");
        Set<UUID> members = projects.membersOf(command.projectId());
        if (!members.contains(actor(metaData))) {
            throw new RecordNotFoundException(Project.TYPE, command.projectId());
        }
        requireValid(command.details(), members);
        apply(new TaskCreated(command.taskId(), command.projectId(), actor(metaData), command.details()));
    }

    @CommandHandler
    public void handle(UpdateTask command, MetaData metaData, ConflictResolver conflicts, ProjectMembership projects) {
        Set<UUID> members = requireMember(metaData, projects);
        Patch<TaskDetails> effective = settle(conflicts, command.patch());
        if (effective.hasChanges()) {
            requireValid(effective.values(), members);
            apply(new TaskUpdated(id, effective));
        }
    }

    @CommandHandler
    public void handle(DeleteTask command, MetaData metaData, ProjectMembership projects) {
        requireMember(metaData, projects);
        apply(new TaskDeleted(id));
    }

    /** Back in its project, for whoever works on it — the project must exist again first. */
    @CommandHandler
    public void handle(RestoreTask command, MetaData metaData, ProjectMembership projects) {
        requireMember(metaData, projects);
        requireDeleted();
        apply(new TaskRestored(id, parentId, ownerId, details, createdAt()));
    }

    @Override
    protected String type() {
        return TYPE;
    }

    private Set<UUID> requireMember(MetaData metaData, ProjectMembership projects) {
        Set<UUID> members;
        try {
            members = projects.membersOf(parentId);
        } catch (RecordNotFoundException projectGone) {
            throw new RecordNotFoundException(TYPE, id);
        }
        if (!members.contains(actor(metaData))) {
            throw new RecordNotFoundException(TYPE, id);
        }
        return members;
    }

    private static void requireValid(TaskDetails details, Set<UUID> members) {
        Required.field("name", details == null ? null : details.name(), "Name is required");
        Required.field("status", details.status(), "Status is required");
        Required.field("priority", details.priority(), "Priority is required");
        if (details.assigneeId() != null && !members.contains(details.assigneeId())) {
            throw InvalidInputException.of("assigneeId", "The assignee must work on the task's project");
        }
    }
}
