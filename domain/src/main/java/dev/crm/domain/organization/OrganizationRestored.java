package dev.crm.domain.organization;

import dev.crm.domain.shared.RecordEvent;
import java.time.Instant;
import java.util.UUID;

/** A deleted organization back as it was when deleted. */
public record OrganizationRestored(UUID organizationId, UUID ownerId, OrganizationDetails details, Instant createdAt)
        implements RecordEvent.Restored<OrganizationDetails> {

    @Override
    public UUID recordId() {
        return organizationId;
    }
}
