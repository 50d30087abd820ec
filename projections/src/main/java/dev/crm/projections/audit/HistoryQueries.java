package dev.crm.projections.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crm.projections.support.RowSecurity;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit trail of one record, for a user who may see it. */
@Component
@Transactional(readOnly = true)
public class HistoryQueries {

    private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final RowSecurity rowSecurity;
    private final ObjectMapper json;

    public HistoryQueries(JdbcClient jdbc, RowSecurity rowSecurity, ObjectMapper json) {
        this.jdbc = jdbc;
        this.rowSecurity = rowSecurity;
        this.json = json;
    }

    /** @return the changes oldest first; empty when the record does not exist for this user */
    public List<HistoryEntry> of(UUID userId, String recordType, UUID recordId) {
        rowSecurity.actAs(userId);
        return jdbc.sql("""
                        select a.version, a.occurred_at, a.actor_id, u.name as actor_name, a.channel, a.conversation_id,
                               a.action_id,
                               a.event_type, a.changes::text as changes
                        from audit_entry a left join app_user u on u.id = a.actor_id
                        where a.record_id = :id and a.record_type = :type
                          and exists (select 1 from audit_state s where s.record_id = a.record_id
                                                                    and :user = any (s.visible_to))
                        order by a.version""")
                .param("id", recordId)
                .param("type", recordType)
                .param("user", userId)
                .query((rs, n) -> new HistoryEntry(
                        rs.getLong("version"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getObject("actor_id", UUID.class),
                        rs.getString("actor_name"),
                        rs.getString("channel"),
                        rs.getString("conversation_id"),
                        rs.getObject("action_id", UUID.class),
                        rs.getString("event_type"),
                        read(rs.getString("changes"))))
                .list();
    }

    /** @return the changes one user action made, in the order they were made, as far as this user may see them */
    public List<ActionChange> ofAction(UUID userId, UUID actionId) {
        rowSecurity.actAs(userId);
        return jdbc.sql("""
                        select a.record_type, a.record_id, a.version, a.event_type, a.changes::text as changes
                        from audit_entry a
                        where a.action_id = :action
                          and exists (select 1 from audit_state s where s.record_id = a.record_id
                                                                    and :user = any (s.visible_to))
                        order by a.id""")
                .param("action", actionId)
                .param("user", userId)
                .query((rs, n) -> new ActionChange(
                        rs.getString("record_type"),
                        rs.getObject("record_id", UUID.class),
                        rs.getLong("version"),
                        rs.getString("event_type"),
                        read(rs.getString("changes"))))
                .list();
    }

    private List<FieldChange> read(String changes) {
        try {
            return json.readValue(changes, CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
