package dev.crm.domain.project;

import java.util.UUID;

import dev.crm.domain.shared.RecordEvent;

public record ProjectCreated(UUID projectId, UUID ownerId, ProjectDetails details)
        implements RecordEvent.Created<ProjectDetails> {

    @Override
    public UUID recordId() {
        return projectId;
    }
}
