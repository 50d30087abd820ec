package dev.crm.domain.project;

import dev.crm.domain.shared.Shared;
import dev.crm.domain.shared.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A project: its owner's, shared with its assignees (users of the same workspace).
 *
 * @param organizationId one of the owner's organizations, or none
 */
public record ProjectDetails(
        @NotBlank(message = "Name is required") @Size(max = 200, message = "Name is at most 200 characters")
        String name,

        @NotNull(message = "Status is required (PLANNED, IN_PROGRESS or COMPLETED)")
        ProjectStatus status,

        UUID organizationId,
        @Size(max = 50, message = "At most 50 assignees") Set<UUID> assigneeIds,
        LocalDate dueDate)
        implements Shared {

    public ProjectDetails {
        name = Text.clean(name);
        assigneeIds = assigneeIds == null ? Set.of() : Set.copyOf(assigneeIds);
    }

    @Override
    public Set<UUID> sharedWith() {
        return assigneeIds;
    }
}
