package dev.crm.domain.organization;

import dev.crm.domain.shared.RecordEvent;
import java.util.UUID;

public record OrganizationCreated(UUID organizationId, UUID ownerId, OrganizationDetails details)
        implements RecordEvent.Created<OrganizationDetails> {

    @Override
    public UUID recordId() {
        return organizationId;
    }
}
