package dev.crm.domain.organization;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.crm.domain.shared.OwnedRecord;
import dev.crm.domain.shared.Patch;
import dev.crm.domain.shared.Required;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.messaging.MetaData;

/** A company the owner follows. Only its owner sees or changes it. */
public class Organization extends OwnedRecord<OrganizationDetails> {

    public static final String TYPE = "Organization";

    protected Organization() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public Organization(CreateOrganization command, MetaData metaData) {
        requireName(command.details());
        apply(new OrganizationCreated(command.organizationId(), actor(metaData), command.details()));
    }

    @CommandHandler
    public void handle(UpdateOrganization command, MetaData metaData, ConflictResolver conflicts) {
        requireOwner(metaData);
        Patch<OrganizationDetails> effective = settle(conflicts, command.patch());
        if (effective.hasChanges()) {
            requireName(effective.values());
            apply(new OrganizationUpdated(id, effective));
        }
    }

    @CommandHandler
    public void handle(DeleteOrganization command, MetaData metaData) {
        requireOwner(metaData);
        apply(new OrganizationDeleted(id));
    }

    @CommandHandler
    public void handle(RestoreOrganization command, MetaData metaData) {
        requireOwner(metaData);
        requireDeleted();
        apply(new OrganizationRestored(id, ownerId, details, createdAt()));
    }

    @Override
    protected String type() {
        return TYPE;
    }

    private static void requireName(OrganizationDetails details) {
        Required.field("name", details == null ? null : details.name(), "Name is required");
    }
}
