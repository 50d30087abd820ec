package dev.crm.assistant.tools;

import static dev.crm.assistant.tools.ToolTurn.choice;
import static dev.crm.assistant.tools.ToolTurn.date;
import static dev.crm.assistant.tools.ToolTurn.id;

import dev.crm.application.task.TaskService;
import dev.crm.assistant.actions.AssistantActions.Verb;
import dev.crm.domain.shared.Patch;
import dev.crm.domain.task.Task;
import dev.crm.domain.task.TaskDetails;
import dev.crm.domain.task.TaskPriority;
import dev.crm.domain.task.TaskStatus;
import dev.crm.projections.task.TaskFilter;
import dev.crm.projections.task.TaskView;
import org.springframework.ai.tool.annotation.Tool;
import org.springframework.ai.tool.annotation.ToolParam;

/** Tasks, which live in projects: whoever works on a project works on its tasks. */
class TaskTools {

    private final ToolTurn turn;
    private final TaskService tasks;

    TaskTools(ToolTurn turn, TaskService tasks) {
        this.turn = turn;
        this.tasks = tasks;
    }

    @Tool(
            name = "create_task",
            description = "Add a task to a project (an id from search_projects). The assignee must work on the "
                    + "project (its owner or an assignee; ids from list_members).")
    String createTask(
            @ToolParam(description = "The project's id") String projectId,
            @ToolParam(description = "What is to be done") String name,
            @ToolParam(required = false, description = "TODO (default), IN_PROGRESS or DONE") String status,
            @ToolParam(required = false, description = "LOW, MEDIUM (default), HIGH or URGENT") String priority,
            @ToolParam(required = false, description = "Member id") String assigneeId,
            @ToolParam(required = false, description = "Due date, e.g. 2027-03-01") String dueDate) {
        return turn.change(
                Verb.CREATE,
                Task.TYPE,
                actor -> tasks.create(
                        actor,
                        id("projectId", projectId),
                        new TaskDetails(
                                name,
                                choice("status", TaskStatus.class, status),
                                choice("priority", TaskPriority.class, priority),
                                id("assigneeId", assigneeId),
                                date("dueDate", dueDate))),
                TaskView::id,
                created -> "Added task " + created.name() + " to " + created.projectName());
    }

    @Tool(
            name = "search_tasks",
            description = "Find tasks of the projects the user works on (at most 10), by text in the name and any of "
                    + "the filters. Overdue and this week are by the user's own today.")
    String searchTasks(
            @ToolParam(required = false, description = "Text to look for") String text,
            @ToolParam(required = false, description = "Only this project's") String projectId,
            @ToolParam(required = false, description = "TODO, IN_PROGRESS or DONE") String status,
            @ToolParam(required = false, description = "LOW, MEDIUM, HIGH or URGENT") String priority,
            @ToolParam(required = false, description = "Only this member's") String assigneeId,
            @ToolParam(required = false, description = "Only overdue ones") Boolean overdue,
            @ToolParam(required = false, description = "Only those due this week") Boolean dueThisWeek,
            @ToolParam(
                            required = false,
                            description = "Sort: name, status, priority, dueDate, createdAt, "
                                    + "updatedAt; prefix - for descending. Default dueDate")
                    String sort) {
        return turn.run(() -> tasks.list(
                        turn.userId(),
                        Lists.page(sort, "dueDate", text),
                        new TaskFilter(
                                id("projectId", projectId),
                                choice("status", TaskStatus.class, status),
                                choice("priority", TaskPriority.class, priority),
                                id("assigneeId", assigneeId),
                                null,
                                null,
                                null),
                        Boolean.TRUE.equals(overdue),
                        Boolean.TRUE.equals(dueThisWeek))
                .items());
    }

    @Tool(name = "get_task", description = "Read one task by id, with its current version.")
    String getTask(@ToolParam(description = "The task's id") String id) {
        return turn.run(() -> tasks.get(turn.userId(), id("id", id)));
    }

    @Tool(
            name = "update_task",
            description = "Change fields of a task, e.g. assign it (assigneeId) or mark it DONE. Give the version you "
                    + "read; fields left out stay, an empty text clears the assignee or due date.")
    String updateTask(
            @ToolParam(description = "The task's id") String id,
            @ToolParam(description = "The version it had when you read it") long version,
            @ToolParam(required = false) String name,
            @ToolParam(required = false, description = "TODO, IN_PROGRESS or DONE") String status,
            @ToolParam(required = false, description = "LOW, MEDIUM, HIGH or URGENT") String priority,
            @ToolParam(required = false, description = "Member id") String assigneeId,
            @ToolParam(required = false, description = "e.g. 2027-03-01") String dueDate) {
        GivenFields given = new GivenFields()
                .with("name", name)
                .with("status", status)
                .with("priority", priority)
                .with("assigneeId", assigneeId)
                .with("dueDate", dueDate);
        return turn.update(
                Task.TYPE,
                id,
                version,
                () -> Patch.of(
                        new TaskDetails(
                                name,
                                choice("status", TaskStatus.class, status),
                                choice("priority", TaskPriority.class, priority),
                                id("assigneeId", assigneeId),
                                date("dueDate", dueDate)),
                        given.names()),
                tasks::update,
                tasks::get,
                TaskView::name);
    }

    @Tool(
            name = "delete_task",
            description = "Propose deleting a task. It is deleted only when the user confirms in the chat.")
    String deleteTask(@ToolParam(description = "The task's id") String id) {
        return turn.propose(
                Verb.DELETE,
                Task.TYPE,
                () -> tasks.get(turn.userId(), id("id", id)),
                TaskView::id,
                task -> "Delete task " + task.name() + " of " + task.projectName());
    }
}
