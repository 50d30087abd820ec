package dev.crm.web.project;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.SortDirection;
import dev.crm.projections.project.Person;
import dev.crm.projections.project.ProjectView;
import dev.crm.web.support.DateFormats;
import dev.crm.web.support.EnumLabels;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** The projects list. A column sorts when the list has a sort key of that name; times are in the user's zone. */
class ProjectGrid extends Grid<ProjectView> {

    ProjectGrid(DateTimeFormatter dateTimeFormat, DateTimeFormatter dayFormat) {
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        Column<ProjectView> name = addColumn(ProjectView::name)
                .setKey("name")
                .setHeader("Name")
                .setSortProperty("name")
                .setFlexGrow(2);
        addColumn(project -> EnumLabels.of(project.status()))
                .setKey("status")
                .setHeader("Status")
                .setSortProperty("status");
        addColumn(ProjectView::organizationName)
                .setKey("organization")
                .setHeader("Organization")
                .setSortProperty("organization");
        addColumn(project -> project.assignees().stream().map(Person::name).collect(Collectors.joining(", ")))
                .setKey("assignees")
                .setHeader("Assignees")
                .setFlexGrow(2);
        addColumn(project -> DateFormats.day(dayFormat, project.dueDate()))
                .setKey("dueDate")
                .setHeader("Due date")
                .setSortProperty("dueDate")
                .setWidth("9rem")
                .setFlexGrow(0);
        addColumn(project -> dateTimeFormat.format(project.updatedAt()))
                .setKey("updatedAt")
                .setHeader("Last updated")
                .setSortProperty("updatedAt")
                .setWidth("13rem")
                .setFlexGrow(0);
        sort(List.of(new GridSortOrder<>(name, SortDirection.ASCENDING)));
    }
}
