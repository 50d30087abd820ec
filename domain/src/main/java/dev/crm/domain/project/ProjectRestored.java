package dev.crm.domain.project;

import dev.crm.domain.shared.RecordEvent;
import java.time.Instant;
import java.util.UUID;

/** A deleted project back as it was when deleted. */
public record ProjectRestored(UUID projectId, UUID ownerId, ProjectDetails details, Instant createdAt)
        implements RecordEvent.Restored<ProjectDetails> {

    @Override
    public UUID recordId() {
        return projectId;
    }
}
