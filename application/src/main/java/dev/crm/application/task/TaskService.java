package dev.crm.application.task;

import dev.crm.application.account.UserCalendar;
import dev.crm.application.shared.RecordService;
import dev.crm.application.shared.RecordServiceSupport;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.InvalidInputException;
import dev.crm.domain.task.CreateTask;
import dev.crm.domain.task.DeleteTask;
import dev.crm.domain.task.RestoreTask;
import dev.crm.domain.task.Task;
import dev.crm.domain.task.TaskDetails;
import dev.crm.domain.task.TaskPriority;
import dev.crm.domain.task.TaskStatus;
import dev.crm.domain.task.UpdateTask;
import dev.crm.projections.project.ProjectQueries;
import dev.crm.projections.support.Page;
import dev.crm.projections.support.PageRequest;
import dev.crm.projections.task.TaskFilter;
import dev.crm.projections.task.TaskQueries;
import dev.crm.projections.task.TaskView;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Tasks use cases, the same for every channel. Who may do what is the task aggregate's (and its project's) call. */
@Service
public class TaskService extends RecordService<TaskDetails, TaskView> {

    private final TaskQueries queries;
    private final ProjectQueries projects;
    private final UserCalendar calendar;

    public TaskService(
            RecordServiceSupport support, TaskQueries queries, ProjectQueries projects, UserCalendar calendar) {
        super(Task.TYPE, support, new Commands<>(UpdateTask::new, DeleteTask::new, RestoreTask::new), queries::find);
        this.queries = queries;
        this.projects = projects;
        this.calendar = calendar;
    }

    /** A new task starts TODO with MEDIUM priority unless told otherwise. */
    public TaskView create(Actor actor, UUID projectId, TaskDetails details) {
        if (projectId == null || projects.find(actor.userId(), projectId).isEmpty()) {
            throw InvalidInputException.of(
                    "projectId", projectId == null ? "A task belongs to a project" : "Not a project you work on");
        }
        TaskDetails complete = new TaskDetails(
                details.name(),
                details.status() == null ? TaskStatus.TODO : details.status(),
                details.priority() == null ? TaskPriority.MEDIUM : details.priority(),
                details.assigneeId(),
                details.dueDate());
        return create(actor, complete, id -> new CreateTask(id, projectId, complete));
    }

    public Page<TaskView> list(UUID userId, PageRequest request, TaskFilter filter) {
        return queries.list(userId, request, filter);
    }

    /** As above, with "overdue" and "due this week" by the user's own today (see {@link UserCalendar}). */
    public Page<TaskView> list(
            UUID userId, PageRequest request, TaskFilter filter, boolean overdue, boolean dueThisWeek) {
        return list(userId, request, dateFilters(filter, calendar.today(userId), overdue, dueThisWeek));
    }

    /** Filters relative to the user's today: overdue, or due from Monday to Sunday of the current week. */
    public static TaskFilter dateFilters(TaskFilter base, LocalDate today, boolean overdue, boolean dueThisWeek) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new TaskFilter(
                base.projectId(),
                base.status(),
                base.priority(),
                base.assigneeId(),
                overdue ? today : null,
                dueThisWeek ? monday : null,
                dueThisWeek ? monday.plusDays(6) : null);
    }
}
