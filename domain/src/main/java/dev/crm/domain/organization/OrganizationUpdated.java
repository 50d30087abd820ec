package dev.crm.domain.organization;

import java.util.UUID;

import dev.crm.domain.shared.Patch;
import dev.crm.domain.shared.RecordEvent;

public record OrganizationUpdated(UUID organizationId, Patch<OrganizationDetails> patch)
        implements RecordEvent.Updated<OrganizationDetails> {

    @Override
    public UUID recordId() {
        return organizationId;
    }
}
