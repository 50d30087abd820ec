package dev.crm.domain.task;

import dev.crm.domain.shared.RecordEvent;
import java.util.UUID;

public record TaskDeleted(UUID taskId) implements RecordEvent.Deleted {

    @Override
    public UUID recordId() {
        return taskId;
    }
}
