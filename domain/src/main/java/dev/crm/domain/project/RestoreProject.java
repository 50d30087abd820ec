package dev.crm.domain.project;

import dev.crm.domain.shared.RestoreRecord;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RestoreProject(@TargetAggregateIdentifier UUID projectId) implements RestoreRecord {

    @Override
    public UUID recordId() {
        return projectId;
    }
}
