package dev.crm.domain.organization;

import dev.crm.domain.shared.Patch;
import dev.crm.domain.shared.RecordEvent;
import java.util.UUID;

public record OrganizationUpdated(UUID organizationId, Patch<OrganizationDetails> patch)
        implements RecordEvent.Updated<OrganizationDetails> {

    @Override
    public UUID recordId() {
        return organizationId;
    }
}
