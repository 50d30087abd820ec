package dev.crm.domain.shared;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An edit based on an old version touched fields that changed meanwhile to other values. Carries the fields, their
 * current values and the version to reapply against, so UI and API can show and resolve it.
 */
public class EditConflictException extends RuntimeException {

    private final List<FieldConflict> conflicts;
    private final long currentVersion;

    public EditConflictException(List<FieldConflict> conflicts, long currentVersion) {
        super("Changed by someone else since you loaded it: "
                + conflicts.stream().map(FieldConflict::field).collect(Collectors.joining(", ")));
        this.conflicts = List.copyOf(conflicts);
        this.currentVersion = currentVersion;
    }

    public List<FieldConflict> conflicts() {
        return conflicts;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
