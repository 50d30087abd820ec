package dev.crm.projections.task;

import dev.crm.domain.task.TaskPriority;
import dev.crm.domain.task.TaskStatus;
import dev.crm.projections.support.Conditions;
import dev.crm.projections.support.KeysetList;
import dev.crm.projections.support.Page;
import dev.crm.projections.support.PageRequest;
import dev.crm.projections.support.RecordReads;
import dev.crm.projections.support.RowSecurity;
import dev.crm.projections.support.SortKey;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the tasks of the projects a user works on. */
@Component
@Transactional(readOnly = true)
public class TaskQueries {

    private static final String COLUMNS = "t.*, p.name as project_name, u.name as assignee_name";
    private static final String FROM =
            "task t join project p on p.id = t.project_id left join app_user u on u.id = t.assignee_id";

    static final RowMapper<TaskView> ROW = (rs, n) -> new TaskView(
            rs.getObject("id", UUID.class),
            rs.getObject("project_id", UUID.class),
            rs.getString("project_name"),
            rs.getString("name"),
            TaskStatus.valueOf(rs.getString("status")),
            TaskPriority.valueOf(rs.getString("priority")),
            rs.getObject("assignee_id", UUID.class),
            rs.getString("assignee_name"),
            rs.getObject("due_date", java.time.LocalDate.class),
            rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("updated_at").toInstant(),
            rs.getLong("version"));

    private static final KeysetList<TaskView> LIST = new KeysetList<>(
            COLUMNS,
            FROM,
            "t.id",
            List.of(
                    SortKey.text("name", "t.name_key"),
                    SortKey.rank("status", "t.status_rank"),
                    SortKey.rank("priority", "t.priority_rank"),
                    SortKey.joinedText("project", "p.name"),
                    SortKey.joinedText("assignee", "u.name"),
                    SortKey.date("dueDate", "t.due_key"),
                    SortKey.timestamp("createdAt", "t.created_at"),
                    SortKey.timestamp("updatedAt", "t.updated_at")),
            "dueDate",
            "t.search_text",
            ROW);

    private final RecordReads<TaskView> reads;

    public TaskQueries(JdbcClient jdbc, RowSecurity rowSecurity) {
        this.reads = new RecordReads<>(jdbc, rowSecurity, LIST, ":me = any (t.member_ids)");
    }

    public Optional<TaskView> find(UUID userId, UUID id) {
        return reads.find(userId, id);
    }

    public Page<TaskView> list(UUID userId, PageRequest request, TaskFilter filter) {
        Conditions filters = new Conditions()
                .and("t.project_id = :projectId", "projectId", filter.projectId())
                .and("t.status = :status", "status", filter.status())
                .and("t.priority = :priority", "priority", filter.priority())
                .and("t.assignee_id = :assigneeId", "assigneeId", filter.assigneeId())
                .and("t.due_date < :overdueOn and t.status <> 'DONE'", "overdueOn", filter.overdueOn());
        if (filter.dueFrom() != null && filter.dueUntil() != null) {
            filters.and("t.due_date >= :dueFrom", "dueFrom", filter.dueFrom())
                    .and("t.due_date <= :dueUntil", "dueUntil", filter.dueUntil());
        }
        return reads.list(userId, request, filters);
    }
}
