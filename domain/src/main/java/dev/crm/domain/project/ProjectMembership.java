package dev.crm.domain.project;

import java.util.Set;
import java.util.UUID;

/**
 * Who works on a project (its owner and assignees), as the project aggregate knows it now. Tasks ask it on every
 * command, so access to a task always follows its project.
 */
public interface ProjectMembership {

    /** @throws dev.crm.domain.shared.RecordNotFoundException if the project does not exist (any more) */
    Set<UUID> membersOf(UUID projectId);
}
