package dev.crm.web.contact;

import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.crm.application.contact.ContactService;
import dev.crm.application.organization.OrganizationService;
import dev.crm.projections.contact.ContactView;
import dev.crm.web.shell.CurrentUser;
import dev.crm.web.shell.MainLayout;
import dev.crm.web.support.KeysetFetch;
import dev.crm.web.support.ListToolbar;
import dev.crm.web.support.OpenParameter;
import dev.crm.web.support.RecordDialog;
import dev.crm.web.support.SearchField;
import jakarta.annotation.security.PermitAll;
import java.util.UUID;

/** The user's contacts: search, scroll through all of them, open one to edit, or create a new one. */
@Route(value = "contacts", layout = MainLayout.class)
@PageTitle("Contacts · CRM")
@PermitAll
public class ContactsPage extends VerticalLayout implements AfterNavigationObserver {

    private final ContactService contacts;
    private final OrganizationService organizations;
    private final CurrentUser user;
    private final KeysetFetch<ContactView> list;

    public ContactsPage(ContactService contacts, OrganizationService organizations, CurrentUser user) {
        this.contacts = contacts;
        this.organizations = organizations;
        this.user = user;
        setSizeFull();
        ContactGrid grid = new ContactGrid(user.dateTimeFormat(getLocale()));
        grid.setEmptyStateText("No contacts to show. Create one with “New contact”.");
        grid.addItemClickListener(event -> open(event.getItem().id()));
        UUID owner = user.id();
        list = KeysetFetch.attach(grid, page -> contacts.list(owner, page));
        add(toolbar(), grid);
        expand(grid);
    }

    private HorizontalLayout toolbar() {
        TextField search = SearchField.create("contact-search", "Search contacts", list::search);
        return ListToolbar.of(
                search,
                ListToolbar.addButton(
                        "New contact",
                        "new-contact",
                        () -> ContactDialog.create(contacts, organizations, user, list::refreshAll)
                                .open()));
    }

    private void open(UUID id) {
        RecordDialog.openFromList(
                ContactDialog.KIND,
                () -> ContactDialog.edit(contacts, organizations, user, id, list::refreshAll),
                list::refreshAll);
    }

    /** A link may ask for one record to be opened at once ({@code ?open=<id>}). */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        OpenParameter.of(event.getLocation()).ifPresent(this::open);
    }
}
