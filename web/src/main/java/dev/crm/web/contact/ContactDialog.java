package dev.crm.web.contact;

import java.util.UUID;

import com.vaadin.flow.function.SerializableRunnable;
import dev.crm.application.contact.ContactService;
import dev.crm.domain.contact.ContactDetails;
import dev.crm.domain.shared.RecordNotFoundException;
import dev.crm.projections.contact.ContactView;
import dev.crm.web.shell.CurrentUser;
import dev.crm.web.support.RecordDialog;
import dev.crm.web.support.RecordKind;

/** The contact's create and edit dialogs: the generic record dialog with the contact form. */
final class ContactDialog {

    static final RecordKind<ContactDetails, ContactView> KIND = new RecordKind<>("contact",
            ContactView::id, ContactView::version, ContactView::details, ContactView::name);

    private ContactDialog() {
    }

    static RecordDialog<ContactDetails, ContactView> create(ContactService contacts, CurrentUser user,
                                                            SerializableRunnable afterChange) {
        return RecordDialog.forNew(KIND, new ContactForm(), user,
                details -> contacts.create(user.actor(), details), afterChange);
    }

    /** @throws RecordNotFoundException if the contact is gone */
    static RecordDialog<ContactDetails, ContactView> edit(ContactService contacts, CurrentUser user, UUID id,
                                                          SerializableRunnable afterChange) {
        return RecordDialog.forExisting(KIND, contacts, new ContactForm(), user, contacts.get(user.id(), id),
                afterChange);
    }
}
