package dev.crm.web.contact;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.function.ValueProvider;
import dev.crm.projections.contact.ContactView;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The contacts list. A column sorts when the list has a sort key of that name; times are in the user's zone. */
class ContactGrid extends Grid<ContactView> {

    ContactGrid(DateTimeFormatter dateTimeFormat) {
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        Column<ContactView> name =
                column("name", ContactView::name).setSortProperty("name").setFlexGrow(2);
        column("email", ContactView::email).setSortProperty("email").setFlexGrow(3);
        column("phone", ContactView::phone);
        column("jobPosition", ContactView::jobPosition).setSortProperty("jobPosition");
        column("organization", ContactView::organization).setSortProperty("organization");
        addColumn(contact -> dateTimeFormat.format(contact.updatedAt()))
                .setKey("updatedAt")
                .setHeader("Last updated")
                .setSortProperty("updatedAt")
                .setWidth("13rem")
                .setFlexGrow(0);
        sort(List.of(new GridSortOrder<>(name, SortDirection.ASCENDING)));
    }

    private Column<ContactView> column(String field, ValueProvider<ContactView, String> value) {
        return addColumn(value).setKey(field).setHeader(ContactForm.LABELS.of(field));
    }
}
