package dev.crm.application.shared;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.Patch;
import dev.crm.domain.shared.RecordNotFoundException;
import dev.crm.domain.shared.Records;
import dev.crm.domain.shared.VersionCondition;
import dev.crm.domain.shared.Versions;
import dev.crm.projections.audit.HistoryEntry;
import dev.crm.projections.audit.HistoryQueries;
import dev.crm.projections.support.Versioned;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.messaging.MetaData;
import org.springframework.core.ResolvableType;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The use cases every record type shares — create, edit from a seen version, delete, read, history — the same for
 * the web UI, the REST API and the assistant. A feature's service names its update and delete commands and how a
 * record is found, and checks references to other records (which need read models) in {@link #checkReferences}.
 *
 * @param <D> the record's details
 * @param <V> how the record is read
 */
public abstract class RecordService<D extends Record, V extends Versioned> {

    protected final CommandDispatcher commands;
    protected final InputValidator validator;
    private final HistoryQueries history;
    private final TransactionTemplate transactions;
    private final String recordType;
    private final Commands<D> recordCommands;
    private final Finder<V> finder;
    private final ObjectMapper json;
    private final Class<?> detailsType;

    /**
     * @param recordCommands e.g. {@code new Commands<>(UpdateContact::new, DeleteContact::new, RestoreContact::new)}
     * @param finder         the record as its user may see it, e.g. {@code contactQueries::find}
     */
    protected RecordService(
            String recordType, RecordServiceSupport support, Commands<D> recordCommands, Finder<V> finder) {
        this.recordType = recordType;
        this.recordCommands = recordCommands;
        this.finder = finder;
        this.commands = support.commands();
        this.validator = support.validator();
        this.history = support.history();
        this.json = support.json();
        this.transactions = new TransactionTemplate(support.transactionManager());
        this.detailsType = ResolvableType.forClass(getClass())
                .as(RecordService.class)
                .getGeneric(0)
                .resolve();
    }

    /** The record type this service serves, as events and the audit trail name it (e.g. "Contact"). */
    public String recordType() {
        return recordType;
    }

    /** Checks the fields of {@code details} named in {@code fields} that refer to other records; none by default. */
    protected void checkReferences(Actor actor, D details, Set<String> fields) {}

    /**
     * @param version the version the editor saw; changes made since then to other fields are kept, changes to
     *                the same fields raise {@link dev.crm.domain.shared.EditConflictException}
     */
    public V update(Actor actor, UUID id, long version, Patch<D> patch) {
        return update(actor, id, BaseVersion.seen(version), patch);
    }

    /** As above, with the version the edit is based on given either way (see {@link BaseVersion}). */
    public V update(Actor actor, UUID id, BaseVersion base, Patch<D> patch) {
        // a record the user may not see is missing, whatever version they name (no existence oracle)
        long current = get(actor.userId(), id).version();
        long version = base.against(current);
        validator.validate(patch);
        if (patch.hasChanges()) {
            checkReferences(actor, patch.values(), patch.fields());
        }
        send(actor, id, recordCommands.update().of(id, Versions.toSequence(version), patch), condition(base, current));
        return get(actor.userId(), id);
    }

    /**
     * Sets fields back to earlier values, as an edit based on {@code version}: changes made since to other fields
     * are kept, changes to the same fields are an {@link dev.crm.domain.shared.EditConflictException} (undo).
     *
     * @param values field → value as the audit trail keeps them (plain JSON values)
     */
    public V revert(Actor actor, UUID id, long version, Map<String, Object> values) {
        @SuppressWarnings("unchecked")
        D details = (D) json.convertValue(values, detailsType);
        return update(actor, id, BaseVersion.seen(version), Patch.of(details, values.keySet()));
    }

    /**
     * Brings a deleted record back as it was when deleted (undo of a delete); the aggregate decides who may. The
     * read-back joins the command's transaction, as a create's does.
     */
    public V restore(Actor actor, UUID id) {
        return transactions.execute(status -> {
            send(actor, id, recordCommands.restore().apply(id));
            return get(actor.userId(), id);
        });
    }

    /**
     * Deletes the record; with a {@link BaseVersion.OneOf} only if it is still at one of those versions. Services
     * that delete dependents first override this (in one transaction) and end with {@code super.delete}.
     */
    public void delete(Actor actor, UUID id, BaseVersion base) {
        long current = get(actor.userId(), id).version();
        base.against(current);
        send(actor, id, recordCommands.delete().apply(id), condition(base, current));
    }

    /** The aggregate checks the condition again under its lock: nothing slips in between this read and the change. */
    private static MetaData condition(BaseVersion base, long current) {
        Long required = base.required(current);
        return required == null ? MetaData.emptyInstance() : VersionCondition.require(required);
    }

    public V get(UUID userId, UUID id) {
        return finder.find(userId, id).orElseThrow(() -> new RecordNotFoundException(recordType, id));
    }

    public List<HistoryEntry> history(UUID userId, UUID id) {
        List<HistoryEntry> entries = history.of(userId, recordType, id);
        if (entries.isEmpty()) {
            throw new RecordNotFoundException(recordType, id);
        }
        return entries;
    }

    /**
     * Validates, checks references, creates the record with a new id and returns it as stored — in one transaction,
     * which the command joins: the read-back sees the projected row without a commit of its own. (Only for creates:
     * a new id has no concurrent writers, whereas an update's aggregate lock must not be released before its commit.)
     */
    protected V create(Actor actor, D details, Function<UUID, Object> command) {
        validator.validate(details);
        UUID id = Ids.newId();
        return transactions.execute(status -> {
            checkReferences(actor, details, new HashSet<>(Records.fieldNames(details.getClass())));
            send(actor, id, command.apply(id));
            return get(actor.userId(), id);
        });
    }

    protected void send(Actor actor, UUID id, Object command) {
        send(actor, id, command, MetaData.emptyInstance());
    }

    private void send(Actor actor, UUID id, Object command, MetaData condition) {
        commands.send(command, actor, condition, recordType, id);
    }

    /**
     * The commands of a record type, by constructor reference.
     *
     * @param update  e.g. {@code UpdateContact::new}
     * @param delete  e.g. {@code DeleteContact::new}
     * @param restore e.g. {@code RestoreContact::new}
     */
    public record Commands<D extends Record>(
            UpdateCommand<D> update, Function<UUID, Object> delete, Function<UUID, Object> restore) {}

    /** Makes the update command of a record type. */
    @FunctionalInterface
    public interface UpdateCommand<D extends Record> {
        Object of(UUID id, long expectedSequence, Patch<D> patch);
    }

    /** Reads one record as a user may see it. */
    @FunctionalInterface
    public interface Finder<V> {
        Optional<V> find(UUID userId, UUID id);
    }
}
