package dev.crm.domain.organization;

import java.util.UUID;

import dev.crm.domain.shared.RecordEvent;

public record OrganizationCreated(UUID organizationId, UUID ownerId, OrganizationDetails details)
        implements RecordEvent.Created<OrganizationDetails> {

    @Override
    public UUID recordId() {
        return organizationId;
    }
}
