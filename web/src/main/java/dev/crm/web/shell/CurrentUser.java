package dev.crm.web.shell;

import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.crm.application.account.AccountService;
import dev.crm.application.account.UserAccount;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.Channel;
import dev.crm.web.security.CrmUser;
import dev.crm.web.support.Viewer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The signed-in user of the current UI request, as views need them: the actor every service call passes (always
 * on the UI channel), the account, and their time zone for showing times.
 */
@Component
public class CurrentUser implements Viewer {

    private final AuthenticationContext authentication;
    private final AccountService accounts;

    CurrentUser(AuthenticationContext authentication, AccountService accounts) {
        this.authentication = authentication;
        this.accounts = accounts;
    }

    @Override
    public UUID id() {
        return principal().userId();
    }

    @Override
    public Actor actor() {
        return Actor.of(id(), Channel.UI);
    }

    public String displayName() {
        return principal().displayName();
    }

    public UserAccount account() {
        return accounts.find(id()).orElseThrow(() -> new IllegalStateException("signed-in user has no account"));
    }

    /** Date and time as the user reads them: their own time zone, their browser's language. */
    @Override
    public DateTimeFormatter dateTimeFormat(Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(ZoneId.of(account().getTimeZone()));
    }

    public void signOut() {
        authentication.logout();
    }

    private CrmUser principal() {
        return authentication
                .getAuthenticatedUser(CrmUser.class)
                .orElseThrow(() -> new IllegalStateException("no user is signed in"));
    }
}
