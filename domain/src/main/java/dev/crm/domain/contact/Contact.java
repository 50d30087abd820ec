package dev.crm.domain.contact;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.crm.domain.shared.OwnedRecord;
import dev.crm.domain.shared.Patch;
import dev.crm.domain.shared.Required;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.messaging.MetaData;

/** A person the owner keeps in touch with. Only its owner sees or changes it. */
public class Contact extends OwnedRecord<ContactDetails> {

    public static final String TYPE = "Contact";

    protected Contact() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public Contact(CreateContact command, MetaData metaData) {
        requireName(command.details());
        apply(new ContactCreated(command.contactId(), actor(metaData), command.details()));
    }

    @CommandHandler
    public void handle(UpdateContact command, MetaData metaData, ConflictResolver conflicts) {
        requireOwner(metaData);
        Patch<ContactDetails> effective = settle(conflicts, command.patch());
        if (effective.hasChanges()) {
            requireName(effective.values());
            apply(new ContactUpdated(id, effective));
        }
    }

    @CommandHandler
    public void handle(DeleteContact command, MetaData metaData) {
        requireOwner(metaData);
        apply(new ContactDeleted(id));
    }

    @CommandHandler
    public void handle(RestoreContact command, MetaData metaData) {
        requireOwner(metaData);
        requireDeleted();
        apply(new ContactRestored(id, ownerId, details, createdAt()));
    }

    @Override
    protected String type() {
        return TYPE;
    }

    private static void requireName(ContactDetails details) {
        Required.field("name", details == null ? null : details.name(), "Name is required");
    }
}
