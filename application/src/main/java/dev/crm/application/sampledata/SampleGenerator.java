package dev.crm.application.sampledata;

import dev.crm.domain.shared.RecordEvent;
import java.util.Set;
import java.util.UUID;

/**
 * One kind of sample record: the extension point of the loader. Each implementation is a Spring bean that makes the
 * created event of one new record; {@code --crm.sample-data.<name>=N} then loads N of them. To add a kind, add one
 * small generator for its aggregate — nothing else changes.
 *
 * <p>The event must be exactly the one the aggregate's create command handler applies (same record, same fields):
 * the loader appends it as that aggregate's first event, and projectors and the aggregate itself take it from there.
 */
public interface SampleGenerator {

    /** The option that asks for records of this kind, {@code crm.sample-data.<name>}, e.g. {@code contacts}. */
    String name();

    /** Axon's aggregate type as the aggregate's repository stores it: the aggregate class's simple name. */
    String aggregateType();

    /** Generators load in ascending order, so a later kind (tasks) can refer to an earlier one (projects). */
    default int order() {
        return 0;
    }

    /**
     * Whether later generators refer to these records; if so the loader keeps their ids for
     * {@link SampleContext#idsOf(String)}, and with whom each is shared for {@link SampleContext#sharedWith(UUID)}
     * (an id costs memory, so only for kinds that need it).
     */
    default boolean referenced() {
        return false;
    }

    /**
     * Aggregate types this kind cannot do without (a task needs a project): the load refuses to start, before
     * writing anything, unless records of each were loaded before it in the same run.
     */
    default Set<String> requires() {
        return Set.of();
    }

    /** The created event of a new record with the given id, owned by {@link SampleContext#ownerId()}. */
    RecordEvent.Created<?> create(UUID id, SampleContext context);
}
