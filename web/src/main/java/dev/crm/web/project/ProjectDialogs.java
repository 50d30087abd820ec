package dev.crm.web.project;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableRunnable;
import dev.crm.application.organization.OrganizationService;
import dev.crm.application.project.ProjectService;
import dev.crm.domain.project.ProjectDetails;
import dev.crm.domain.project.ProjectStatus;
import dev.crm.projections.project.Person;
import dev.crm.projections.project.ProjectView;
import dev.crm.web.shell.CurrentUser;
import dev.crm.web.support.DateFormats;
import dev.crm.web.support.FieldValueText;
import dev.crm.web.support.RecordDialog;
import dev.crm.web.support.RecordKind;
import dev.crm.web.workspace.PeopleNames;
import dev.crm.web.workspace.WorkspaceDirectory;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The project's create and edit dialogs: the generic record dialog with the project form, its choices filled from
 * the user's organizations and workspace. Someone assigned to a project edits its status only and cannot delete it.
 */
@Component
class ProjectDialogs {

    static final RecordKind<ProjectDetails, ProjectView> KIND =
            new RecordKind<>("project", ProjectView::id, ProjectView::version, ProjectView::details, ProjectView::name);

    private final ProjectService projects;
    private final OrganizationService organizations;
    private final WorkspaceDirectory workspace;
    private final CurrentUser user;

    ProjectDialogs(
            ProjectService projects,
            OrganizationService organizations,
            WorkspaceDirectory workspace,
            CurrentUser user) {
        this.projects = projects;
        this.organizations = organizations;
        this.workspace = workspace;
        this.user = user;
    }

    /** A new project of the signed-in user, planned until told otherwise. */
    RecordDialog<ProjectDetails, ProjectView> create(SerializableRunnable afterChange) {
        UUID me = user.id();
        List<Person> members = workspace.members(me);
        ProjectForm form = new ProjectForm(
                new OrganizationNames(organizations, me),
                assignable(members, Set.of(), me),
                new PeopleNames().know(members),
                DateFormats.day(UI.getCurrent().getLocale()));
        form.read(new ProjectDetails(null, ProjectStatus.PLANNED, null, Set.of(), null));
        return RecordDialog.forNew(KIND, form, user, details -> projects.create(user.actor(), details), afterChange);
    }

    RecordDialog<ProjectDetails, ProjectView> edit(ProjectView project, SerializableRunnable afterChange) {
        List<Person> members = workspace.members(user.id());
        ProjectForm form = new ProjectForm(
                organizationNames(project),
                assignable(members, project.assigneeIds(), project.ownerId()),
                peopleNames(project, members),
                DateFormats.day(UI.getCurrent().getLocale()));
        RecordDialog<ProjectDetails, ProjectView> dialog =
                RecordDialog.forExisting(KIND, projects, form, user, project, afterChange);
        if (!isOwner(project)) {
            form.limitToStatus(project.ownerName());
            dialog.withoutDelete();
        }
        return dialog;
    }

    boolean isOwner(ProjectView project) {
        return project.ownerId().equals(user.id());
    }

    /** How the project's history reads: names for ids, words for codes. */
    FieldValueText valueText(ProjectView project) {
        return ProjectForm.valueText(
                organizationNames(project),
                peopleNames(project, workspace.members(user.id())),
                DateFormats.day(UI.getCurrent().getLocale()));
    }

    private OrganizationNames organizationNames(ProjectView project) {
        return new OrganizationNames(organizations, user.id())
                .know(project.organizationId(), project.organizationName());
    }

    private static PeopleNames peopleNames(ProjectView project, List<Person> members) {
        return new PeopleNames().know(members).know(project.assignees()).know(project.ownerId(), project.ownerName());
    }

    /** The workspace's members but the owner, and whoever is assigned already (even if they left the workspace). */
    private static Set<UUID> assignable(List<Person> members, Set<UUID> assigned, UUID owner) {
        Set<UUID> ids = new LinkedHashSet<>();
        members.forEach(member -> ids.add(member.id()));
        ids.addAll(assigned);
        ids.remove(owner);
        return ids;
    }
}
