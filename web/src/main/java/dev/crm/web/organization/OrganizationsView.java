package dev.crm.web.organization;

import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.crm.application.organization.OrganizationService;
import dev.crm.domain.shared.RecordNotFoundException;
import dev.crm.projections.organization.OrganizationView;
import dev.crm.web.shell.CurrentUser;
import dev.crm.web.shell.MainLayout;
import dev.crm.web.support.KeysetFetch;
import dev.crm.web.support.Notifications;
import dev.crm.web.support.SearchField;
import jakarta.annotation.security.PermitAll;

/** The user's organizations: search, scroll through all of them, open one to edit, or create a new one. */
@Route(value = "organizations", layout = MainLayout.class)
@PageTitle("Organizations · CRM")
@PermitAll
public class OrganizationsView extends VerticalLayout {

    private final OrganizationService organizations;
    private final CurrentUser user;
    private final KeysetFetch<OrganizationView> list;

    public OrganizationsView(OrganizationService organizations, CurrentUser user) {
        this.organizations = organizations;
        this.user = user;
        setSizeFull();
        OrganizationGrid grid = new OrganizationGrid(user.dateTimeFormat(getLocale()));
        grid.setEmptyStateText("No organizations to show. Create one with “New organization”.");
        grid.addItemClickListener(event -> open(event.getItem().id()));
        UUID owner = user.id();
        list = KeysetFetch.attach(grid, page -> organizations.list(owner, page));
        add(toolbar(), grid);
        expand(grid);
    }

    private HorizontalLayout toolbar() {
        Button create = new Button("New organization", VaadinIcon.PLUS.create(),
                event -> OrganizationDialog.create(organizations, user, list::refreshAll).open());
        create.setId("new-organization");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(
                SearchField.create("organization-search", "Search organizations", list::search), create);
        toolbar.setWidthFull();
        toolbar.setJustifyContentMode(JustifyContentMode.BETWEEN);
        return toolbar;
    }

    private void open(UUID id) {
        try {
            OrganizationDialog.edit(organizations, user, id, list::refreshAll).open();
        } catch (RecordNotFoundException gone) {
            Notifications.error("This organization no longer exists; it may have been deleted meanwhile.");
            list.refreshAll();
        }
    }
}
