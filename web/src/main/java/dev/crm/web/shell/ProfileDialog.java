package dev.crm.web.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.crm.application.account.UserAccount;

/** Who is signed in. Read-only: editing the profile belongs to Settings. */
class ProfileDialog extends Dialog {

    ProfileDialog(UserAccount account) {
        setHeaderTitle("Profile");
        setWidth("28rem");
        FormLayout details = new FormLayout(
                readOnly("Name", account.getName()),
                readOnly("E-mail", account.getEmail()),
                readOnly("Time zone", account.getTimeZone()));
        details.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(details);
        getFooter().add(new Button("Close", event -> close()));
    }

    private static TextField readOnly(String label, String value) {
        TextField field = new TextField(label);
        field.setValue(value);
        field.setReadOnly(true);
        return field;
    }
}
