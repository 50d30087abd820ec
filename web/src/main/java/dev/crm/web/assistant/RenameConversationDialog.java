package dev.crm.web.assistant;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;

/** Asks for a conversation's new title: 1 to 200 characters, as the REST API allows. */
class RenameConversationDialog extends Dialog {

    static final int MAX_TITLE = 200;

    private final TextField title = new TextField("Title");

    RenameConversationDialog(String current, SerializableConsumer<String> rename) {
        setHeaderTitle("Rename conversation");
        title.setId("conversation-title");
        title.setValue(current);
        title.setMaxLength(MAX_TITLE);
        title.setWidth("24rem");
        add(title);
        Button save = new Button("Rename", event -> {
            String value = title.getValue().strip();
            if (value.isEmpty()) {
                title.setErrorMessage("Between 1 and " + MAX_TITLE + " characters");
                title.setInvalid(true);
                return;
            }
            close();
            rename.accept(value);
        });
        save.setId("conversation-rename");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        getFooter().add(new Button("Cancel", event -> close()), save);
        addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                title.focus();
            }
        });
    }
}
