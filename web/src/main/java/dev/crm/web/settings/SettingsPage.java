package dev.crm.web.settings;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.crm.application.account.AccountService;
import dev.crm.application.workspace.WorkspaceService;
import dev.crm.assistant.keys.AiKeyService;
import dev.crm.web.shell.CurrentUser;
import dev.crm.web.shell.MainLayout;
import jakarta.annotation.security.PermitAll;

/** The user's settings: their profile and password, the workspace's AI keys and members, and (soon) integrations. */
@Route(value = "settings", layout = MainLayout.class)
@PageTitle("Settings · CRM")
@PermitAll
public class SettingsPage extends VerticalLayout {

    public SettingsPage(AccountService accounts, WorkspaceService workspaces, AiKeyService aiKeys, CurrentUser user) {
        setSizeFull();
        TabSheet tabs = new TabSheet();
        tabs.setId("settings-tabs");
        tabs.setWidthFull();
        tabs.add("Profile", new ProfileTab(accounts, user));
        tabs.add("AI keys", new AiKeysTab(aiKeys, workspaces, user));
        tabs.add(
                "Integrations",
                new ComingTab(
                        "Soon you will connect your Microsoft 365 or Google account here, to sync your calendar and send "
                                + "mail from the CRM. Nothing can be connected yet."));
        tabs.add("Members", new MembersTab(workspaces, user));
        add(tabs);
    }
}
