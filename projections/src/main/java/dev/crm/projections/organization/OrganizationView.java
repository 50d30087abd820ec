package dev.crm.projections.organization;

import java.time.Instant;
import java.util.UUID;

import dev.crm.domain.organization.OrganizationDetails;

public record OrganizationView(UUID id, String name, String description, String industry, Instant createdAt,
                               Instant updatedAt, long version) {

    public OrganizationDetails details() {
        return new OrganizationDetails(name, description, industry);
    }
}
