package dev.crm.projections.support;

import dev.crm.domain.shared.InvalidInputException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keyset pagination over one read-model table, written once for every list: a stable order (sort key, then id),
 * a cursor instead of an offset so deep pages cost what the first does, optional filters and trigram search.
 *
 * @param columns    what the mapper reads ({@code *} for one table)
 * @param from       table (or join)
 * @param searchText lower-case expression matched by {@code q} (backed by a pg_trgm index), or null if not searchable
 */
public record KeysetList<T>(
        String columns,
        String from,
        String idColumn,
        List<SortKey> sortKeys,
        String defaultSort,
        String searchText,
        RowMapper<T> mapper) {

    public KeysetList {
        sortKeys = List.copyOf(sortKeys);
    }

    /**
     * @param where  conditions that always apply (owner or visibility filter first), joined with {@code and}
     * @param params their named parameters
     */
    public Page<T> fetch(JdbcClient jdbc, PageRequest request, String where, Map<String, ?> params) {
        String sort = request.sort() == null ? defaultSort : request.sort();
        boolean descending = sort.startsWith("-");
        SortKey key = sortKey(descending ? sort.substring(1) : sort);

        Map<String, Object> args = new HashMap<>(params);
        List<String> conditions = new ArrayList<>(List.of(where));
        if (request.q() != null) {
            if (searchText == null) {
                throw InvalidInputException.of("q", "This list cannot be searched");
            }
            // the search text is stored lower-case: LIKE against the lower-cased word matches what ILIKE would,
            // without case-folding every row it looks at
            conditions.add(searchText + " like lower(:q)");
            args.put("q", "%" + escapeLike(request.q()) + "%");
            // A prepared statement turns generic after five runs, and a generic plan cannot see the search word: it
            // walks the sort index filtering every row (4 s at a million rows for a rare word) instead of asking
            // the trigram index. Searches are planned for their word, in this transaction only.
            jdbc.sql("select set_config('plan_cache_mode', 'force_custom_plan', true)")
                    .query(String.class)
                    .single();
        }
        if (request.cursor() != null) {
            Cursor cursor = Cursor.decode(request.cursor());
            if (!cursor.sort().equals(sort)) {
                throw InvalidInputException.of("cursor", "The cursor belongs to another sort order");
            }
            // (key, id) after the cursor, spelled out: a row comparison is not leakproof and would keep the index out
            String after = descending ? "<" : ">";
            String value = "cast(:cursorValue as " + key.sqlType() + ")";
            conditions.add(key.expression() + " " + after + "= " + value + " and (" + key.expression() + " " + after
                    + " " + value + " or " + idColumn + " " + after + " :cursorId)");
            args.put("cursorValue", cursor.value());
            args.put("cursorId", cursor.id());
        }
        String direction = descending ? " desc" : " asc";
        String sql = "select " + columns + ", " + key.expression() + "::text as keyset_value, " + idColumn
                + " as keyset_id from " + from
                + " where " + String.join(" and ", conditions)
                + " order by " + key.expression() + direction + ", " + idColumn + direction
                + " limit " + (request.limit() + 1);

        List<Row<T>> rows = jdbc.sql(sql)
                .params(args)
                .query((rs, n) -> new Row<>(mapper.mapRow(rs, n), keyOf(rs)))
                .list();
        String next = null;
        if (rows.size() > request.limit()) {
            Row<T> last = rows.get(request.limit() - 1);
            next = new Cursor(sort, last.key().value(), last.key().id()).encode();
            rows = rows.subList(0, request.limit());
        }
        return new Page<>(rows.stream().map(Row::item).toList(), next);
    }

    public List<String> sortNames() {
        return sortKeys.stream().map(SortKey::name).toList();
    }

    private SortKey sortKey(String name) {
        return sortKeys.stream()
                .filter(k -> k.name().equals(name))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of(
                        "sort",
                        "Must be one of " + sortKeys.stream().map(SortKey::name).collect(Collectors.joining(", "))
                                + ", optionally prefixed with -"));
    }

    private Cursor keyOf(ResultSet rs) throws SQLException {
        return new Cursor(null, rs.getString("keyset_value"), rs.getObject("keyset_id", UUID.class));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private record Row<T>(T item, Cursor key) {}
}
