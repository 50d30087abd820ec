package dev.crm.web.account;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.crm.application.account.AccountService;
import dev.crm.application.account.EmailTakenException;
import dev.crm.application.account.Registration;
import dev.crm.domain.shared.FieldError;
import dev.crm.domain.shared.InvalidInputException;
import dev.crm.web.security.LoginPage;
import dev.crm.web.support.FormErrors;
import dev.crm.web.support.Notifications;
import dev.crm.web.support.RecordBinders;
import java.util.List;

/**
 * Opens an account, validated by the rules declared on {@link Registration}: in a new workspace, or in the one whose
 * invitation code is given ({@code /register?invite=CODE} fills it in).
 */
@Route("register")
@PageTitle("Create account · CRM")
@AnonymousAllowed
public class RegisterPage extends VerticalLayout implements BeforeEnterObserver {

    /** The query parameter an invitation link carries its code in. */
    public static final String INVITE = "invite";

    private final AccountService accounts;
    private final BeanValidationBinder<Registration> binder = RecordBinders.of(Registration.class);
    private final PasswordField password = new PasswordField("Password");
    private final PasswordField confirmation = new PasswordField("Repeat password");
    private final TextField inviteCode = new TextField("Invitation code");
    private final H2 title = new H2();

    public RegisterPage(AccountService accounts) {
        this.accounts = accounts;
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        TextField name = new TextField("Name");
        name.setId("name");
        TextField email = new TextField("E-mail");
        email.setId("email");
        password.setId("password");
        password.setHelperText("At least 10 characters");
        confirmation.setId("confirmation");
        binder.forField(name).bind("name");
        binder.forField(email).bind("email");
        binder.forField(password).bind("password");
        inviteCode.setId("invite-code");
        inviteCode.setClearButtonVisible(true);
        inviteCode.addValueChangeListener(event -> showPurpose());
        binder.forField(inviteCode)
                .withConverter(
                        code -> code == null || code.isBlank() ? null : code.strip(), code -> code == null ? "" : code)
                .bind("inviteCode");
        Binder.Binding<Registration, String> confirmed = binder.forField(confirmation)
                .asRequired("Repeat the password")
                .withValidator(value -> value.equals(password.getValue()), "The passwords differ")
                // checked before registering, never stored
                .bind(registration -> "", (registration, value) -> {});
        password.addValueChangeListener(event -> {
            if (!confirmation.isEmpty()) {
                confirmed.validate();
            }
        });

        Button create = new Button("Create account", event -> register());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.setId("create-account");

        FormLayout form = new FormLayout(name, email, password, confirmation, inviteCode);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        create.setWidthFull();
        showPurpose();
        VerticalLayout content = new VerticalLayout(
                title,
                form,
                create,
                new Div(new Span("Already registered? "), new RouterLink("Sign in", LoginPage.class)));
        content.setWidth("22rem");
        content.setPadding(false);
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(INVITE).ifPresent(inviteCode::setValue);
    }

    /** Says whether the account opens a workspace of its own or joins the inviting one. */
    private void showPurpose() {
        boolean invited = !inviteCode.getValue().isBlank();
        title.setText(invited ? "Join your team's CRM" : "Create your CRM account");
        inviteCode.setHelperText(
                invited ? "You join the workspace that invited you" : "Leave empty to open a workspace of your own");
    }

    private void register() {
        Registration registration;
        try {
            registration = binder.writeRecord();
        } catch (ValidationException invalid) {
            return; // the binder already shows each error on its field
        }
        try {
            accounts.register(registration);
            getUI().ifPresent(ui -> ui.navigate(LoginPage.class, QueryParameters.of(LoginPage.REGISTERED, "")));
        } catch (InvalidInputException invalid) {
            showErrors(invalid.errors());
        } catch (EmailTakenException taken) {
            showErrors(List.of(new FieldError("email", taken.getMessage())));
        }
    }

    private void showErrors(List<FieldError> errors) {
        FormErrors.show(binder, errors).forEach(error -> Notifications.error(error.message()));
    }
}
