package dev.crm.domain.project;

import java.util.UUID;

import dev.crm.domain.shared.RecordEvent;

public record ProjectDeleted(UUID projectId) implements RecordEvent.Deleted {

    @Override
    public UUID recordId() {
        return projectId;
    }
}
