package dev.crm.projections.project;

import dev.crm.domain.project.ProjectStatus;
import dev.crm.projections.support.Conditions;
import dev.crm.projections.support.KeysetList;
import dev.crm.projections.support.Page;
import dev.crm.projections.support.PageRequest;
import dev.crm.projections.support.RecordReads;
import dev.crm.projections.support.RowSecurity;
import dev.crm.projections.support.SortKey;
import dev.crm.projections.support.SqlValues;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the projects a user works on (owns or is assigned to). */
@Component
@Transactional(readOnly = true)
public class ProjectQueries {

    private static final String COLUMNS = """
            p.*, owner.name as owner_name,
            (select array_agg(u.id order by u.name, u.id) from app_user u where u.id = any (p.assignee_ids)) as assignee_list,
            (select array_agg(u.name order by u.name, u.id) from app_user u where u.id = any (p.assignee_ids)) as assignee_names""";
    private static final String FROM = "project p join app_user owner on owner.id = p.owner_id";

    static final RowMapper<ProjectView> ROW = (rs, n) -> new ProjectView(
            rs.getObject("id", UUID.class),
            rs.getObject("owner_id", UUID.class),
            rs.getString("owner_name"),
            rs.getString("name"),
            ProjectStatus.valueOf(rs.getString("status")),
            rs.getObject("organization_id", UUID.class),
            rs.getString("organization_name"),
            SqlValues.uuids(rs.getArray("assignee_ids")),
            people(rs),
            rs.getObject("due_date", java.time.LocalDate.class),
            rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("updated_at").toInstant(),
            rs.getLong("version"));

    private static final KeysetList<ProjectView> LIST = new KeysetList<>(
            COLUMNS,
            FROM,
            "p.id",
            List.of(
                    SortKey.text("name", "p.name_key"),
                    SortKey.rank("status", "p.status_rank"),
                    SortKey.text("organization", "p.organization_key"),
                    SortKey.date("dueDate", "p.due_key"),
                    SortKey.timestamp("createdAt", "p.created_at"),
                    SortKey.timestamp("updatedAt", "p.updated_at")),
            "name",
            "p.search_text",
            ROW);

    private final JdbcClient jdbc;
    private final RowSecurity rowSecurity;
    private final RecordReads<ProjectView> reads;

    public ProjectQueries(JdbcClient jdbc, RowSecurity rowSecurity) {
        this.jdbc = jdbc;
        this.rowSecurity = rowSecurity;
        this.reads = new RecordReads<>(jdbc, rowSecurity, LIST, ":me = any (p.member_ids)");
    }

    public Optional<ProjectView> find(UUID userId, UUID id) {
        return reads.find(userId, id);
    }

    public Page<ProjectView> list(UUID userId, PageRequest request, ProjectFilter filter) {
        return reads.list(
                userId,
                request,
                new Conditions()
                        .and("p.status = :status", "status", filter.status())
                        .andIf(filter.assignedToMe(), ":me = any (p.assignee_ids)"));
    }

    /** Ids of the project's tasks, for deleting them with the project. */
    public List<UUID> taskIds(UUID userId, UUID projectId) {
        rowSecurity.actAs(userId);
        return jdbc.sql("select id from task where project_id = :id and :me = any (member_ids)")
                .param("id", projectId)
                .param("me", userId)
                .query(UUID.class)
                .list();
    }

    private static List<Person> people(ResultSet rs) throws SQLException {
        List<Person> people = new ArrayList<>();
        Array ids = rs.getArray("assignee_list");
        Array names = rs.getArray("assignee_names");
        if (ids != null) {
            Object[] idValues = (Object[]) ids.getArray();
            Object[] nameValues = (Object[]) names.getArray();
            for (int i = 0; i < idValues.length; i++) {
                people.add(new Person((UUID) idValues[i], (String) nameValues[i]));
            }
        }
        return people;
    }
}
