package dev.crm.projections.support;

import java.util.HashMap;
import java.util.Map;

/**
 * A list's optional filters as SQL: conditions to {@code and} to the query's own, with their named parameters.
 * A filter whose value is not set adds nothing, so callers pass every filter without checking each.
 */
public final class Conditions {

    private final StringBuilder sql = new StringBuilder();
    private final Map<String, Object> params = new HashMap<>();

    /** Adds {@code condition} whose only parameter is {@code :name}, unless {@code value} is null; an enum is its name. */
    public Conditions and(String condition, String name, Object value) {
        if (value != null) {
            params.put(name, SqlValues.parameter(value));
            append(condition);
        }
        return this;
    }

    /** Adds {@code condition} when {@code applies}; its parameters are the query's own. */
    public Conditions andIf(boolean applies, String condition) {
        return applies ? append(condition) : this;
    }

    /** {@code " and …"} for each condition added, or empty. */
    String sql() {
        return sql.toString();
    }

    Map<String, Object> params() {
        return params;
    }

    private Conditions append(String condition) {
        sql.append(" and ").append(condition);
        return this;
    }
}
