package dev.crm.projections.support;

/**
 * A sortable column as the API names it, the SQL expression that orders it (indexed, never null) and the SQL type
 * its cursor value is cast back to.
 */
public record SortKey(String name, String expression, String sqlType) {

    public static SortKey text(String name, String column) {
        return new SortKey(name, "coalesce(lower(" + column + "), '')", "text");
    }

    public static SortKey timestamp(String name, String column) {
        return new SortKey(name, column, "timestamptz");
    }
}
