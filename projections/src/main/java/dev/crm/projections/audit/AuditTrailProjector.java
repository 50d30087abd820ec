package dev.crm.projections.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.RecordEvent;
import dev.crm.domain.shared.Records;
import dev.crm.domain.shared.Shared;
import dev.crm.domain.shared.Versions;
import dev.crm.projections.support.RecordTable;
import dev.crm.projections.support.SqlValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit trail of every record, for every entity at once: each event becomes one entry with its actor,
 * channel and the fields it changed, old → new. Beside it, per record, the last known state (so old values need no
 * replay) and who may read the history: the owner, those it is shared with, and for a child record (a task) whoever
 * sees its parent.
 */
@Component
@ProcessingGroup(AuditTrailProjector.GROUP)
public class AuditTrailProjector {

    public static final String GROUP = "audit";
    private static final TypeReference<Map<String, Object>> STATE = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public AuditTrailProjector(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(RecordEvent event, EventMessage<?> message) {
        StoredState stored =
                event instanceof RecordEvent.Created<?> created ? initialState(created) : state(event.recordId());
        Map<String, Object> after = new LinkedHashMap<>(stored.values());
        Set<UUID> visibleTo = stored.visibleTo();
        if (event instanceof RecordEvent.Created<?> created) {
            after.putAll(plain(Records.toMap(created.details())));
        } else if (event instanceof RecordEvent.Updated<?> updated) {
            after.putAll(plain(updated.patch().changes()));
            if (updated.patch().values() instanceof Shared shared
                    && updated.patch().touches(Shared.SHARED_WITH_FIELD)) {
                visibleTo = visibility(stored.ownerId(), shared, null);
                jdbc.sql("update audit_state set visible_to = :visible where parent_id = :id")
                        .param("visible", SqlValues.uuidArray(visibleTo))
                        .param("id", event.recordId())
                        .update();
            }
        } else {
            after.replaceAll((field, value) -> null);
        }

        // the state first: the entry's row-level policy looks for it
        jdbc.sql("""
                        insert into audit_state (record_id, owner_id, parent_id, visible_to, state)
                        values (:id, :owner, :parent, :visible, cast(:state as jsonb))
                        on conflict (record_id) do update set visible_to = excluded.visible_to, state = excluded.state""")
                .param("id", event.recordId())
                .param("owner", stored.ownerId())
                .param("parent", stored.parentId())
                .param("visible", SqlValues.uuidArray(visibleTo))
                .param("state", write(after))
                .update();
        DomainEventMessage<?> domainMessage = (DomainEventMessage<?>) message;
        Actor actor = Actor.from(message.getMetaData());
        jdbc.sql("""
                        insert into audit_entry (record_type, record_id, version, occurred_at, actor_id, channel,
                                                 conversation_id, action_id, event_type, changes)
                        values (:type, :id, :version, :at, :actor, :channel, :conversation, :action, :eventType,
                                cast(:changes as jsonb))
                        on conflict (record_id, version) do nothing""")
                .param("type", domainMessage.getType())
                .param("id", event.recordId())
                .param("version", Versions.fromSequence(domainMessage.getSequenceNumber()))
                .param("at", RecordTable.timestamp(message.getTimestamp()))
                .param("actor", actor.userId())
                .param("channel", actor.channel().code())
                .param("conversation", actor.conversationId())
                .param("action", actor.actionId())
                .param("eventType", event.getClass().getSimpleName())
                .param("changes", write(changes(stored.values(), after)))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from audit_entry").update();
        jdbc.sql("delete from audit_state").update();
    }

    private StoredState initialState(RecordEvent.Created<?> created) {
        Shared shared = created.details() instanceof Shared s ? s : null;
        return new StoredState(
                created.ownerId(),
                created.parentId(),
                visibility(created.ownerId(), shared, created.parentId()),
                Map.of());
    }

    private Set<UUID> visibility(UUID ownerId, Shared shared, UUID parentId) {
        Set<UUID> visible = new LinkedHashSet<>();
        visible.add(ownerId);
        if (shared != null) {
            visible.addAll(shared.sharedWith());
        }
        if (parentId != null) {
            visible.addAll(state(parentId).visibleTo());
        }
        return visible;
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
        return jdbc.sql("select owner_id, parent_id, visible_to, state::text from audit_state where record_id = :id")
                .param("id", recordId)
                .query((rs, n) -> new StoredState(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        SqlValues.uuids(rs.getArray(3)),
                        read(rs.getString(4))))
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

    private record StoredState(UUID ownerId, UUID parentId, Set<UUID> visibleTo, Map<String, Object> values) {}
}
