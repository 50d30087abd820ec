package dev.crm.web.project;

import java.util.List;
import java.util.UUID;

import dev.crm.projections.project.Person;

/** Who works in a user's workspace: the people projects can be shared with and tasks assigned to. */
public interface WorkspaceDirectory {

    /** The members of {@code userId}'s workspace, the user included, ordered by name. */
    List<Person> members(UUID userId);
}
