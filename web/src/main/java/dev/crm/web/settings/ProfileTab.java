package dev.crm.web.settings;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import dev.crm.application.account.AccountService;
import dev.crm.application.account.EmailTakenException;
import dev.crm.application.account.PasswordChange;
import dev.crm.application.account.ProfileUpdate;
import dev.crm.application.account.UserAccount;
import dev.crm.domain.shared.FieldError;
import dev.crm.domain.shared.InvalidInputException;
import dev.crm.web.shell.CurrentUser;
import dev.crm.web.shell.ProfileChanged;
import dev.crm.web.support.FormErrors;
import dev.crm.web.support.Notifications;
import dev.crm.web.support.RecordBinders;
import java.time.ZoneId;
import java.util.List;

/** Name, e-mail and time zone; and a new password, given with the current one. */
class ProfileTab extends VerticalLayout {

    static final List<String> TIME_ZONES =
            ZoneId.getAvailableZoneIds().stream().sorted().toList();

    private final AccountService accounts;
    private final CurrentUser user;
    private final BeanValidationBinder<ProfileUpdate> profile = RecordBinders.of(ProfileUpdate.class);
    private final BeanValidationBinder<PasswordChange> password = RecordBinders.of(PasswordChange.class);
    private final PasswordField currentPassword = new PasswordField("Current password");
    private final PasswordField newPassword = new PasswordField("New password");
    private final PasswordField confirmation = new PasswordField("Repeat new password");

    ProfileTab(AccountService accounts, CurrentUser user) {
        this.accounts = accounts;
        this.user = user;
        setPadding(false);
        setMaxWidth("40rem");
        add(profileForm(), new H3("Password"), passwordForm());
        show(user.account());
        password.readRecord(new PasswordChange("", ""));
    }

    private VerticalLayout profileForm() {
        TextField name = new TextField("Name");
        name.setId("profile-name");
        EmailField email = new EmailField("E-mail");
        email.setId("profile-email");
        email.setHelperText("You sign in with it");
        ComboBox<String> timeZone = new ComboBox<>("Time zone", TIME_ZONES);
        timeZone.setId("profile-time-zone");
        timeZone.setHelperText("Dates and times are shown in this time zone");
        profile.forField(name).bind("name");
        profile.forField(email).bind("email");
        profile.forField(timeZone).bind("timeZone");

        Button save = new Button("Save profile", event -> saveProfile());
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, email, timeZone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(timeZone, 2);
        return section(form, save);
    }

    private VerticalLayout passwordForm() {
        currentPassword.setId("password-current");
        newPassword.setId("password-new");
        newPassword.setHelperText("At least 10 characters");
        confirmation.setId("password-confirmation");
        password.forField(currentPassword).bind("currentPassword");
        password.forField(newPassword).bind("newPassword");
        Binder.Binding<PasswordChange, String> confirmed = password.forField(confirmation)
                .asRequired("Repeat the new password")
                .withValidator(value -> value.equals(newPassword.getValue()), "The passwords differ")
                // checked before changing, never stored
                .bind(change -> "", (change, value) -> {});
        newPassword.addValueChangeListener(event -> {
            if (!confirmation.isEmpty()) {
                confirmed.validate();
            }
        });

        Button change = new Button("Change password", event -> changePassword());
        change.setId("password-change");
        FormLayout form = new FormLayout(currentPassword, newPassword, confirmation);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(currentPassword, 2);
        Paragraph note =
                new Paragraph("Apps and API clients signed in with your old password will have to sign in again.");
        note.getStyle()
                .set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("margin", "0");
        return section(form, note, change);
    }

    private void saveProfile() {
        ProfileUpdate update;
        try {
            update = profile.writeRecord();
        } catch (ValidationException invalid) {
            return; // each error is shown on its field
        }
        try {
            show(accounts.updateProfile(user.id(), update));
            getUI().ifPresent(ProfileChanged::fire);
            Notifications.success("Profile saved");
        } catch (InvalidInputException invalid) {
            showErrors(profile, invalid.errors());
        } catch (EmailTakenException taken) {
            showErrors(profile, List.of(new FieldError("email", taken.getMessage())));
        }
    }

    private void changePassword() {
        PasswordChange change;
        try {
            change = password.writeRecord();
        } catch (ValidationException invalid) {
            return;
        }
        try {
            accounts.changePassword(user.id(), change);
            password.readRecord(new PasswordChange("", "")); // empties the fields without flagging them
            Notifications.success("Password changed");
        } catch (InvalidInputException invalid) {
            showErrors(password, invalid.errors());
        }
    }

    private void show(UserAccount account) {
        profile.readRecord(new ProfileUpdate(account.getName(), account.getEmail(), account.getTimeZone()));
    }

    private static void showErrors(Binder<?> binder, List<FieldError> errors) {
        FormErrors.show(binder, errors).forEach(error -> Notifications.error(error.message()));
    }

    private static VerticalLayout section(Component... parts) {
        VerticalLayout section = new VerticalLayout(parts);
        section.setPadding(false);
        section.setSpacing(true);
        return section;
    }
}
