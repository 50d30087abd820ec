package dev.crm.assistant.actions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crm.projections.support.RowSecurity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps what the assistant did and proposes, per conversation, each user's own (row-level security). A pending action
 * past its expiry reads as EXPIRED: no job needs to see other users' rows to expire them.
 */
@Component
public class AssistantActions {

    private final JdbcClient jdbc;
    private final RowSecurity rowSecurity;
    private final Clock clock;
    private final Duration pendingFor;
    private final ObjectMapper json;

    public AssistantActions(
            JdbcClient jdbc,
            RowSecurity rowSecurity,
            Clock clock,
            @Value("${crm.assistant.pending-actions-expire-after:PT24H}") Duration pendingFor,
            ObjectMapper json) {
        this.json = json;
        this.jdbc = jdbc;
        this.rowSecurity = rowSecurity;
        this.clock = clock;
        this.pendingFor = pendingFor;
    }

    /** A stored action with what confirming or undoing it needs. */
    public record StoredAction(
            UUID id,
            UUID conversationId,
            Verb verb,
            Status status,
            String recordType,
            UUID recordId,
            String summary,
            Long baseVersion,
            List<PendingChange> changes,
            Instant createdAt,
            Instant expiresAt) {

        public StoredAction {
            changes = changes == null ? List.of() : List.copyOf(changes);
        }

        public ChatAction view() {
            // executed actions say what they did; the others never ran
            String kind = status == Status.DONE || status == Status.UNDONE ? verb.pastTense : "PENDING";
            return new ChatAction(id, kind, status.name(), recordType, recordId, summary, createdAt, expiresAt);
        }
    }

    /**
     * One record's change in a pending action of several: the fields the model set, as an edit of the version it
     * read (so confirming merges with what others changed since, and refuses where they changed the same fields).
     */
    public record PendingChange(String recordType, UUID recordId, long version, Map<String, Object> values) {}

    public enum Verb {
        CREATE("CREATED"),
        UPDATE("UPDATED"),
        DELETE("DELETED");

        private final String pastTense;

        Verb(String pastTense) {
            this.pastTense = pastTense;
        }
    }

    public enum Status {
        DONE,
        PENDING,
        CANCELLED,
        EXPIRED,
        UNDONE
    }

    /** A change the assistant made: done, undoable. */
    @Transactional
    public StoredAction done(
            UUID userId, UUID conversationId, UUID id, Verb verb, String recordType, UUID recordId, String summary) {
        return insert(userId, conversationId, id, verb, Status.DONE, recordType, recordId, summary, null, null, null);
    }

    /** Updates of several records that wait, together, for the user's confirmation; more may be added. */
    @Transactional
    public StoredAction pendingChanges(
            UUID userId, UUID conversationId, UUID id, String summary, List<PendingChange> changes) {
        PendingChange first = changes.get(0);
        return insert(
                userId,
                conversationId,
                id,
                Verb.UPDATE,
                Status.PENDING,
                first.recordType(),
                first.recordId(),
                summary,
                null,
                changes,
                clock.instant().plus(pendingFor));
    }

    /** The changes of a pending action, with its summary, as they now are; only while it is still pending. */
    @Transactional
    public StoredAction setChanges(UUID userId, UUID id, String summary, List<PendingChange> changes) {
        rowSecurity.actAs(userId);
        jdbc.sql("""
                        update assistant_action set changes = cast(:changes as jsonb), summary = :summary
                        where id = :id and owner_id = :me and status = 'PENDING'""")
                .param("changes", toJson(changes))
                .param("summary", shorter(summary))
                .param("id", id)
                .param("me", userId)
                .update();
        return find(userId, id).orElseThrow();
    }

    /** A change that waits for the user's confirmation, on the record as they were shown it. */
    @Transactional
    public StoredAction pending(
            UUID userId,
            UUID conversationId,
            UUID id,
            Verb verb,
            String recordType,
            UUID recordId,
            String summary,
            long baseVersion) {
        return insert(
                userId,
                conversationId,
                id,
                verb,
                Status.PENDING,
                recordType,
                recordId,
                summary,
                baseVersion,
                null,
                clock.instant().plus(pendingFor));
    }

