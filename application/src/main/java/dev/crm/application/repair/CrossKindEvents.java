package dev.crm.application.repair;

import dev.crm.application.shared.ProjectionRebuild;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds and removes events that an older version let one record kind append to another kind's stream (a
 * {@code ContactDeleted} in a task's stream, sent as {@code DELETE /api/contacts/{taskId}}). Such events are always the
 * tail of the stream: the first one made the record unusable for its own kind. Aggregates now ignore them, but the
 * record cannot take a new event until they are gone, because their sequence numbers are taken. Removing them and
 * rebuilding the read models and the audit trail restores the record as its owner left it.
 *
 * <p>Works on the event store as the schema owner (the migrations' role), not as the role that serves requests.
 */
@Component
public class CrossKindEvents {

    private static final Logger log = LoggerFactory.getLogger(CrossKindEvents.class);

    private static final String FOREIGN = """
            from domain_event_entry event
            join domain_event_entry first
              on first.aggregate_identifier = event.aggregate_identifier and first.sequence_number = 0
            where event.type <> first.type""";

    private final DataSource ownerDataSource;
    private final ProjectionRebuild rebuild;

    public CrossKindEvents(Flyway flyway, ProjectionRebuild rebuild) {
        this.ownerDataSource = flyway.getConfiguration().getDataSource();
        this.rebuild = rebuild;
    }

    /** An event of {@code foreignKind} in the stream of a {@code kind} record. */
    public record ForeignEvent(
            String recordId, String kind, long sequenceNumber, String foreignKind, String payloadType) {}

    public List<ForeignEvent> find() {
        return JdbcClient.create(ownerDataSource)
                .sql("""
                        select event.aggregate_identifier, first.type, event.sequence_number, event.type,
                               event.payload_type
                        """ + FOREIGN + " order by event.aggregate_identifier, event.sequence_number")
                .query((row, i) -> new ForeignEvent(
                        row.getString(1), row.getString(2), row.getLong(3), row.getString(4), row.getString(5)))
                .list();
    }

    /**
     * Deletes every foreign event in one transaction, then rebuilds every projection from the cleaned store. Run it
     * while the app handles no commands (it is a start-up command, see README).
     *
     * @return the events removed
     */
    public List<ForeignEvent> repair() {
        List<ForeignEvent> found = find();
        if (found.isEmpty()) {
            log.info("Event store: no stream holds events of two record kinds");
            return found;
        }
        found.forEach(event -> log.warn(
                "Removing {} #{} ({}) from the stream of {} {}",
                event.foreignKind(),
                event.sequenceNumber(),
                event.payloadType(),
                event.kind(),
                event.recordId()));
        new TransactionTemplate(new DataSourceTransactionManager(ownerDataSource)).executeWithoutResult(status -> {
            int removed =
                    JdbcClient.create(ownerDataSource).sql("""
                    delete from domain_event_entry where global_index in (select event.global_index
                    """ + FOREIGN + ")").update();
            log.warn("Removed {} events of another record kind from the event store", removed);
        });
        rebuild.rebuildAll();
        return found;
    }
}
