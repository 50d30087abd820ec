package dev.crm.web.support;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.function.SerializableRunnable;

/** Asks before a record is deleted, saying what goes with it. The confirm button has the id {@code confirm-delete}. */
public final class DeleteConfirmation {

    private DeleteConfirmation() {}

    public static void open(String title, String consequence, SerializableRunnable delete) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(title);
        confirm.setText(consequence);
        confirm.setCancelable(true);
        Button deleteButton = new Button("Delete", event -> {
            confirm.close();
            delete.run();
        });
        deleteButton.setId("confirm-delete");
        deleteButton.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setConfirmButton(deleteButton);
        confirm.open();
    }
}
