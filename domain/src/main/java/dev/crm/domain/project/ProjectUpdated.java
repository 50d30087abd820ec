package dev.crm.domain.project;

import dev.crm.domain.shared.Patch;
import dev.crm.domain.shared.RecordEvent;
import java.util.UUID;

public record ProjectUpdated(UUID projectId, Patch<ProjectDetails> patch)
        implements RecordEvent.Updated<ProjectDetails> {

    @Override
    public UUID recordId() {
        return projectId;
    }
}
