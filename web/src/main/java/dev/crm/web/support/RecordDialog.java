package dev.crm.web.support;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableRunnable;
import dev.crm.application.shared.BaseVersion;
import dev.crm.application.shared.RecordService;
import dev.crm.domain.shared.EditConflictException;
import dev.crm.domain.shared.InvalidInputException;
import dev.crm.domain.shared.NotAllowedException;
import dev.crm.domain.shared.Patch;
import dev.crm.domain.shared.RecordNotFoundException;
import dev.crm.projections.support.Versioned;
import java.util.function.Supplier;

/**
 * Creates a record, or edits one with its history and a delete: the same for every kind of record. An edit sends
 * only the fields the user changed, so what others changed meanwhile in other fields is merged; a clash on the same
 * field opens the conflict dialog. What the services refuse is shown on the fields concerned.
 *
 * @param <D> the record's details, which {@code form} edits
 * @param <V> how the record is read
 */
public class RecordDialog<D extends Record, V extends Versioned> extends Dialog {

    private final RecordKind<D, V> kind;
    private final RecordForm<D> form;
    private final Viewer user;
    private final SerializableRunnable afterChange;
    /** Set when creating. */
    private SerializableFunction<D, V> create;
    /** Set when editing, with the record as last loaded. */
    private RecordService<D, V> service;

    private V record;
    private Button deleteButton;
    private String deleteConsequence;
    private SerializableRunnable afterDelete;

