package dev.crm.projections.audit;

import java.util.List;
import java.util.UUID;

/**
 * One record change made as part of a user action, as the audit trail keeps it.
 *
 * @param version   the record's version after the change
 * @param eventType the event's simple class name, e.g. ContactUpdated
 */
public record ActionChange(
        String recordType, UUID recordId, long version, String eventType, List<FieldChange> changes) {

    public boolean isCreate() {
        return eventType.endsWith("Created");
    }

    public boolean isDelete() {
        return eventType.endsWith("Deleted");
    }

    public boolean isRestore() {
        return eventType.endsWith("Restored");
    }
}
