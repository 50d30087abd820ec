package dev.crm.projections.support;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The two reads every record's queries share, written once: one record by id, and a keyset page of records. Both
 * see only what the acting user may: the query says so itself ({@code visibleTo}) and row-level security is set to
 * the same user, so the two checks always agree. Call from a transaction (the queries class's).
 *
 * @param <T> how a record is read
 */
public final class RecordReads<T> {

    private final JdbcClient jdbc;
    private final RowSecurity rowSecurity;
    private final KeysetList<T> list;
    private final String visibleTo;

    /**
     * @param list      the table (or join), its columns, sort keys and row mapper
     * @param visibleTo the condition a row the user may see meets, the user being {@code :me}
     *                  (e.g. {@code owner_id = :me})
     */
    public RecordReads(JdbcClient jdbc, RowSecurity rowSecurity, KeysetList<T> list, String visibleTo) {
        this.jdbc = jdbc;
        this.rowSecurity = rowSecurity;
        this.list = list;
        this.visibleTo = visibleTo;
    }

    public Optional<T> find(UUID userId, UUID id) {
        rowSecurity.actAs(userId);
        return jdbc.sql("select " + list.columns() + " from " + list.from() + " where " + list.idColumn()
                        + " = :id and " + visibleTo)
                .param("id", id)
                .param("me", userId)
                .query(list.mapper())
                .optional();
    }

    public Page<T> list(UUID userId, PageRequest request) {
        return list(userId, request, new Conditions());
    }

    /** @param filters narrow the list further; they may refer to the user as {@code :me} too */
    public Page<T> list(UUID userId, PageRequest request, Conditions filters) {
        rowSecurity.actAs(userId);
        Map<String, Object> params = new HashMap<>(filters.params());
        params.put("me", userId);
        return list.fetch(jdbc, request, visibleTo + filters.sql(), params);
    }
}
