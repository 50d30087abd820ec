package dev.crm.projections.support;

/**
 * A sortable column as the API names it, the SQL that orders it (never null) and the SQL type its cursor value is
 * cast back to. For an index to serve the order under row-level security the key must be a plain column (a stored
 * generated one such as {@code name_key}): PostgreSQL only lets leakproof comparisons of plain columns past a
 * security policy into an index scan.
 */
public record SortKey(String name, String expression, String sqlType) {

    /** A stored, lower-cased, never-null text key column (e.g. {@code name_key}). */
    public static SortKey text(String name, String keyColumn) {
        return new SortKey(name, keyColumn, "text");
    }

    public static SortKey timestamp(String name, String column) {
        return new SortKey(name, column, "timestamptz");
    }

    /** A stored, never-null date key column (a missing date stored as 'infinity', so it sorts last). */
    public static SortKey date(String name, String keyColumn) {
        return new SortKey(name, keyColumn, "date");
    }

    /** A stored rank column of an enum (e.g. priority LOW=1 … URGENT=4), so it sorts as declared, not by name. */
    public static SortKey rank(String name, String rankColumn) {
        return new SortKey(name, rankColumn, "int");
    }

    /** A text column of a joined table: sorted case-insensitively, without an index to walk. */
    public static SortKey joinedText(String name, String column) {
        return new SortKey(name, "coalesce(lower(" + column + "), '')", "text");
    }
}
