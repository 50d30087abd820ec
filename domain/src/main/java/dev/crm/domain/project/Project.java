package dev.crm.domain.project;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.crm.domain.shared.FieldError;
import dev.crm.domain.shared.NotAllowedException;
import dev.crm.domain.shared.OwnedRecord;
import dev.crm.domain.shared.Patch;
import dev.crm.domain.shared.RecordNotFoundException;
import dev.crm.domain.shared.Required;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.messaging.MetaData;

/**
 * A project of its owner, worked on by its assignees: they see it, change its status and work on its tasks; only
 * the owner changes anything else or deletes it.
 */
public class Project extends OwnedRecord<ProjectDetails> {

    public static final String TYPE = "Project";
    /** What an assignee may change. */
    static final Set<String> ASSIGNEE_FIELDS = Set.of("status");

    protected Project() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public Project(CreateProject command, MetaData metaData) {
        requireValid(command.details());
        apply(new ProjectCreated(command.projectId(), actor(metaData), command.details()));
    }

    @CommandHandler
    public void handle(UpdateProject command, MetaData metaData, ConflictResolver conflicts) {
        requireMember(metaData);
        if (!isOwner(metaData)) {
            List<FieldError> ownerOnly = command.patch().fields().stream()
                    .filter(field -> !ASSIGNEE_FIELDS.contains(field))
                    .sorted()
                    .map(field -> new FieldError(field, "Only the project's owner can change this"))
                    .toList();
            if (!ownerOnly.isEmpty()) {
                throw new NotAllowedException("Assignees can change only the status of a project", ownerOnly);
            }
        }
        Patch<ProjectDetails> effective = settle(conflicts, command.patch());
        if (effective.hasChanges()) {
            requireValid(effective.values());
            apply(new ProjectUpdated(id, effective));
        }
    }

    @CommandHandler
    public void handle(DeleteProject command, MetaData metaData) {
        requireMember(metaData);
        if (!isOwner(metaData)) {
            throw new NotAllowedException("Only the project's owner can delete it", List.of());
        }
        apply(new ProjectDeleted(id));
    }

    @CommandHandler
    public void handle(RestoreProject command, MetaData metaData) {
        requireOwner(metaData);
        requireDeleted();
        apply(new ProjectRestored(id, ownerId, details, createdAt()));
    }

    /** The owner and the assignees; a deleted project has none. */
    public Set<UUID> members() {
        if (deleted) {
            throw new RecordNotFoundException(TYPE, id);
        }
        Set<UUID> members = new HashSet<>(details.assigneeIds());
        members.add(ownerId);
        return members;
    }

    @Override
    protected String type() {
        return TYPE;
    }

    private void requireMember(MetaData metaData) {
        if (!members().contains(actor(metaData))) {
            throw new RecordNotFoundException(TYPE, id);
        }
    }

    private static void requireValid(ProjectDetails details) {
        Required.field("name", details == null ? null : details.name(), "Name is required");
        Required.field("status", details.status(), "Status is required");
    }
}
