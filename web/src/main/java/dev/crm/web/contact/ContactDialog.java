package dev.crm.web.contact;

import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableRunnable;
import dev.crm.application.contact.ContactService;
import dev.crm.application.organization.OrganizationService;
import dev.crm.domain.contact.ContactDetails;
import dev.crm.domain.shared.RecordNotFoundException;
import dev.crm.projections.contact.ContactView;
import dev.crm.projections.organization.OrganizationView;
import dev.crm.projections.support.Page;
import dev.crm.projections.support.PageRequest;
import dev.crm.web.shell.CurrentUser;
import dev.crm.web.support.RecordDialog;
import dev.crm.web.support.RecordKind;
import java.util.UUID;

/** The contact's create and edit dialogs: the generic record dialog with the contact form. */
final class ContactDialog {

    static final RecordKind<ContactDetails, ContactView> KIND =
            new RecordKind<>("contact", ContactView::id, ContactView::version, ContactView::details, ContactView::name);

    private ContactDialog() {}

    static RecordDialog<ContactDetails, ContactView> create(
            ContactService contacts,
            OrganizationService organizations,
            CurrentUser user,
            SerializableRunnable afterChange) {
        return RecordDialog.forNew(
                KIND,
                new ContactForm(organizationNames(organizations, user)),
                user,
                details -> contacts.create(user.actor(), details),
                afterChange);
    }

    /** @throws RecordNotFoundException if the contact is gone */
    static RecordDialog<ContactDetails, ContactView> edit(
            ContactService contacts,
            OrganizationService organizations,
            CurrentUser user,
            UUID id,
            SerializableRunnable afterChange) {
        return RecordDialog.forExisting(
                KIND,
                contacts,
                new ContactForm(organizationNames(organizations, user)),
                user,
                contacts.get(user.id(), id),
                afterChange);
    }

    private static SerializableFunction<PageRequest, Page<String>> organizationNames(
            OrganizationService organizations, CurrentUser user) {
        return request -> {
            Page<OrganizationView> page = organizations.list(user.id(), request);
            return new Page<>(page.items().stream().map(OrganizationView::name).toList(), page.nextCursor());
        };
    }
}
