package dev.crm.web.settings;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.crm.application.account.AccountService;
import dev.crm.application.workspace.WorkspaceService;
import dev.crm.assistant.keys.AiKeyService;
import dev.crm.assistant.usage.AiUsage;
import dev.crm.web.shell.CurrentUser;
import dev.crm.web.shell.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;

/**
 * The user's settings: their profile and password, the workspace's AI keys and members, and (soon) integrations.
 * {@code ?tab=ai-keys} (or {@code profile}, {@code integrations}, {@code members}) opens that tab, e.g. from the
 * assistant's "no AI key yet".
 */
@Route(value = "settings", layout = MainLayout.class)
@PageTitle("Settings · CRM")
@PermitAll
public class SettingsPage extends VerticalLayout implements AfterNavigationObserver {

    private final TabSheet tabs = new TabSheet();
    private final Map<String, Tab> tabsByName;

    public SettingsPage(
            AccountService accounts,
            WorkspaceService workspaces,
            AiKeyService aiKeys,
            AiUsage aiUsage,
            CurrentUser user) {
        setSizeFull();
        tabs.setId("settings-tabs");
        tabs.setWidthFull();
        Tab profile = tabs.add("Profile", new ProfileTab(accounts, user));
        Tab keys = tabs.add("AI keys", new AiKeysTab(aiKeys, aiUsage, workspaces, user));
        Tab integrations = tabs.add(
                "Integrations",
                new ComingTab(
                        "Soon you will connect your Microsoft 365 or Google account here, to sync your calendar and send "
                                + "mail from the CRM. Nothing can be connected yet."));
        Tab members = tabs.add("Members", new MembersTab(workspaces, user));
        tabsByName = Map.of("profile", profile, "ai-keys", keys, "integrations", integrations, "members", members);
        add(tabs);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        List<String> asked =
                event.getLocation().getQueryParameters().getParameters().getOrDefault("tab", List.of());
        if (asked.size() == 1 && tabsByName.containsKey(asked.get(0))) {
            tabs.setSelectedTab(tabsByName.get(asked.get(0)));
        }
    }
}
