package dev.crm.domain.project;

import dev.crm.domain.shared.RecordEvent;
import java.util.UUID;

public record ProjectCreated(UUID projectId, UUID ownerId, ProjectDetails details)
        implements RecordEvent.Created<ProjectDetails> {

    @Override
    public UUID recordId() {
        return projectId;
    }
}
