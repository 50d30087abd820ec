package dev.crm.web.shell;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;
import dev.crm.application.account.UserAccount;

/**
 * The signed-in user's avatar and name; opens to their e-mail and time zone, Settings, and signing out. Follows
 * profile changes made in this UI ({@link ProfileChanged}).
 */
class AccountMenu extends MenuBar {

    /** Where the profile is edited (the Settings view's route). */
    static final String SETTINGS = "settings";

    private final CurrentUser user;
    private Registration profileChanges;

    AccountMenu(CurrentUser user) {
        this.user = user;
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        setId("account-menu");
        getStyle().set("margin-inline-end", "var(--lumo-space-m)");
        build();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        profileChanges = ComponentUtil.addListener(event.getUI(), ProfileChanged.class, changed -> build());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        profileChanges.remove();
        super.onDetach(event);
    }

    private void build() {
        removeAll();
        UserAccount account = user.account();
        String name = account.getName();
        MenuItem menu = addItem(trigger(name));
        menu.setAriaLabel("Account of " + name);
        SubMenu actions = menu.getSubMenu();
        actions.addItem(who(account)).setEnabled(false);
        actions.addSeparator();
        actions.addItem("Profile and settings", event -> getUI().ifPresent(ui -> ui.navigate(SETTINGS)));
        actions.addItem("Sign out", event -> user.signOut());
    }

    private static HorizontalLayout trigger(String name) {
        Avatar avatar = new Avatar(name);
        avatar.addThemeVariants(AvatarVariant.LUMO_XSMALL);
        Icon chevron = VaadinIcon.CHEVRON_DOWN_SMALL.create();
        chevron.setSize("var(--lumo-icon-size-s)");
        Span label = new Span(name);
        label.setId("account-name");
        HorizontalLayout trigger = new HorizontalLayout(avatar, label, chevron);
        trigger.setSpacing(false);
        trigger.getStyle().set("gap", "var(--lumo-space-s)");
        trigger.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return trigger;
    }

    /** Who is signed in, and the time zone every time is shown in. */
    private static Div who(UserAccount account) {
        // shown in a disabled (not clickable) item, so the colours are set rather than greyed out
        Span email = new Span(account.getEmail());
        email.setId("account-email");
        email.getStyle().set("color", "var(--lumo-body-text-color)");
        Span timeZone = new Span("Times in " + account.getTimeZone());
        timeZone.setId("account-time-zone");
        timeZone.getStyle()
                .set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        Div who = new Div(email, timeZone);
        who.getStyle().set("display", "flex").set("flex-direction", "column");
        return who;
    }
}
