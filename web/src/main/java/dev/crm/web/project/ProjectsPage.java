package dev.crm.web.project;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.crm.application.project.ProjectService;
import dev.crm.domain.project.ProjectStatus;
import dev.crm.projections.project.ProjectFilter;
import dev.crm.projections.project.ProjectView;
import dev.crm.web.shell.CurrentUser;
import dev.crm.web.shell.MainLayout;
import dev.crm.web.support.DateFormats;
import dev.crm.web.support.FilterSelect;
import dev.crm.web.support.KeysetFetch;
import dev.crm.web.support.ListToolbar;
import dev.crm.web.support.SearchField;
import jakarta.annotation.security.PermitAll;
import java.util.UUID;

/** The projects the user owns or is assigned to: filter, search, create; a row opens the project's page. */
@Route(value = "projects", layout = MainLayout.class)
@PageTitle("Projects · CRM")
@PermitAll
public class ProjectsPage extends VerticalLayout {

    private final ProjectDialogs dialogs;
    private final Select<ProjectStatus> status =
            FilterSelect.of("project-status-filter", "All statuses", ProjectStatus.values());
    private final Checkbox assignedToMe = new Checkbox("Assigned to me");
    private final KeysetFetch<ProjectView> list;

    public ProjectsPage(ProjectService projects, ProjectDialogs dialogs, CurrentUser user) {
        this.dialogs = dialogs;
        setSizeFull();
        ProjectGrid grid = new ProjectGrid(user.dateTimeFormat(getLocale()), DateFormats.day(getLocale()));
        grid.setEmptyStateText("No projects to show. Create one with “New project”.");
        grid.addItemClickListener(event -> getUI().ifPresent(ui ->
                ui.navigate(ProjectPage.class, event.getItem().id().toString())));
        UUID me = user.id();
        list = KeysetFetch.attach(
                grid, page -> projects.list(me, page, new ProjectFilter(status.getValue(), assignedToMe.getValue())));
        add(toolbar(), grid);
        expand(grid);
    }

    private HorizontalLayout toolbar() {
        status.addValueChangeListener(event -> list.refreshAll());
        assignedToMe.setId("project-assigned-to-me");
        assignedToMe.addValueChangeListener(event -> list.refreshAll());

        HorizontalLayout filters = new HorizontalLayout(
                SearchField.create("project-search", "Search projects", list::search), status, assignedToMe);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return ListToolbar.of(
                filters,
                ListToolbar.addButton(
                        "New project",
                        "new-project",
                        () -> dialogs.create(list::refreshAll).open()));
    }
}
