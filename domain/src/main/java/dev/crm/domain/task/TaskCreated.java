package dev.crm.domain.task;

import dev.crm.domain.shared.RecordEvent;
import java.util.UUID;

/** @param ownerId who created the task; access follows the project, not the creator */
public record TaskCreated(UUID taskId, UUID projectId, UUID ownerId, TaskDetails details)
        implements RecordEvent.Created<TaskDetails> {

    @Override
    public UUID recordId() {
        return taskId;
    }

    @Override
    public UUID parentId() {
        return projectId;
    }
}
