package dev.crm.web.organization;

import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.crm.application.organization.OrganizationService;
import dev.crm.projections.organization.OrganizationView;
import dev.crm.web.shell.CurrentUser;
import dev.crm.web.shell.MainLayout;
import dev.crm.web.support.KeysetFetch;
import dev.crm.web.support.ListToolbar;
import dev.crm.web.support.OpenParameter;
import dev.crm.web.support.RecordDialog;
import dev.crm.web.support.SearchField;
import jakarta.annotation.security.PermitAll;
import java.util.UUID;

/** The user's organizations: search, scroll through all of them, open one to edit, or create a new one. */
@Route(value = "organizations", layout = MainLayout.class)
@PageTitle("Organizations · CRM")
@PermitAll
public class OrganizationsPage extends VerticalLayout implements AfterNavigationObserver {

    private final OrganizationService organizations;
    private final CurrentUser user;
    private final KeysetFetch<OrganizationView> list;

    public OrganizationsPage(OrganizationService organizations, CurrentUser user) {
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
        return ListToolbar.of(
                SearchField.create("organization-search", "Search organizations", list::search),
                ListToolbar.addButton(
                        "New organization",
                        "new-organization",
                        () -> OrganizationDialog.create(organizations, user, list::refreshAll)
                                .open()));
    }

    private void open(UUID id) {
        RecordDialog.openFromList(
                OrganizationDialog.KIND,
                () -> OrganizationDialog.edit(organizations, user, id, list::refreshAll),
                list::refreshAll);
    }

    /** A link may ask for one record to be opened at once ({@code ?open=<id>}). */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        OpenParameter.of(event.getLocation()).ifPresent(this::open);
    }
}
