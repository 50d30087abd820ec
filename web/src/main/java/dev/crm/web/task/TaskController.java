package dev.crm.web.task;

import dev.crm.application.task.TaskService;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.task.TaskDetails;
import dev.crm.domain.task.TaskPriority;
import dev.crm.domain.task.TaskStatus;
import dev.crm.projections.support.Page;
import dev.crm.projections.support.PageRequest;
import dev.crm.projections.task.TaskFilter;
import dev.crm.projections.task.TaskView;
import dev.crm.web.support.PatchReader;
import dev.crm.web.support.RecordController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Tasks", description = "Tasks of the projects the user sees")
@RestController
@RequestMapping("/api/tasks")
public class TaskController extends RecordController<TaskDetails, TaskView> {

    private final TaskService tasks;

    public TaskController(TaskService tasks, PatchReader patches) {
        super(tasks, patches, TaskDetails.class);
        this.tasks = tasks;
    }

    /** Every task of every project I work on; "overdue" and "this week" are by my own time zone's calendar. */
    @Operation(operationId = "listTasks", summary = "List tasks: filter, search, sort, page")
    @GetMapping
    Page<TaskView> list(
            Actor actor,
            @ParameterObject PageRequest page,
            @RequestParam(required = false) UUID projectId,
            @RequestParam(required = false) TaskStatus status,
            @RequestParam(required = false) TaskPriority priority,
            @RequestParam(required = false) UUID assigneeId,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "false") boolean dueThisWeek) {
        return tasks.list(
                actor.userId(),
                page,
                new TaskFilter(projectId, status, priority, assigneeId, null, null, null),
                overdue,
                dueThisWeek);
    }

    @Operation(operationId = "createTask", summary = "Create a task in a project")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping
    ResponseEntity<TaskView> create(Actor actor, @RequestBody TaskRequest request) {
        TaskView created = tasks.create(actor, request.projectId(), request.details());
        return created("/api/tasks/" + created.id(), created);
    }

    /** A new task as the API takes it: the task's fields plus the project it belongs to. */
    record TaskRequest(
            String name, TaskStatus status, TaskPriority priority, UUID assigneeId, LocalDate dueDate, UUID projectId) {
        TaskDetails details() {
            return new TaskDetails(name, status, priority, assigneeId, dueDate);
        }
    }
}
