package dev.crm.application.project;

import dev.crm.domain.project.Project;
import dev.crm.domain.project.ProjectMembership;
import dev.crm.domain.shared.RecordNotFoundException;
import java.util.Set;
import java.util.UUID;
import org.axonframework.config.Configuration;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Asks the project aggregate itself (rebuilt from its events, in the task command's unit of work) who works on it,
 * so task access never trails behind a read model.
 */
@Component
class AggregateProjectMembership implements ProjectMembership {

    private final Configuration axon;

    AggregateProjectMembership(@Lazy Configuration axon) {
        this.axon = axon;
    }

    @Override
    public Set<UUID> membersOf(UUID projectId) {
        try {
            return axon.repository(Project.class).load(projectId.toString()).invoke(Project::members);
        } catch (AggregateNotFoundException e) {
            throw new RecordNotFoundException(Project.TYPE, projectId);
        }
    }
}