    private RecordDialog(RecordKind<D, V> kind, RecordForm<D> form, Viewer user, SerializableRunnable afterChange) {
        this.kind = kind;
        this.form = form;
        this.user = user;
        this.afterChange = afterChange;
        this.afterDelete = afterChange;
        this.deleteConsequence = "The " + kind.noun() + " disappears from your lists. Its history is kept.";
        setWidth("48rem");
        setMaxWidth("100%");
        Button save = new Button("Save", event -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId(kind.elementId("save"));
        getFooter().add(new Button("Cancel", event -> close()), save);
    }

    /** A dialog for a new record, which {@code create} stores (with whatever else it belongs to) and returns. */
    public static <D extends Record, V extends Versioned> RecordDialog<D, V> forNew(
            RecordKind<D, V> kind,
            RecordForm<D> form,
            Viewer user,
            SerializableFunction<D, V> create,
            SerializableRunnable afterChange) {
        RecordDialog<D, V> dialog = new RecordDialog<>(kind, form, user, afterChange);
        dialog.create = create;
        dialog.setHeaderTitle("New " + kind.noun());
        dialog.add(form);
        return dialog;
    }

    /** A dialog editing {@code record} as it was just loaded, with its history and a delete. */
    public static <D extends Record, V extends Versioned> RecordDialog<D, V> forExisting(
            RecordKind<D, V> kind,
            RecordService<D, V> service,
            RecordForm<D> form,
            Viewer user,
            V record,
            SerializableRunnable afterChange) {
        RecordDialog<D, V> dialog = new RecordDialog<>(kind, form, user, afterChange);
        dialog.service = service;
        dialog.show(record);
        dialog.add(dialog.detailsAndHistory());
        dialog.deleteButton = new Button("Delete", event -> dialog.confirmDelete());
        dialog.deleteButton.setId(kind.elementId("delete"));
        dialog.deleteButton.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        dialog.deleteButton.getStyle().set("margin-inline-end", "auto");
        dialog.getFooter().addComponentAsFirst(dialog.deleteButton);
        return dialog;
    }

    /**
     * Opens the dialog {@code edit} makes for a record picked in a list. If the record is gone meanwhile (loading it
     * throws {@link RecordNotFoundException}), says so and refreshes the list instead.
     */
    public static void openFromList(
            RecordKind<?, ?> kind, Supplier<? extends Dialog> edit, SerializableRunnable refreshList) {
        try {
            edit.get().open();
        } catch (RecordNotFoundException gone) {
            Notifications.error("This " + kind.noun() + " no longer exists; it may have been deleted meanwhile.");
            refreshList.run();
        }
    }

    /** Leaves deleting to the page around the dialog, or to nobody. */
    public RecordDialog<D, V> withoutDelete() {
        if (deleteButton != null) {
            getFooter().remove(deleteButton);
        }
        return this;
    }

    /** Just the form, for a page that shows the record's history itself. */
    public RecordDialog<D, V> withoutHistory() {
        removeAll();
        add(form);
        return this;
    }

    /** What the delete confirmation says goes with the record, and what happens once it is gone. */
    public RecordDialog<D, V> onDelete(String consequence, SerializableRunnable afterDeleted) {
        this.deleteConsequence = consequence;
        this.afterDelete = afterDeleted;
        return this;
    }

    /** Asks, then deletes the record; usable without opening the dialog (a delete button in a list row). */
    public void confirmDelete() {
        DeleteConfirmation.open("Delete " + kind.title().apply(record) + "?", deleteConsequence, () -> {
            if (attempt(() -> service.delete(user.actor(), kind.id().apply(record), BaseVersion.ANY), afterDelete)) {
                finish(afterDelete, kind.capitalizedNoun() + " deleted");
            }
        });
    }

    private TabSheet detailsAndHistory() {
        HistoryGrid history = new HistoryGrid(user.dateTimeFormat(getLocale()), form.labels(), form.valueText());
        history.setHeight("20rem");
        TabSheet tabs = new TabSheet();
        tabs.add("Details", form);
        Tab historyTab = tabs.add("History", history);
        tabs.addSelectedChangeListener(event -> {
            if (event.getSelectedTab() == historyTab) {
                try {
                    history.show(service.history(user.id(), kind.id().apply(record)));
                } catch (RecordNotFoundException gone) {
                    vanished(afterChange);
                }
            }
        });
        tabs.setWidthFull();
        return tabs;
    }

    private void show(V loaded) {
        record = loaded;
        setHeaderTitle(kind.title().apply(loaded));
        form.read(kind.details().apply(loaded));
    }

    private void save() {
        form.write().ifPresent(details -> {
            if (record == null) {
                if (attempt(() -> create.apply(details), afterChange)) {
                    finish(afterChange, kind.capitalizedNoun() + " created");
                }
            } else {
                send(kind.version().apply(record), Patch.between(kind.details().apply(record), details));
            }
        });
    }

    private void send(long version, Patch<D> patch) {
        if (!patch.hasChanges()) {
            close();
            return;
        }
        try {
            if (attempt(() -> service.update(user.actor(), kind.id().apply(record), version, patch), afterChange)) {
                finish(afterChange, kind.capitalizedNoun() + " saved");
            }
        } catch (EditConflictException conflict) {
            new EditConflictDialog(
                            conflict,
                            form.labels(),
                            form.valueText(),
                            () -> send(conflict.currentVersion(), patch),
                            this::discardMine)
                    .open();
        }
    }

    private void discardMine() {
        try {
            show(service.get(user.id(), kind.id().apply(record)));
            Notifications.success("Showing the " + kind.noun() + " as it is now saved");
        } catch (RecordNotFoundException gone) {
            vanished(afterChange);
        }
    }

    /**
     * Runs a change; if the services refuse it, shows why where it belongs.
     *
     * @param ifGone what to do when the record turns out to be gone (or no longer shared)
     * @return whether the change was made
     */
    private boolean attempt(Runnable change, SerializableRunnable ifGone) {
        try {
            change.run();
            return true;
        } catch (InvalidInputException invalid) {
            form.showErrors(invalid.errors()).forEach(error -> Notifications.error(error.message()));
        } catch (NotAllowedException notAllowed) {
            form.showErrors(notAllowed.errors());
            Notifications.error(notAllowed.getMessage());
        } catch (RecordNotFoundException gone) {
            vanished(ifGone);
        }
        return false;
    }

    private void finish(SerializableRunnable then, String successMessage) {
        close();
        then.run();
        Notifications.success(successMessage);
    }

    private void vanished(SerializableRunnable then) {
        close();
        then.run();
        Notifications.error("This " + kind.noun() + " is no longer there for you; it may have been deleted meanwhile.");
    }
}
