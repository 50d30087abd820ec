package dev.crm.projections.organization;

import dev.crm.domain.organization.OrganizationCreated;
import dev.crm.domain.organization.OrganizationDeleted;
import dev.crm.domain.organization.OrganizationRestored;
import dev.crm.domain.organization.OrganizationUpdated;
import dev.crm.projections.support.RecordTable;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps the {@code organization} table, and the organization names shown on projects, in step with the events. */
@Component
@ProcessingGroup(OrganizationProjector.GROUP)
public class OrganizationProjector {

    public static final String GROUP = "organizations";

    private final JdbcClient jdbc;
    private final RecordTable table;

    public OrganizationProjector(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.table = new RecordTable(jdbc, "organization");
    }

    @EventHandler
    void on(OrganizationCreated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        table.insert(event, sequence, at);
    }

    @EventHandler
    void on(OrganizationRestored event, @SequenceNumber long sequence, @Timestamp Instant at) {
        table.insert(event, sequence, at);
    }

    @EventHandler
    void on(OrganizationUpdated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        table.update(event, sequence, at);
        if (event.patch().touches("name")) {
            jdbc.sql("update project set organization_name = :name where organization_id = :id")
                    .param("name", event.patch().values().name())
                    .param("id", event.organizationId())
                    .update();
        }
    }

    @EventHandler
    void on(OrganizationDeleted event) {
        table.delete(event);
    }

    @ResetHandler
    void reset() {
        table.deleteAll();
    }
}
