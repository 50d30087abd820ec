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

    /** A nullable date: rows without one sort last (ascending). */
    public static SortKey date(String name, String column) {
        return new SortKey(name, "coalesce(" + column + ", 'infinity'::date)", "date");
    }

    /** An enum stored by name, ordered as declared (e.g. priority LOW < URGENT), not alphabetically. */
    public static SortKey ordinal(String name, String column, Class<? extends Enum<?>> type) {
        String names = java.util.Arrays.stream(type.getEnumConstants()).map(c -> "'" + c.name() + "'")
                .collect(java.util.stream.Collectors.joining(","));
        return new SortKey(name, "array_position(array[" + names + "]::text[], " + column + "::text)", "int");
    }
}
