package dev.crm.application.organization;

import dev.crm.application.shared.BaseVersion;
import dev.crm.application.shared.RecordService;
import dev.crm.application.shared.RecordServiceSupport;
import dev.crm.domain.organization.CreateOrganization;
import dev.crm.domain.organization.DeleteOrganization;
import dev.crm.domain.organization.Organization;
import dev.crm.domain.organization.OrganizationDetails;
import dev.crm.domain.organization.RestoreOrganization;
import dev.crm.domain.organization.UpdateOrganization;
import dev.crm.domain.project.ProjectDetails;
import dev.crm.domain.project.UpdateProject;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.Patch;
import dev.crm.domain.shared.Versions;
import dev.crm.projections.organization.OrganizationQueries;
import dev.crm.projections.organization.OrganizationView;
import dev.crm.projections.project.ProjectQueries;
import dev.crm.projections.project.ProjectView;
import dev.crm.projections.support.Page;
import dev.crm.projections.support.PageRequest;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organizations use cases, the same for every channel. */
@Service
public class OrganizationService extends RecordService<OrganizationDetails, OrganizationView> {

    private final OrganizationQueries queries;
    private final ProjectQueries projects;

    public OrganizationService(RecordServiceSupport support, OrganizationQueries queries, ProjectQueries projects) {
        super(
                Organization.TYPE,
                support,
                new Commands<>(UpdateOrganization::new, DeleteOrganization::new, RestoreOrganization::new),
                queries::find);
        this.queries = queries;
        this.projects = projects;
    }

    public OrganizationView create(Actor actor, OrganizationDetails details) {
        return create(actor, details, id -> new CreateOrganization(id, details));
    }

    public Page<OrganizationView> list(UUID userId, PageRequest request) {
        return queries.list(userId, request);
    }

    /**
     * Deleting an organization first detaches the owner's projects from it (an event on each project), in one
     * transaction: no project keeps pointing at an organization that is gone.
     */
    @Override
    @Transactional
    public void delete(Actor actor, UUID id, BaseVersion base) {
        base.against(get(actor.userId(), id).version()); // a stale condition fails before any project is touched
        for (UUID projectId : queries.projectsUsing(actor.userId(), id)) {
            ProjectView project = projects.find(actor.userId(), projectId).orElseThrow();
            ProjectDetails detached = new ProjectDetails(
                    project.name(), project.status(), null, project.assigneeIds(), project.dueDate());
            commands.send(
                    new UpdateProject(
                            projectId,
                            Versions.toSequence(project.version()),
                            Patch.of(detached, Set.of("organizationId"))),
                    actor,
                    "Project",
                    projectId);
        }
        super.delete(actor, id, base);
    }
}
