package dev.crm.domain.shared;

import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

import java.util.UUID;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;

/**
 * What every record aggregate shares: identity, owner, details, and the created/updated/deleted life cycle
 * rebuilt from its events. Subclasses add the command handlers and the rules of their entity.
 */
public abstract class OwnedRecord<D extends Record> {

    @AggregateIdentifier
    protected UUID id;

    protected UUID ownerId;
    protected UUID parentId;
    protected D details;

    protected abstract String type();

    protected UUID actor(MetaData metaData) {
        return Actor.from(metaData).userId();
    }

    protected boolean isOwner(MetaData metaData) {
        return ownerId.equals(actor(metaData));
    }

    /** To anyone but the owner the record does not exist. */
    protected void requireOwner(MetaData metaData) {
        if (!isOwner(metaData)) {
            throw new RecordNotFoundException(type(), id);
        }
    }

    /** Merges or refuses an edit based on an older version; see {@link Edits#settle}. */
    protected Patch<D> settle(ConflictResolver conflicts, Patch<D> requested) {
        return Edits.settle(conflicts, requested, details);
    }

    /** Every command on an existing record: refused if it requires a version the record is no longer at. */
    @CommandHandlerInterceptor
    Object checkVersionCondition(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        VersionCondition.check(command.getMetaData(), Versions.fromSequence(AggregateLifecycle.getVersion()));
        return chain.proceed();
    }

    @EventSourcingHandler
    void on(RecordEvent.Created<D> event) {
        id = event.recordId();
        ownerId = event.ownerId();
        parentId = event.parentId();
        details = event.details();
    }

    @EventSourcingHandler
    void on(RecordEvent.Updated<D> event) {
        details = event.patch().applyTo(details);
    }

    @EventSourcingHandler
    void on(RecordEvent.Deleted event) {
        markDeleted();
    }
}
