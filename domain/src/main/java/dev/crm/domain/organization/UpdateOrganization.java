package dev.crm.domain.organization;

import dev.crm.domain.shared.Patch;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record UpdateOrganization(
        @TargetAggregateIdentifier UUID organizationId,
        @TargetAggregateVersion long expectedSequence,
        Patch<OrganizationDetails> patch) {}
