package dev.crm.domain.shared;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;

/**
 * Settles an edit made against an older version from the event history: fields others changed meanwhile are
 * merged; a field the editor also changed, to a different value, is a conflict. Shared by every aggregate.
 */
public final class Edits {

    private Edits() {}

    /**
     * @return the part of {@code requested} that really changes {@code current} (empty: nothing to record)
     * @throws EditConflictException when the edit overwrites unseen changes
     */
    public static <D extends Record> Patch<D> settle(ConflictResolver resolver, Patch<D> requested, D current) {
        Patch<D> effective = requested.effectiveAgainst(current);
        List<FieldConflict> conflicts = new ArrayList<>();
        resolver.detectConflicts(
                unseen -> {
                    Set<String> changedMeanwhile = changedFields(unseen);
                    for (String field : effective.fields()) {
                        if (changedMeanwhile.contains(field)) {
                            conflicts.add(
                                    new FieldConflict(field, Records.get(current, field), effective.value(field)));
                        }
                    }
                    return !conflicts.isEmpty();
                },
                (aggregateId, expectedVersion, actualVersion) ->
                        new EditConflictException(conflicts, Versions.fromSequence(actualVersion)));
        return effective;
    }

    private static Set<String> changedFields(List<? extends DomainEventMessage<?>> events) {
        Set<String> fields = new HashSet<>();
        for (DomainEventMessage<?> event : events) {
            if (event.getPayload() instanceof RecordEvent.Updated<?> updated) {
                fields.addAll(updated.patch().fields());
            }
        }
        return fields;
    }
}
