package dev.crm.domain.contact;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreateContact(@TargetAggregateIdentifier UUID contactId, ContactDetails details) {}
