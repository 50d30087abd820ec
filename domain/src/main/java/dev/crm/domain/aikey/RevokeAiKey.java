package dev.crm.domain.aikey;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RevokeAiKey(@TargetAggregateIdentifier UUID aiKeyId) {}
