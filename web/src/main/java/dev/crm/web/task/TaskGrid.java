package dev.crm.web.task;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableFunction;
import dev.crm.domain.task.TaskStatus;
import dev.crm.projections.support.Page;
import dev.crm.projections.support.PageRequest;
import dev.crm.projections.task.TaskView;
import dev.crm.web.support.DateFormats;
import dev.crm.web.support.EnumLabels;
import dev.crm.web.support.KeysetFetch;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A lazy list of tasks, sortable by every column the task list has a key for. A row opens the task; each row also
 * has edit and delete buttons. Overdue due dates (by the user's own today) stand out.
 */
public class TaskGrid extends Grid<TaskView> {

    /** Icon buttons; a click on one must not also count as a click on its row. */
    private static final String ACTIONS = """
            <vaadin-button theme="icon tertiary small" title="Edit" aria-label="${'Edit ' + item.name}"
                           @click="${event => { event.stopPropagation(); edit(); }}">
              <vaadin-icon icon="vaadin:edit"></vaadin-icon>
            </vaadin-button>
            <vaadin-button theme="icon tertiary error small" title="Delete" aria-label="${'Delete ' + item.name}"
                           @click="${event => { event.stopPropagation(); remove(); }}">
              <vaadin-icon icon="vaadin:trash"></vaadin-icon>
            </vaadin-button>""";

    private static final String DUE_DATE = """
            <span style="${item.overdue ? 'color: var(--lumo-error-text-color); font-weight: 500' : ''}"
                  title="${item.overdue ? 'Overdue' : ''}">${item.due}</span>""";

    private final KeysetFetch<TaskView> list;

    public TaskGrid(
            TaskDialogs dialogs, DateTimeFormatter dayFormat, SerializableFunction<PageRequest, Page<TaskView>> pages) {
        LocalDate today = dialogs.today();
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        Column<TaskView> name = addColumn(TaskView::name)
                .setKey("name")
                .setHeader("Task name")
                .setSortProperty("name")
                .setFlexGrow(3);
        addColumn(task -> EnumLabels.of(task.status()))
                .setKey("status")
                .setHeader("Status")
                .setSortProperty("status");
        addColumn(task -> EnumLabels.of(task.priority()))
                .setKey("priority")
                .setHeader("Priority")
                .setSortProperty("priority");
        addColumn(TaskView::assigneeName)
                .setKey("assignee")
                .setHeader("Assignee")
                .setSortProperty("assignee")
                .setFlexGrow(2);
        addColumn(TaskView::projectName)
                .setKey("project")
                .setHeader("Project")
                .setSortProperty("project")
                .setFlexGrow(2);
        addColumn(LitRenderer.<TaskView>of(DUE_DATE)
                        .withProperty("due", task -> DateFormats.day(dayFormat, task.dueDate()))
                        .withProperty("overdue", task -> isOverdue(task, today)))
                .setKey("dueDate")
                .setHeader("Due date")
                .setSortProperty("dueDate")
                .setWidth("9rem")
                .setFlexGrow(0);
        addColumn(LitRenderer.<TaskView>of(ACTIONS)
                        .withProperty("name", TaskView::name)
                        .withFunction("edit", task -> dialogs.edit(task.id(), this::refresh))
                        .withFunction("remove", task -> dialogs.delete(task.id(), this::refresh)))
                .setKey("actions")
                .setHeader("Actions")
                .setWidth("7rem")
                .setFlexGrow(0);
        addItemClickListener(event -> dialogs.edit(event.getItem().id(), this::refresh));
        list = KeysetFetch.attach(this, pages);
        sort(List.of(new GridSortOrder<>(name, SortDirection.ASCENDING)));
    }

    /** Reloads, after tasks changed or the filters did. */
    public void refresh() {
        list.refreshAll();
    }

    public void search(String text) {
        list.search(text);
    }

    /** Due before today and not done: the same rule as the list's "overdue" filter. */
    private static boolean isOverdue(TaskView task, LocalDate today) {
        return task.dueDate() != null && task.dueDate().isBefore(today) && task.status() != TaskStatus.DONE;
    }
}
