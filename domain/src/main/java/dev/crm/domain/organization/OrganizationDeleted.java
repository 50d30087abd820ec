package dev.crm.domain.organization;

import java.util.UUID;

import dev.crm.domain.shared.RecordEvent;

public record OrganizationDeleted(UUID organizationId) implements RecordEvent.Deleted {

    @Override
    public UUID recordId() {
        return organizationId;
    }
}
