package dev.crm.web.settings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.crm.application.workspace.Member;
import dev.crm.application.workspace.WorkspaceService;
import dev.crm.web.shell.CurrentUser;
import java.util.List;

/** The people of the user's workspace; its owner invites more. */
class MembersTab extends VerticalLayout {

    MembersTab(WorkspaceService workspaces, CurrentUser user) {
        setPadding(false);
        setMaxWidth("48rem");
        List<Member> members = workspaces.workspaceMembers(user.id());

        Grid<Member> grid = new Grid<>();
        grid.setId("members");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Member::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(Member::email).setHeader("E-mail").setFlexGrow(3);
        grid.addColumn(member -> member.owner() ? "Owner" : "Member")
                .setHeader("Role")
                .setFlexGrow(1);
        grid.setItems(members);
        grid.setAllRowsVisible(true);

        if (workspaces.isOwner(user.id())) {
            Button invite = new Button(
                    "Invite a colleague",
                    VaadinIcon.PLUS.create(),
                    event -> new InviteDialog(workspaces.invite(user.id()), user).open());
            invite.setId("invite");
            invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(invite);
        } else {
            String owner = members.stream()
                    .filter(Member::owner)
                    .map(Member::name)
                    .findFirst()
                    .orElse("its owner");
            add(new Paragraph("Only the workspace's owner, " + owner + ", can invite colleagues."));
        }
        add(grid);
    }
}
