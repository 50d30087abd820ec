package dev.crm.projections.task;

import dev.crm.domain.task.TaskPriority;
import dev.crm.domain.task.TaskStatus;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Narrows the task list. Dates are the user's own (their time zone's today), decided by the caller.
 *
 * @param overdueOn   if set: due before this day and not done
 * @param dueFrom     if set with {@code dueUntil}: due within these days (inclusive), e.g. this week
 */
public record TaskFilter(
        UUID projectId,
        TaskStatus status,
        TaskPriority priority,
        UUID assigneeId,
        LocalDate overdueOn,
        LocalDate dueFrom,
        LocalDate dueUntil) {

    public static final TaskFilter NONE = new TaskFilter(null, null, null, null, null, null, null);

    public static TaskFilter ofProject(UUID projectId) {
        return new TaskFilter(projectId, null, null, null, null, null, null);
    }
}
