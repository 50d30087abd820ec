package dev.crm.domain.shared;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;

/**
 * What every record aggregate shares: identity, owner, details, and the created/updated/deleted/restored life cycle
 * rebuilt from its events. Subclasses add the command handlers and the rules of their entity.
 *
 * <p>A deleted record stays loadable (it is not marked deleted for Axon) so that it can be restored from its events;
 * to every other command it does not exist.
 */
public abstract class OwnedRecord<D extends Record> {

    @AggregateIdentifier
    protected UUID id;

    protected UUID ownerId;
    protected UUID parentId;
    protected D details;
    protected boolean deleted;
    private Instant createdAt;

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

    /** Only a deleted record can be restored. */
    protected void requireDeleted() {
        if (!deleted) {
            throw new NotAllowedException(
                    type() + " " + id + " is not deleted, so there is nothing to restore", List.of());
        }
    }

    /** When the record was first created, kept across a delete and restore. */
    protected Instant createdAt() {
        return createdAt;
    }

    /**
     * Every command on an existing record: a deleted record takes only a restore; a command requiring a version the
     * record is no longer at is refused.
     */
    @CommandHandlerInterceptor
    Object checkVersionCondition(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        if (deleted && !(command.getPayload() instanceof RestoreRecord)) {
            throw new RecordNotFoundException(type(), id);
        }
        VersionCondition.check(command.getMetaData(), Versions.fromSequence(AggregateLifecycle.getVersion()));
        return chain.proceed();
    }

    @EventSourcingHandler
    void on(RecordEvent.Created<D> event, @Timestamp Instant at) {
        id = event.recordId();
        ownerId = event.ownerId();
        parentId = event.parentId();
        details = event.details();
        deleted = false;
        createdAt = event instanceof RecordEvent.Restored<D> restored ? restored.createdAt() : at;
    }

    @EventSourcingHandler
    void on(RecordEvent.Updated<D> event) {
        details = event.patch().applyTo(details);
    }

    @EventSourcingHandler
    void on(RecordEvent.Deleted event) {
        deleted = true;
    }
}
