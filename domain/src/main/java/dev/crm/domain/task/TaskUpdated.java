package dev.crm.domain.task;

import dev.crm.domain.shared.Patch;
import dev.crm.domain.shared.RecordEvent;
import java.util.UUID;

public record TaskUpdated(UUID taskId, Patch<TaskDetails> patch) implements RecordEvent.Updated<TaskDetails> {

    @Override
    public UUID recordId() {
        return taskId;
    }
}
