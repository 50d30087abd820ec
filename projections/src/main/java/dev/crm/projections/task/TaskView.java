package dev.crm.projections.task;

import dev.crm.domain.task.TaskDetails;
import dev.crm.domain.task.TaskPriority;
import dev.crm.domain.task.TaskStatus;
import dev.crm.projections.support.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A task as lists and forms show it, with its project's and assignee's names. */
public record TaskView(
        UUID id,
        UUID projectId,
        String projectName,
        String name,
        TaskStatus status,
        TaskPriority priority,
        UUID assigneeId,
        String assigneeName,
        LocalDate dueDate,
        Instant createdAt,
        Instant updatedAt,
        long version)
        implements Versioned {

    public TaskDetails details() {
        return new TaskDetails(name, status, priority, assigneeId, dueDate);
    }
}
