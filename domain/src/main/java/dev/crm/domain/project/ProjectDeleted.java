package dev.crm.domain.project;

import dev.crm.domain.shared.RecordEvent;
import java.util.UUID;

public record ProjectDeleted(UUID projectId) implements RecordEvent.Deleted {

    @Override
    public UUID recordId() {
        return projectId;
    }
}
