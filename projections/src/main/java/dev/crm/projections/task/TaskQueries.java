package dev.crm.projections.task;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.crm.domain.task.TaskPriority;
import dev.crm.domain.task.TaskStatus;
import dev.crm.projections.support.KeysetList;
import dev.crm.projections.support.Page;
import dev.crm.projections.support.PageRequest;
import dev.crm.projections.support.RowSecurity;
import dev.crm.projections.support.SortKey;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the tasks of the projects a user works on. */
@Component
@Transactional(readOnly = true)
public class TaskQueries {

    private static final String COLUMNS = "t.*, p.name as project_name, u.name as assignee_name";
    private static final String FROM = "task t join project p on p.id = t.project_id left join app_user u on u.id = t.assignee_id";

    static final RowMapper<TaskView> ROW = (rs, n) -> new TaskView(
            rs.getObject("id", UUID.class), rs.getObject("project_id", UUID.class), rs.getString("project_name"),
            rs.getString("name"), TaskStatus.valueOf(rs.getString("status")),
            TaskPriority.valueOf(rs.getString("priority")), rs.getObject("assignee_id", UUID.class),
            rs.getString("assignee_name"), rs.getObject("due_date", java.time.LocalDate.class),
            rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));

    private static final KeysetList<TaskView> LIST = new KeysetList<>(COLUMNS, FROM, "t.id", List.of(
            SortKey.text("name", "t.name_key"),
            SortKey.rank("status", "t.status_rank"),
            SortKey.rank("priority", "t.priority_rank"),
            SortKey.joinedText("project", "p.name"),
            SortKey.joinedText("assignee", "u.name"),
            SortKey.date("dueDate", "t.due_key"),
            SortKey.timestamp("createdAt", "t.created_at"),
            SortKey.timestamp("updatedAt", "t.updated_at")),
            "dueDate", "t.search_text", ROW);

    private final JdbcClient jdbc;
    private final RowSecurity rowSecurity;

    public TaskQueries(JdbcClient jdbc, RowSecurity rowSecurity) {
        this.jdbc = jdbc;
        this.rowSecurity = rowSecurity;
    }

    public Optional<TaskView> find(UUID userId, UUID id) {
        rowSecurity.actAs(userId);
        return jdbc.sql("select " + COLUMNS + " from " + FROM + " where t.id = :id and :me = any (t.member_ids)")
                .param("id", id).param("me", userId).query(ROW).optional();
    }

    public Page<TaskView> list(UUID userId, PageRequest request, TaskFilter filter) {
        rowSecurity.actAs(userId);
        StringBuilder where = new StringBuilder(":me = any (t.member_ids)");
        Map<String, Object> params = new HashMap<>(Map.of("me", userId));
        condition(where, params, "t.project_id = :projectId", "projectId", filter.projectId());
        condition(where, params, "t.status = :status", "status", filter.status() == null ? null : filter.status().name());
        condition(where, params, "t.priority = :priority", "priority",
                filter.priority() == null ? null : filter.priority().name());
        condition(where, params, "t.assignee_id = :assigneeId", "assigneeId", filter.assigneeId());
        condition(where, params, "t.due_date < :overdueOn and t.status <> 'DONE'", "overdueOn", filter.overdueOn());
        if (filter.dueFrom() != null && filter.dueUntil() != null) {
            condition(where, params, "t.due_date >= :dueFrom", "dueFrom", filter.dueFrom());
            condition(where, params, "t.due_date <= :dueUntil", "dueUntil", filter.dueUntil());
        }
        return LIST.fetch(jdbc, request, where.toString(), params);
    }

    private static void condition(StringBuilder where, Map<String, Object> params, String sql, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(sql);
            params.put(name, value);
        }
    }
}
