package dev.crm.domain.organization;

import dev.crm.domain.shared.RecordEvent;
import java.util.UUID;

public record OrganizationDeleted(UUID organizationId) implements RecordEvent.Deleted {

    @Override
    public UUID recordId() {
        return organizationId;
    }
}
