package dev.crm.domain.task;

import dev.crm.domain.shared.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A piece of work in a project.
 *
 * @param assigneeId someone who works on the project (its owner or an assignee), or nobody
 */
public record TaskDetails(
        @NotBlank(message = "Name is required") @Size(max = 200, message = "Name is at most 200 characters")
        String name,

        @NotNull(message = "Status is required (TODO, IN_PROGRESS or DONE)")
        TaskStatus status,

        @NotNull(message = "Priority is required (LOW, MEDIUM, HIGH or URGENT)")
        TaskPriority priority,

        UUID assigneeId,
        LocalDate dueDate) {

    public TaskDetails {
        name = Text.clean(name);
    }
}
