package dev.crm.domain.task;

import java.util.UUID;

import dev.crm.domain.shared.RecordEvent;

public record TaskDeleted(UUID taskId) implements RecordEvent.Deleted {

    @Override
    public UUID recordId() {
        return taskId;
    }
}
