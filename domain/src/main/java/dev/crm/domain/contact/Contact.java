package dev.crm.domain.contact;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

import java.util.UUID;

import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.Edits;
import dev.crm.domain.shared.InvalidInputException;
import dev.crm.domain.shared.Ownership;
import dev.crm.domain.shared.Patch;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;

/** A person the owner keeps in touch with. Only its owner sees or changes it. */
public class Contact {

    static final String TYPE = "Contact";

    @AggregateIdentifier
    private UUID id;
    private UUID ownerId;
    private ContactDetails details;

    protected Contact() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public Contact(CreateContact command, MetaData metaData) {
        requireName(command.details());
        apply(new ContactCreated(command.contactId(), Actor.from(metaData).userId(), command.details()));
    }

    @CommandHandler
    public void handle(UpdateContact command, MetaData metaData, ConflictResolver conflicts) {
        Ownership.requireOwner(ownerId, metaData, TYPE, id);
        Patch<ContactDetails> effective = Edits.settle(conflicts, command.patch(), details);
        if (!effective.hasChanges()) {
            return;
        }
        requireName(effective.applyTo(details));
        apply(new ContactUpdated(id, effective));
    }

    @CommandHandler
    public void handle(DeleteContact command, MetaData metaData) {
        Ownership.requireOwner(ownerId, metaData, TYPE, id);
        apply(new ContactDeleted(id));
    }

    @EventSourcingHandler
    void on(ContactCreated event) {
        id = event.contactId();
        ownerId = event.ownerId();
        details = event.details();
    }

    @EventSourcingHandler
    void on(ContactUpdated event) {
        details = event.patch().applyTo(details);
    }

    @EventSourcingHandler
    void on(ContactDeleted event) {
        markDeleted();
    }

    private static void requireName(ContactDetails details) {
        if (details == null || details.name() == null) {
            throw InvalidInputException.of("name", "Name is required");
        }
    }
}
