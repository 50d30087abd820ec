package dev.crm.web.project;

import dev.crm.application.project.ProjectService;
import dev.crm.application.task.TaskService;
import dev.crm.domain.project.ProjectDetails;
import dev.crm.domain.project.ProjectStatus;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.task.TaskDetails;
import dev.crm.projections.project.ProjectFilter;
import dev.crm.projections.project.ProjectView;
import dev.crm.projections.support.Page;
import dev.crm.projections.support.PageRequest;
import dev.crm.projections.task.TaskFilter;
import dev.crm.projections.task.TaskView;
import dev.crm.web.support.PatchReader;
import dev.crm.web.support.RecordController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Projects", description = "Projects, shared with their assignees, and their tasks")
@RestController
@RequestMapping("/api/projects")
public class ProjectController extends RecordController<ProjectDetails, ProjectView> {

    private final ProjectService projects;
    private final TaskService tasks;

    public ProjectController(ProjectService projects, TaskService tasks, PatchReader patches) {
        super(projects, patches, ProjectDetails.class);
        this.projects = projects;
        this.tasks = tasks;
    }

    @Operation(
            operationId = "listProjects",
            summary = "List projects the user owns or is assigned to: filter, search, sort, page")
    @GetMapping
    Page<ProjectView> list(
            Actor actor,
            @ParameterObject PageRequest page,
            @RequestParam(required = false) ProjectStatus status,
            @RequestParam(defaultValue = "false") boolean assignedToMe) {
        return projects.list(actor.userId(), page, new ProjectFilter(status, assignedToMe));
    }

    @Operation(operationId = "createProject", summary = "Create a project")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping
    ResponseEntity<ProjectView> create(Actor actor, @RequestBody ProjectDetails details) {
        ProjectView created = projects.create(actor, details);
        return created("/api/projects/" + created.id(), created);
    }

    @Operation(operationId = "listProjectTasks", summary = "List the tasks of a project")
    @GetMapping("/{id}/tasks")
    Page<TaskView> tasks(Actor actor, @PathVariable UUID id, @ParameterObject PageRequest page) {
        projects.get(actor.userId(), id);
        return tasks.list(actor.userId(), page, TaskFilter.ofProject(id));
    }

    @Operation(operationId = "addProjectTask", summary = "Add a task to a project")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping("/{id}/tasks")
    ResponseEntity<TaskView> addTask(Actor actor, @PathVariable UUID id, @RequestBody TaskDetails details) {
        projects.get(actor.userId(), id);
        TaskView created = tasks.create(actor, id, details);
        return created("/api/tasks/" + created.id(), created);
    }
}
