package dev.crm.projections.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.RecordEvent;
import dev.crm.domain.shared.Records;
import dev.crm.domain.shared.Versions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit trail of every record, for every entity at once: each event becomes one entry with its actor,
 * channel and the fields it changed, old → new. The record's last known state is kept beside it so old values
 * need no replay.
 */
@Component
@ProcessingGroup(AuditTrailProjector.GROUP)
public class AuditTrailProjector {

    public static final String GROUP = "audit";
    private static final TypeReference<Map<String, Object>> STATE = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public AuditTrailProjector(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(RecordEvent event, EventMessage<?> message) {
        DomainEventMessage<?> domainMessage = (DomainEventMessage<?>) message;
        Map<String, Object> before = new LinkedHashMap<>();
        UUID ownerId;
        if (event instanceof RecordEvent.Created<?> created) {
            ownerId = created.ownerId();
        } else {
            StoredState stored = state(event.recordId());
            ownerId = stored.ownerId();
            before.putAll(stored.values());
        }
        Map<String, Object> after = new LinkedHashMap<>(before);
        if (event instanceof RecordEvent.Created<?> created) {
            after.putAll(plain(Records.toMap(created.details())));
        } else if (event instanceof RecordEvent.Updated<?> updated) {
            after.putAll(plain(updated.patch().changes()));
        } else {
            after.replaceAll((field, value) -> null);
        }

        Actor actor = Actor.from(message.getMetaData());
        jdbc.sql("""
                        insert into audit_entry (record_type, record_id, owner_id, version, occurred_at, actor_id,
                                                 channel, conversation_id, event_type, changes)
                        values (:type, :id, :owner, :version, :at, :actor, :channel, :conversation, :eventType,
                                cast(:changes as jsonb))
                        on conflict (record_id, version) do nothing""")
                .param("type", domainMessage.getType())
                .param("id", event.recordId())
                .param("owner", ownerId)
                .param("version", Versions.fromSequence(domainMessage.getSequenceNumber()))
                .param("at", java.sql.Timestamp.from(message.getTimestamp()))
                .param("actor", actor.userId())
                .param("channel", actor.channel().code())
                .param("conversation", actor.conversationId())
                .param("eventType", event.getClass().getSimpleName())
                .param("changes", write(changes(before, after)))
                .update();
        jdbc.sql("""
                        insert into audit_state (record_id, owner_id, state) values (:id, :owner, cast(:state as jsonb))
                        on conflict (record_id) do update set state = excluded.state""")
                .param("id", event.recordId()).param("owner", ownerId).param("state", write(after)).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from audit_entry").update();
        jdbc.sql("delete from audit_state").update();
    }

    private static List<FieldChange> changes(Map<String, Object> before, Map<String, Object> after) {
        List<FieldChange> changes = new ArrayList<>();
        after.forEach((field, value) -> {
            Object old = before.get(field);
            if (!Objects.equals(old, value)) {
                changes.add(new FieldChange(field, old, value));
            }
        });
        return changes;
    }

    /** Field values as JSON would hold them, so stored and fresh values compare equal. */
    private Map<String, Object> plain(Map<String, Object> values) {
        return json.convertValue(values, STATE);
    }

    private StoredState state(UUID recordId) {
        return jdbc.sql("select owner_id, state::text from audit_state where record_id = :id").param("id", recordId)
                .query((rs, n) -> new StoredState(rs.getObject(1, UUID.class), read(rs.getString(2))))
                .optional()
                .orElseThrow(() -> new IllegalStateException("no audit state for " + recordId));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> read(String value) {
        try {
            return json.readValue(value, STATE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private record StoredState(UUID ownerId, Map<String, Object> values) {
    }
}
