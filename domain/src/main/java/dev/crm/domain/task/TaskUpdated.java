package dev.crm.domain.task;

import java.util.UUID;

import dev.crm.domain.shared.Patch;
import dev.crm.domain.shared.RecordEvent;

public record TaskUpdated(UUID taskId, Patch<TaskDetails> patch) implements RecordEvent.Updated<TaskDetails> {

    @Override
    public UUID recordId() {
        return taskId;
    }
}
