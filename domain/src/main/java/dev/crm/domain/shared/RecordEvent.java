package dev.crm.domain.shared;

import java.time.Instant;
import java.util.UUID;

/**
 * The life cycle every owned record goes through. Generic consumers (audit trail, conflict detection) read
 * events through these shapes instead of knowing each entity.
 */
public sealed interface RecordEvent {

    UUID recordId();

    non-sealed interface Created<D extends Record> extends RecordEvent {
        UUID ownerId();

        D details();

        /** The record this one belongs to and takes its visibility from (a task's project), if any. */
        default UUID parentId() {
            return null;
        }
    }

    /**
     * A deleted record brought back as it was when deleted (the undo of a delete). It is a {@link Created} to every
     * consumer that rebuilds state — read models insert the row again — but keeps the record's first creation time.
     */
    interface Restored<D extends Record> extends Created<D> {
        Instant createdAt();
    }

    non-sealed interface Updated<D extends Record> extends RecordEvent {
        Patch<D> patch();
    }

    non-sealed interface Deleted extends RecordEvent {}
}
