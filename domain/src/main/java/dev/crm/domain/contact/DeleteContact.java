package dev.crm.domain.contact;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeleteContact(@TargetAggregateIdentifier UUID contactId) {}
