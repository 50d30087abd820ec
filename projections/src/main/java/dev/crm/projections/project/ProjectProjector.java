package dev.crm.projections.project;

import dev.crm.domain.project.ProjectCreated;
import dev.crm.domain.project.ProjectDeleted;
import dev.crm.domain.project.ProjectDetails;
import dev.crm.domain.project.ProjectRestored;
import dev.crm.domain.project.ProjectUpdated;
import dev.crm.domain.shared.RecordEvent;
import dev.crm.projections.support.RecordTable;
import dev.crm.projections.support.SqlValues;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code project} in step with the project events, with who sees it (owner and assignees, also copied onto
 * the project's tasks) and the organization's name. A deleted project takes any remaining tasks out of the read
 * model with it.
 */
@Component
@ProcessingGroup(ProjectProjector.GROUP)
public class ProjectProjector {

    public static final String GROUP = "projects";

    private final JdbcClient jdbc;
    private final RecordTable table;

    public ProjectProjector(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.table = new RecordTable(jdbc, "project");
    }

    @EventHandler
    void on(ProjectCreated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        insert(event, sequence, at);
    }

    /** Its tasks come back by their own restored events. */
    @EventHandler
    void on(ProjectRestored event, @SequenceNumber long sequence, @Timestamp Instant at) {
        insert(event, sequence, at);
    }

    private void insert(RecordEvent.Created<ProjectDetails> event, long sequence, Instant at) {
        Map<String, Object> extra = new HashMap<>();
        extra.put("member_ids", members(event.ownerId(), event.details()));
        extra.put("organization_name", organizationName(event.details().organizationId()));
        table.insert(event, sequence, at, extra);
    }

    @EventHandler
    void on(ProjectUpdated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Map<String, Object> extra = new HashMap<>();
        if (event.patch().touches("organizationId")) {
            extra.put(
                    "organization_name", organizationName(event.patch().values().organizationId()));
        }
        if (event.patch().touches("assigneeIds")) {
            UUID ownerId = jdbc.sql("select owner_id from project where id = :id")
                    .param("id", event.projectId())
                    .query(UUID.class)
                    .single();
            Set<UUID> members = members(ownerId, event.patch().values());
            extra.put("member_ids", members);
            jdbc.sql("update task set member_ids = :members where project_id = :id")
                    .param("members", SqlValues.uuidArray(members))
                    .param("id", event.projectId())
                    .update();
        }
        table.update(event, sequence, at, extra);
    }

    @EventHandler
    void on(ProjectDeleted event) {
        jdbc.sql("delete from task where project_id = :id")
                .param("id", event.projectId())
                .update();
        table.delete(event);
    }

    @ResetHandler
    void reset() {
        table.deleteAll();
    }

    private static Set<UUID> members(UUID ownerId, ProjectDetails details) {
        Set<UUID> members = new LinkedHashSet<>();
        members.add(ownerId);
        members.addAll(details.assigneeIds());
        return members;
    }

    private String organizationName(UUID organizationId) {
        if (organizationId == null) {
            return null;
        }
        return jdbc.sql("select name from organization where id = :id")
                .param("id", organizationId)
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
