package dev.crm.domain.shared;

import java.util.Set;
import java.util.UUID;

/** Details of a record that its owner shares with other users (a project's assignees). */
public interface Shared {

    /** The users besides the owner who see the record; the name of the field that holds them is {@link #SHARED_WITH_FIELD}. */
    Set<UUID> sharedWith();

    String SHARED_WITH_FIELD = "assigneeIds";
}
