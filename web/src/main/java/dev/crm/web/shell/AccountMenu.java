package dev.crm.web.shell;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The signed-in user's avatar and name, opening their profile and signing out. */
class AccountMenu extends MenuBar {

    AccountMenu(CurrentUser user) {
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        setId("account-menu");
        getStyle().set("margin-inline-end", "var(--lumo-space-m)");
        String name = user.displayName();
        MenuItem account = addItem(trigger(name));
        account.setAriaLabel("Account of " + name);
        SubMenu actions = account.getSubMenu();
        actions.addItem("Profile", event -> new ProfileDialog(user.account()).open());
        actions.addItem("Sign out", event -> user.signOut());
    }

    private static HorizontalLayout trigger(String name) {
        Avatar avatar = new Avatar(name);
        avatar.addThemeVariants(AvatarVariant.LUMO_XSMALL);
        Icon chevron = VaadinIcon.CHEVRON_DOWN_SMALL.create();
        chevron.setSize("var(--lumo-icon-size-s)");
        HorizontalLayout trigger = new HorizontalLayout(avatar, new Span(name), chevron);
        trigger.setSpacing(false);
        trigger.getStyle().set("gap", "var(--lumo-space-s)");
        trigger.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return trigger;
    }
}
