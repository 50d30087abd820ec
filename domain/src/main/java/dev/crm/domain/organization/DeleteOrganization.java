package dev.crm.domain.organization;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeleteOrganization(@TargetAggregateIdentifier UUID organizationId) {}
