package dev.crm.web.project;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.crm.application.project.ProjectService;
import dev.crm.application.task.TaskService;
import dev.crm.domain.shared.RecordNotFoundException;
import dev.crm.projections.project.Person;
import dev.crm.projections.project.ProjectView;
import dev.crm.projections.task.TaskFilter;
import dev.crm.web.shell.CurrentUser;
import dev.crm.web.shell.MainLayout;
import dev.crm.web.support.DateFormats;
import dev.crm.web.support.EnumLabels;
import dev.crm.web.support.HistoryGrid;
import dev.crm.web.support.ListToolbar;
import dev.crm.web.task.TaskDialogs;
import dev.crm.web.task.TaskGrid;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One project: everything about it, its tasks (add, edit, delete) and its history. Its owner edits it all and may
 * delete it; an assignee changes its status only. A project that does not exist, or is not shared with the user,
 * is "not found" — the two are never told apart.
 */
@Route(value = "projects", layout = MainLayout.class)
@PermitAll
public class ProjectPage extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final ProjectService projects;
    private final TaskService tasks;
    private final ProjectDialogs dialogs;
    private final TaskDialogs taskDialogs;
    private final CurrentUser user;
    private String title = "Project · CRM";

    public ProjectPage(
            ProjectService projects,
            TaskService tasks,
            ProjectDialogs dialogs,
            TaskDialogs taskDialogs,
            CurrentUser user) {
        this.projects = projects;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.taskDialogs = taskDialogs;
        this.user = user;
        setSizeFull();
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        parse(id).ifPresentOrElse(this::load, this::showNotFound);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void load(UUID id) {
        try {
            show(projects.get(user.id(), id));
        } catch (RecordNotFoundException notFound) {
            showNotFound();
        }
    }

    private void show(ProjectView project) {
        title = project.name() + " · CRM";
        getUI().ifPresent(ui -> ui.getPage().setTitle(title));
        removeAll();
        add(backLink(), header(project), facts(project));
        TabSheet sections = sections(project);
        add(sections);
        // Take the height the facts leave, so the task grid scrolls inside the page rather than the page scrolling.
        sections.getStyle().set("flex", "1 1 0").set("min-height", "18rem");
    }

    private void showNotFound() {
        title = "Project not found · CRM";
        removeAll();
        H2 heading = new H2("Project not found");
        heading.setId("project-not-found");
        add(heading, new Paragraph("This project does not exist, or it is not shared with you."), backLink());
    }

    private HorizontalLayout header(ProjectView project) {
        H2 name = new H2(project.name());
        name.setId("project-title");
        name.getStyle().set("margin", "0");
        Span status = new Span(EnumLabels.of(project.status()));
        status.getElement().getThemeList().add("badge");
        status.getStyle().set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout title = new HorizontalLayout(name, status);
        title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        Button edit = new Button(
                dialogs.isOwner(project) ? "Edit" : "Change status",
                VaadinIcon.EDIT.create(),
                event -> dialogs.edit(project, () -> load(project.id()))
                        .withoutHistory()
                        .withoutDelete()
                        .open());
        edit.setId("project-edit");
        HorizontalLayout actions = new HorizontalLayout(edit);
        if (dialogs.isOwner(project)) {
            Button delete = new Button("Delete", VaadinIcon.TRASH.create(), event -> confirmDelete(project));
            delete.setId("project-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(delete);
        }
        HorizontalLayout header = new HorizontalLayout(title, actions);
        header.setWidthFull();
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return header;
    }

    private FormLayout facts(ProjectView project) {
        DateTimeFormatter moment = user.dateTimeFormat(getLocale());
        String owner = project.ownerName() + (dialogs.isOwner(project) ? " (you)" : "");
        String assignees = project.assignees().stream().map(Person::name).collect(Collectors.joining(", "));
        FormLayout facts = new FormLayout();
        facts.setId("project-facts");
        facts.setResponsiveSteps(
                new ResponsiveStep("0", 1, ResponsiveStep.LabelsPosition.TOP),
                new ResponsiveStep("28rem", 2, ResponsiveStep.LabelsPosition.TOP),
                new ResponsiveStep("56rem", 4, ResponsiveStep.LabelsPosition.TOP));
        facts.addFormItem(value(owner), "Owner");
        facts.addFormItem(value(EnumLabels.of(project.status())), "Status");
        facts.addFormItem(value(project.organizationName()), "Organization");
        facts.addFormItem(value(DateFormats.day(DateFormats.day(getLocale()), project.dueDate())), "Due date");
        facts.setColspan(facts.addFormItem(value(assignees.isEmpty() ? "Nobody yet" : assignees), "Assignees"), 2);
        facts.addFormItem(value(moment.format(project.createdAt())), "Created");
        facts.addFormItem(value(moment.format(project.updatedAt())), "Last updated");
        return facts;
    }

    private TabSheet sections(ProjectView project) {
        TabSheet sections = new TabSheet();
        sections.setWidthFull();
        sections.add("Tasks", tasks(project));
        HistoryGrid history =
                new HistoryGrid(user.dateTimeFormat(getLocale()), ProjectForm.LABELS, dialogs.valueText(project));
        history.setSizeFull();
        Tab historyTab = sections.add("History", history);
        sections.addSelectedChangeListener(event -> {
            if (event.getSelectedTab() == historyTab) {
                showHistory(project, history);
            }
        });
        return sections;
    }

    private Component tasks(ProjectView project) {
        UUID me = user.id();
        TaskFilter ofProject = TaskFilter.ofProject(project.id());
        TaskGrid grid =
                new TaskGrid(taskDialogs, DateFormats.day(getLocale()), page -> tasks.list(me, page, ofProject));
        grid.setEmptyStateText("No tasks yet. Add the first with “Add task”.");
        Button add = ListToolbar.addButton(
                "Add task",
                "add-task",
                () -> taskDialogs.create(project, grid::refresh).open());
        VerticalLayout section = new VerticalLayout(add, grid);
        section.setPadding(false);
        section.setSizeFull();
        section.setFlexGrow(1, grid);
        return section;
    }

    private void showHistory(ProjectView project, HistoryGrid history) {
        try {
            history.show(projects.history(user.id(), project.id()));
        } catch (RecordNotFoundException gone) {
            showNotFound();
        }
    }

    private void confirmDelete(ProjectView project) {
        dialogs.edit(project, () -> load(project.id()))
                .onDelete(
                        "Its tasks are deleted with it. The history of both is kept.",
                        () -> getUI().ifPresent(ui -> ui.navigate(ProjectsPage.class)))
                .confirmDelete();
    }

    private static RouterLink backLink() {
        RouterLink back = new RouterLink("← All projects", ProjectsPage.class);
        back.setId("back-to-projects");
        return back;
    }

    private static Span value(String text) {
        return new Span(text == null || text.isBlank() ? "—" : text);
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
