package dev.crm.domain.organization;

import java.util.UUID;

import dev.crm.domain.shared.Patch;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record UpdateOrganization(@TargetAggregateIdentifier UUID organizationId,
                                 @TargetAggregateVersion long expectedSequence,
                                 Patch<OrganizationDetails> patch) {
}
