package dev.crm.projections.support;

import dev.crm.domain.shared.RecordEvent;
import dev.crm.domain.shared.Records;
import dev.crm.domain.shared.Versions;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps one read-model table in step with a record's life-cycle events, written once for all entities: a column
 * per details field (camelCase field → snake_case column) plus id, owner_id, created_at, updated_at, version.
 */
public final class RecordTable {

    private final JdbcClient jdbc;
    private final String table;

    public RecordTable(JdbcClient jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    public void insert(RecordEvent.Created<?> event, long sequence, Instant at) {
        insert(event, sequence, at, Map.of());
    }

    /** @param extra columns beyond the record's fields (denormalized or derived values), by column name */
    public void insert(RecordEvent.Created<?> event, long sequence, Instant at, Map<String, Object> extra) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("id", event.recordId());
        columns.put("owner_id", event.ownerId());
        Records.toMap(event.details())
                .forEach((field, value) -> columns.put(column(field), SqlValues.parameter(value)));
        // a restored record keeps its first creation time
        columns.put(
                "created_at", timestamp(event instanceof RecordEvent.Restored<?> restored ? restored.createdAt() : at));
        columns.put("updated_at", timestamp(at));
        columns.put("version", Versions.fromSequence(sequence));
        extra.forEach((column, value) -> columns.put(column, SqlValues.parameter(value)));
        String names = String.join(", ", columns.keySet());
        String values = columns.keySet().stream().map(c -> ":" + c).collect(Collectors.joining(", "));
        jdbc.sql("insert into " + table + " (" + names + ") values (" + values + ") on conflict (id) do nothing")
                .params(columns)
                .update();
    }

    public void update(RecordEvent.Updated<?> event, long sequence, Instant at) {
        update(event, sequence, at, Map.of());
    }

    /** @param extra columns beyond the record's fields (denormalized or derived values), by column name */
    public void update(RecordEvent.Updated<?> event, long sequence, Instant at, Map<String, Object> extra) {
        Map<String, Object> columns = new LinkedHashMap<>();
        event.patch().changes().forEach((field, value) -> columns.put(column(field), SqlValues.parameter(value)));
        columns.put("updated_at", timestamp(at));
        columns.put("version", Versions.fromSequence(sequence));
        extra.forEach((column, value) -> columns.put(column, SqlValues.parameter(value)));
        String assignments = columns.keySet().stream().map(c -> c + " = :" + c).collect(Collectors.joining(", "));
        Map<String, Object> params = new LinkedHashMap<>(columns);
        params.put("id", event.recordId());
        // "version <" makes a replayed or duplicate event a no-op
        jdbc.sql("update " + table + " set " + assignments + " where id = :id and version < :version")
                .params(params)
                .update();
    }

    public void delete(RecordEvent.Deleted event) {
        jdbc.sql("delete from " + table + " where id = :id")
                .param("id", event.recordId())
                .update();
    }

    /** Empties the table, for a replay that rebuilds it from the first event. */
    public void deleteAll() {
        jdbc.sql("delete from " + table).update();
    }

    public static String column(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }

    /** Event time as the event store keeps it (milliseconds), so a rebuilt read model equals the live one. */
    public static OffsetDateTime timestamp(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
    }
}
