package dev.crm.web.settings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import dev.crm.assistant.keys.KeyRefusedException;
import dev.crm.domain.shared.InvalidInputException;
import dev.crm.projections.aikey.AiKeyView;
import dev.crm.web.aikey.ProviderNames;
import java.util.function.Consumer;

/** Asks for a key's replacement; the old key stays in use unless the provider accepts the new one. */
class RotateKeyDialog extends Dialog {

    RotateKeyDialog(AiKeyView key, Consumer<String> replace) {
        setHeaderTitle("Rotate " + ProviderNames.of(key.provider()) + " key …" + key.last4());
        PasswordField apiKey = new PasswordField("New API key");
        apiKey.setId("ai-key-rotate-api-key");
        apiKey.setWidthFull();
        add(apiKey);
        Button rotate = new Button("Check and replace", event -> {
            try {
                replace.accept(apiKey.getValue());
                close();
            } catch (KeyRefusedException e) {
                apiKey.setErrorMessage(e.getMessage());
                apiKey.setInvalid(true);
            } catch (InvalidInputException e) {
                apiKey.setErrorMessage(e.errors().get(0).message());
                apiKey.setInvalid(true);
            }
        });
        rotate.setId("ai-key-rotate");
        rotate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", event -> close()), rotate);
    }
}
