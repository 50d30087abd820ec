package dev.crm.web.contact;

import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.function.SerializableRunnable;
import dev.crm.application.contact.ContactService;
import dev.crm.domain.contact.ContactDetails;
import dev.crm.domain.shared.EditConflictException;
import dev.crm.domain.shared.InvalidInputException;
import dev.crm.domain.shared.Patch;
import dev.crm.domain.shared.RecordNotFoundException;
import dev.crm.projections.contact.ContactView;
import dev.crm.web.shell.CurrentUser;
import dev.crm.web.support.EditConflictDialog;
import dev.crm.web.support.HistoryGrid;
import dev.crm.web.support.Notifications;

/**
 * Creates a contact, or edits one with its history and a delete. An edit sends only the fields the user changed,
 * so what others changed meanwhile in other fields is merged; a clash on the same field opens the conflict dialog.
 */
class ContactDialog extends Dialog {

    private final ContactService contacts;
    private final CurrentUser user;
    private final SerializableRunnable afterChange;
    private final ContactForm form = new ContactForm();
    /** The contact as last loaded; null while creating one. */
    private ContactView contact;

    private ContactDialog(ContactService contacts, CurrentUser user, SerializableRunnable afterChange) {
        this.contacts = contacts;
        this.user = user;
        this.afterChange = afterChange;
        setWidth("48rem");
        setMaxWidth("100%");
        Button save = new Button("Save", event -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("contact-save");
        getFooter().add(new Button("Cancel", event -> close()), save);
    }

    static ContactDialog create(ContactService contacts, CurrentUser user, SerializableRunnable afterChange) {
        ContactDialog dialog = new ContactDialog(contacts, user, afterChange);
        dialog.setHeaderTitle("New contact");
        dialog.add(dialog.form);
        return dialog;
    }

    /** @throws RecordNotFoundException if the contact is gone */
    static ContactDialog edit(ContactService contacts, CurrentUser user, UUID id, SerializableRunnable afterChange) {
        ContactDialog dialog = new ContactDialog(contacts, user, afterChange);
        dialog.show(contacts.get(user.id(), id));
        dialog.add(dialog.detailsAndHistory());
        dialog.getFooter().addComponentAsFirst(dialog.deleteButton());
        return dialog;
    }

    private TabSheet detailsAndHistory() {
        HistoryGrid history = new HistoryGrid(user.dateTimeFormat(getLocale()), ContactForm.LABELS);
        history.setHeight("20rem");
        TabSheet tabs = new TabSheet();
        tabs.add("Details", form);
        Tab historyTab = tabs.add("History", history);
        tabs.addSelectedChangeListener(event -> {
            if (event.getSelectedTab() == historyTab) {
                history.show(contacts.history(user.id(), contact.id()));
            }
        });
        tabs.setWidthFull();
        return tabs;
    }

    private Button deleteButton() {
        Button delete = new Button("Delete", event -> confirmDelete());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.getStyle().set("margin-inline-end", "auto");
        return delete;
    }

    private void show(ContactView loaded) {
        contact = loaded;
        setHeaderTitle(loaded.name());
        form.read(loaded.details());
    }

    private void save() {
        form.write().ifPresent(details -> {
            if (contact == null) {
                attempt(() -> contacts.create(user.actor(), details), "Contact created");
            } else {
                send(contact.version(), Patch.between(contact.details(), details));
            }
        });
    }

    private void send(long version, Patch<ContactDetails> patch) {
        if (!patch.hasChanges()) {
            close();
            return;
        }
        try {
            attempt(() -> contacts.update(user.actor(), contact.id(), version, patch), "Contact saved");
        } catch (EditConflictException conflict) {
            new EditConflictDialog(conflict, ContactForm.LABELS,
                    () -> send(conflict.currentVersion(), patch),
                    this::discardMine).open();
        }
    }

    private void discardMine() {
        try {
            show(contacts.get(user.id(), contact.id()));
            Notifications.success("Showing the contact as it is now saved");
        } catch (RecordNotFoundException gone) {
            vanished();
        }
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog("Delete " + contact.name() + "?",
                "The contact disappears from your lists. Its history is kept.", "Delete",
                event -> attempt(() -> contacts.delete(user.actor(), contact.id()), "Contact deleted"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    /** Runs a change; on success closes and refreshes the list, on rejection shows why where it belongs. */
    private void attempt(Runnable change, String successMessage) {
        try {
            change.run();
        } catch (InvalidInputException invalid) {
            form.showErrors(invalid.errors()).forEach(error -> Notifications.error(error.message()));
            return;
        } catch (RecordNotFoundException gone) {
            vanished();
            return;
        }
        close();
        afterChange.run();
        Notifications.success(successMessage);
    }

    private void vanished() {
        close();
        afterChange.run();
        Notifications.error("This contact no longer exists; it may have been deleted meanwhile.");
    }
}
