package dev.crm.web.settings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.crm.application.workspace.Invite;
import dev.crm.web.shell.CurrentUser;
import dev.crm.web.support.Notifications;

/** A fresh invitation: its code and the registration link that carries it, to pass on to one colleague. */
class InviteDialog extends Dialog {

    private final TextField link = new TextField("Link to register with");

    InviteDialog(Invite invite, CurrentUser user) {
        setHeaderTitle("Invite a colleague");
        setWidth("36rem");
        TextField code = new TextField("Invitation code");
        code.setId("invite-code");
        code.setValue(invite.code());
        code.setReadOnly(true);
        code.setWidthFull();
        link.setId("invite-link");
        link.setValue("register?invite=" + invite.code()); // made absolute once the browser's address is known
        link.setReadOnly(true);
        link.setWidthFull();
        Button copy = new Button("Copy link", VaadinIcon.COPY.create(), event -> copyLink());
        copy.setId("invite-copy");
        HorizontalLayout linkRow = new HorizontalLayout(link, copy);
        linkRow.setWidthFull();
        linkRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        linkRow.expand(link);

        Paragraph about = new Paragraph("Send the link (or the code) to one colleague. It works once, until "
                + user.dateTimeFormat(getLocale()).format(invite.expiresAt())
                + ". Whoever registers with it joins your workspace.");
        VerticalLayout content = new VerticalLayout(about, code, linkRow);
        content.setPadding(false);
        add(content);
        Button close = new Button("Done", event -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.setId("invite-done");
        getFooter().add(close);

        getElement()
                .executeJs("return new URL($0, document.baseURI).href", "register?invite=" + invite.code())
                .then(String.class, link::setValue);
    }

    private void copyLink() {
        getElement()
                .executeJs("return navigator.clipboard.writeText($0).then(() => true, () => false)", link.getValue())
                .then(
                        Boolean.class,
                        copied -> {
                            if (Boolean.TRUE.equals(copied)) {
                                Notifications.success("Link copied");
                            } else {
                                Notifications.error(
                                        "The browser did not allow copying; select the link and copy it yourself.");
                            }
                        },
                        failure -> Notifications.error(
                                "The browser did not allow copying; select the link and copy it yourself."));
    }
}