    @Transactional(readOnly = true)
    public Optional<StoredAction> find(UUID userId, UUID id) {
        rowSecurity.actAs(userId);
        return jdbc.sql("select * from assistant_action where id = :id and owner_id = :me")
                .param("id", id)
                .param("me", userId)
                .query(this::read)
                .optional();
    }

    @Transactional(readOnly = true)
    public List<StoredAction> ofConversation(UUID userId, UUID conversationId) {
        rowSecurity.actAs(userId);
        return jdbc.sql("""
                        select * from assistant_action where conversation_id = :conversation and owner_id = :me
                        order by created_at, id""")
                .param("conversation", conversationId)
                .param("me", userId)
                .query(this::read)
                .list();
    }

    /**
     * Moves an action on from the status it was read in; false when someone (another tab) moved it first.
     *
     * @param undoActionId the action that undid this one, for UNDONE
     */
    @Transactional
    public boolean decide(UUID userId, UUID id, Status from, Status to, UUID undoActionId) {
        rowSecurity.actAs(userId);
        return jdbc.sql("""
                                update assistant_action set status = :to, decided_at = :now, undo_action_id = :undo
                                where id = :id and owner_id = :me and status = :from""")
                        .param("to", to.name())
                        .param("now", Timestamp.from(clock.instant()))
                        .param("undo", undoActionId)
                        .param("id", id)
                        .param("me", userId)
                        .param("from", from.name())
                        .update()
                == 1;
    }

    private StoredAction insert(
            UUID userId,
            UUID conversationId,
            UUID id,
            Verb verb,
            Status status,
            String recordType,
            UUID recordId,
            String summary,
            Long baseVersion,
            List<PendingChange> changes,
            Instant expiresAt) {
        rowSecurity.actAs(userId);
        Instant now = clock.instant();
        String shortSummary = shorter(summary);
        jdbc.sql("""
                        insert into assistant_action (id, owner_id, conversation_id, verb, status, record_type,
                                                      record_id, summary, base_version, changes, created_at,
                                                      expires_at)
                        values (:id, :me, :conversation, :verb, :status, :type, :record, :summary, :base,
                                cast(:changes as jsonb), :now, :expires)""")
                .param("id", id)
                .param("me", userId)
                .param("conversation", conversationId)
                .param("verb", verb.name())
                .param("status", status.name())
                .param("type", recordType)
                .param("record", recordId)
                .param("summary", shortSummary)
                .param("base", baseVersion)
                .param("changes", changes == null ? null : toJson(changes))
                .param("now", Timestamp.from(now))
                .param("expires", expiresAt == null ? null : Timestamp.from(expiresAt))
                .update();
        return new StoredAction(
                id,
                conversationId,
                verb,
                status,
                recordType,
                recordId,
                shortSummary,
                baseVersion,
                changes,
                now,
                expiresAt);
    }

    private static String shorter(String summary) {
        return summary.length() <= 500 ? summary : summary.substring(0, 499) + "…";
    }

    private String toJson(List<PendingChange> changes) {
        try {
            return json.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("pending changes are plain values", e);
        }
    }

    private List<PendingChange> changesOf(String text) {
        if (text == null) {
            return List.of();
        }
        try {
            return json.readValue(text, new TypeReference<List<PendingChange>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable pending changes", e);
        }
    }

    private StoredAction read(ResultSet rs, int row) throws SQLException {
        Status status = Status.valueOf(rs.getString("status"));
        Timestamp expires = rs.getTimestamp("expires_at");
        if (status == Status.PENDING && expires != null && !expires.toInstant().isAfter(clock.instant())) {
            status = Status.EXPIRED;
        }
        long base = rs.getLong("base_version");
        return new StoredAction(
                rs.getObject("id", UUID.class),
                rs.getObject("conversation_id", UUID.class),
                Verb.valueOf(rs.getString("verb")),
                status,
                rs.getString("record_type"),
                rs.getObject("record_id", UUID.class),
                rs.getString("summary"),
                rs.wasNull() ? null : base,
                changesOf(rs.getString("changes")),
                rs.getTimestamp("created_at").toInstant(),
                expires == null ? null : expires.toInstant());
    }
}
