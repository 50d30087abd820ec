package dev.crm.domain.task;

import dev.crm.domain.shared.RecordEvent;
import java.time.Instant;
import java.util.UUID;

/** A deleted task back in its project, as it was when deleted. */
public record TaskRestored(UUID taskId, UUID projectId, UUID ownerId, TaskDetails details, Instant createdAt)
        implements RecordEvent.Restored<TaskDetails> {

    @Override
    public UUID recordId() {
        return taskId;
    }

    @Override
    public UUID parentId() {
        return projectId;
    }
}
