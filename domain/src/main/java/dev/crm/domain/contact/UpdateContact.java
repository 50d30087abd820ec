package dev.crm.domain.contact;

import dev.crm.domain.shared.Patch;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Changes some fields of a contact, based on the aggregate version (sequence number) the editor saw. */
public record UpdateContact(
        @TargetAggregateIdentifier UUID contactId,
        @TargetAggregateVersion long expectedSequence,
        Patch<ContactDetails> patch) {}
