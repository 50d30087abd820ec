package dev.crm.projections.organization;

import dev.crm.domain.organization.OrganizationDetails;
import dev.crm.projections.support.Versioned;
import java.time.Instant;
import java.util.UUID;

public record OrganizationView(
        UUID id, String name, String description, String industry, Instant createdAt, Instant updatedAt, long version)
        implements Versioned {

    public OrganizationDetails details() {
        return new OrganizationDetails(name, description, industry);
    }
}
