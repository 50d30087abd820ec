package dev.crm.application.undo;

import java.util.UUID;

/** One step of an undo. */
public record UndoneChange(String recordType, UUID recordId, Kind kind) {

    public enum Kind {
        /** a created record was deleted again */
        DELETED,
        /** changed fields were set back */
        REVERTED,
        /** a deleted record was restored */
        RESTORED
    }
}
