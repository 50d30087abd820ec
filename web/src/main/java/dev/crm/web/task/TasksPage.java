package dev.crm.web.task;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.crm.application.task.TaskService;
import dev.crm.domain.task.TaskPriority;
import dev.crm.domain.task.TaskStatus;
import dev.crm.projections.project.Person;
import dev.crm.projections.task.TaskFilter;
import dev.crm.web.shell.CurrentUser;
import dev.crm.web.shell.MainLayout;
import dev.crm.web.support.DateFormats;
import dev.crm.web.support.FilterSelect;
import dev.crm.web.support.OpenParameter;
import dev.crm.web.support.SearchField;
import dev.crm.web.workspace.PeopleNames;
import dev.crm.web.workspace.WorkspaceDirectory;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.UUID;

/** Every task of every project the user works on, filtered by status, priority, assignee and due date. */
@Route(value = "tasks", layout = MainLayout.class)
@PageTitle("Tasks · CRM")
@PermitAll
public class TasksPage extends VerticalLayout implements AfterNavigationObserver {

    private final TaskDialogs dialogs;
    private final Select<TaskStatus> status =
            FilterSelect.of("task-status-filter", "All statuses", TaskStatus.values());
    private final Select<TaskPriority> priority =
            FilterSelect.of("task-priority-filter", "All priorities", TaskPriority.values());
    private final ComboBox<UUID> assignee = new ComboBox<>();
    private final Checkbox overdue = new Checkbox("Overdue");
    private final Checkbox dueThisWeek = new Checkbox("Due this week");
    private final TaskGrid grid;

    public TasksPage(TaskService tasks, TaskDialogs dialogs, WorkspaceDirectory workspace, CurrentUser user) {
        this.dialogs = dialogs;
        setSizeFull();
        UUID me = user.id();
        grid = new TaskGrid(
                dialogs,
                DateFormats.day(getLocale()),
                page -> tasks.list(me, page, filter(), overdue.getValue(), dueThisWeek.getValue()));
        grid.setEmptyStateText("No tasks to show. Tasks are added on their project's page.");
        assigneeFilter(workspace.members(me));
        add(toolbar(), grid);
        expand(grid);
    }

    /** The filters as they are set; the service adds "overdue" and "this week" by the user's own today. */
    private TaskFilter filter() {
        return new TaskFilter(null, status.getValue(), priority.getValue(), assignee.getValue(), null, null, null);
    }

    private HorizontalLayout toolbar() {
        overdue.setId("task-overdue-filter");
        dueThisWeek.setId("task-due-this-week-filter");
        status.addValueChangeListener(event -> grid.refresh());
        priority.addValueChangeListener(event -> grid.refresh());
        assignee.addValueChangeListener(event -> grid.refresh());
        overdue.addValueChangeListener(event -> grid.refresh());
        dueThisWeek.addValueChangeListener(event -> grid.refresh());
        TextField search = SearchField.create("task-search", "Search tasks", grid::search);
        search.setWidth("14rem");
        status.setWidth("10rem");
        priority.setWidth("10rem");
        assignee.setWidth("10rem");
        HorizontalLayout toolbar = new HorizontalLayout(search, status, priority, assignee, overdue, dueThisWeek);
        toolbar.setWidthFull();
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        toolbar.setWrap(true);
        return toolbar;
    }

    private void assigneeFilter(List<Person> members) {
        PeopleNames names = new PeopleNames().know(members);
        assignee.setId("task-assignee-filter");
        assignee.setAriaLabel("Assignee");
        assignee.setPlaceholder("Anyone");
        assignee.setClearButtonVisible(true);
        assignee.setItems(members.stream().map(Person::id).toList());
        assignee.setItemLabelGenerator(names::of);
    }

    /** A link may ask for one record to be opened at once ({@code ?open=<id>}). */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        OpenParameter.of(event.getLocation()).ifPresent(id -> dialogs.edit(id, grid::refresh));
    }
}
