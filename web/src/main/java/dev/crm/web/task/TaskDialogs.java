package dev.crm.web.task;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import dev.crm.application.account.UserCalendar;
import dev.crm.application.project.ProjectService;
import dev.crm.application.task.TaskService;
import dev.crm.domain.shared.RecordNotFoundException;
import dev.crm.domain.task.TaskDetails;
import dev.crm.domain.task.TaskPriority;
import dev.crm.domain.task.TaskStatus;
import dev.crm.projections.project.Person;
import dev.crm.projections.project.ProjectView;
import dev.crm.projections.task.TaskView;
import dev.crm.web.shell.CurrentUser;
import dev.crm.web.support.DateFormats;
import dev.crm.web.support.Notifications;
import dev.crm.web.support.RecordDialog;
import dev.crm.web.support.RecordKind;
import dev.crm.web.workspace.PeopleNames;
import dev.crm.web.workspace.WorkspaceDirectory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The task's add, edit and delete: the generic record dialog with the task form, whose assignee choices are the
 * people working on the task's project. The same from a project's page and from the task list.
 */
@Component
public class TaskDialogs {

    static final RecordKind<TaskDetails, TaskView> KIND =
            new RecordKind<>("task", TaskView::id, TaskView::version, TaskView::details, TaskView::name);

    private final TaskService tasks;
    private final ProjectService projects;
    private final WorkspaceDirectory workspace;
    private final CurrentUser user;
    private final UserCalendar calendar;

    TaskDialogs(
            TaskService tasks,
            ProjectService projects,
            WorkspaceDirectory workspace,
            CurrentUser user,
            UserCalendar calendar) {
        this.calendar = calendar;
        this.tasks = tasks;
        this.projects = projects;
        this.workspace = workspace;
        this.user = user;
    }

    /** A new task in {@code project}: to do, medium priority, until told otherwise. */
    public RecordDialog<TaskDetails, TaskView> create(ProjectView project, SerializableRunnable afterChange) {
        TaskForm form = form(project);
        form.read(new TaskDetails(null, TaskStatus.TODO, TaskPriority.MEDIUM, null, null));
        return RecordDialog.forNew(
                KIND, form, user, details -> tasks.create(user.actor(), project.id(), details), afterChange);
    }

    /** Opens the task to edit, or says it is gone. */
    void edit(UUID taskId, SerializableRunnable afterChange) {
        load(taskId, afterChange, RecordDialog::open);
    }

    /** Asks whether to delete the task, or says it is gone. */
    void delete(UUID taskId, SerializableRunnable afterChange) {
        load(taskId, afterChange, RecordDialog::confirmDelete);
    }

    /** The signed-in user's calendar day, in their own time zone: what "overdue" and "this week" go by. */
    LocalDate today() {
        return calendar.today(user.actor().userId());
    }

    private void load(
            UUID taskId,
            SerializableRunnable afterChange,
            SerializableConsumer<RecordDialog<TaskDetails, TaskView>> then) {
        RecordDialog<TaskDetails, TaskView> dialog;
        try {
            TaskView task = tasks.get(user.id(), taskId);
            dialog = RecordDialog.forExisting(
                    KIND, tasks, form(projects.get(user.id(), task.projectId())), user, task, afterChange);
        } catch (RecordNotFoundException gone) {
            Notifications.error("This task is no longer there for you; it may have been deleted meanwhile.");
            afterChange.run();
            return;
        }
        then.accept(dialog);
    }

    private TaskForm form(ProjectView project) {
        List<Person> members = new ArrayList<>();
        members.add(new Person(project.ownerId(), project.ownerName()));
        members.addAll(project.assignees());
        // A task's history may name people who no longer work on the project: the workspace knows them still.
        PeopleNames people =
                new PeopleNames().know(workspace.members(user.id())).know(members);
        return new TaskForm(members, people, DateFormats.day(UI.getCurrent().getLocale()));
    }
}
