package dev.crm.web.security;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * Session sign-in. The form posts to Spring Security ({@code login}), which comes back with {@code ?error} on
 * bad credentials; registration sends newcomers here with {@code ?registered}.
 */
@Route("login")
@PageTitle("Sign in · CRM")
@AnonymousAllowed
public class LoginPage extends VerticalLayout implements BeforeEnterObserver {

    public static final String REGISTERED = "registered";

    private final AuthenticationContext authentication;
    private final LoginForm form = new LoginForm(i18n());
    private final Div registeredNotice = new Div("Your account is ready. Sign in with your e-mail and password.");

    public LoginPage(AuthenticationContext authentication) {
        this.authentication = authentication;
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        styleAsSuccess(registeredNotice);
        add(registeredNotice, form, registerLink());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        form.setError(parameters.containsKey("error"));
        registeredNotice.setVisible(parameters.containsKey(REGISTERED));
    }

    private static LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in to CRM");
        i18n.getForm().setUsername("E-mail");
        i18n.getErrorMessage().setTitle("Wrong e-mail or password");
        i18n.getErrorMessage().setMessage("Check both and try again.");
        return i18n;
    }

    private static Div registerLink() {
        // by its path: the registration page belongs to the account feature, which depends on this package
        return new Div(new Span("New here? "), new Anchor("register", "Create an account"));
    }

    private static void styleAsSuccess(Div notice) {
        notice.getStyle()
                .set("background", "var(--lumo-success-color-10pct)")
                .set("color", "var(--lumo-success-text-color)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)");
    }
}
