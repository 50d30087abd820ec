package dev.crm.projections.task;

import dev.crm.domain.shared.RecordEvent;
import dev.crm.domain.task.TaskCreated;
import dev.crm.domain.task.TaskDeleted;
import dev.crm.domain.task.TaskDetails;
import dev.crm.domain.task.TaskRestored;
import dev.crm.domain.task.TaskUpdated;
import dev.crm.projections.support.RecordTable;
import java.time.Instant;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps {@code task} in step with the task events; a task is seen by whoever sees its project. */
@Component
@ProcessingGroup(TaskProjector.GROUP)
public class TaskProjector {

    public static final String GROUP = "tasks";

    private final JdbcClient jdbc;
    private final RecordTable table;

    public TaskProjector(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.table = new RecordTable(jdbc, "task");
    }

    @EventHandler
    void on(TaskCreated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        insert(event, sequence, at);
    }

    @EventHandler
    void on(TaskRestored event, @SequenceNumber long sequence, @Timestamp Instant at) {
        insert(event, sequence, at);
    }

    private void insert(RecordEvent.Created<TaskDetails> event, long sequence, Instant at) {
        Object members = jdbc.sql("select member_ids from project where id = :id")
                .param("id", event.parentId())
                .query((rs, n) -> dev.crm.projections.support.SqlValues.uuids(rs.getArray(1)))
                .single();
        table.insert(event, sequence, at, Map.of("project_id", event.parentId(), "member_ids", members));
    }

    @EventHandler
    void on(TaskUpdated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        table.update(event, sequence, at);
    }

    @EventHandler
    void on(TaskDeleted event) {
        table.delete(event);
    }

    @ResetHandler
    void reset() {
        table.deleteAll();
    }
}
