package dev.crm.web.organization;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.SortDirection;
import dev.crm.projections.organization.OrganizationView;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The organizations list, sortable by name, industry and last change; times are in the user's zone. */
class OrganizationGrid extends Grid<OrganizationView> {

    OrganizationGrid(DateTimeFormatter dateTimeFormat) {
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        Column<OrganizationView> name = addColumn(OrganizationView::name)
                .setKey("name")
                .setHeader(OrganizationForm.LABELS.of("name"))
                .setSortProperty("name")
                .setFlexGrow(2);
        addColumn(OrganizationView::industry)
                .setKey("industry")
                .setHeader(OrganizationForm.LABELS.of("industry"))
                .setSortProperty("industry");
        addColumn(organization -> dateTimeFormat.format(organization.updatedAt()))
                .setKey("updatedAt")
                .setHeader("Last updated")
                .setSortProperty("updatedAt")
                .setWidth("13rem")
                .setFlexGrow(0);
        sort(List.of(new GridSortOrder<>(name, SortDirection.ASCENDING)));
    }
}
