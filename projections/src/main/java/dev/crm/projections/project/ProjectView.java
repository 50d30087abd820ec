package dev.crm.projections.project;

import dev.crm.domain.project.ProjectDetails;
import dev.crm.domain.project.ProjectStatus;
import dev.crm.projections.support.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A project as lists and forms show it, with its assignees' names. */
public record ProjectView(
        UUID id,
        UUID ownerId,
        String ownerName,
        String name,
        ProjectStatus status,
        UUID organizationId,
        String organizationName,
        Set<UUID> assigneeIds,
        List<Person> assignees,
        LocalDate dueDate,
        Instant createdAt,
        Instant updatedAt,
        long version)
        implements Versioned {

    public ProjectDetails details() {
        return new ProjectDetails(name, status, organizationId, assigneeIds, dueDate);
    }
}
