package dev.crm.domain.task;

import dev.crm.domain.shared.RestoreRecord;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RestoreTask(@TargetAggregateIdentifier UUID taskId) implements RestoreRecord {

    @Override
    public UUID recordId() {
        return taskId;
    }
}
