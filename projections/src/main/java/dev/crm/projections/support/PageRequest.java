package dev.crm.projections.support;

import dev.crm.domain.shared.InvalidInputException;
import dev.crm.domain.shared.Text;

/**
 * A list request: page size, the cursor returned by the previous page, a sort key ({@code name} ascending,
 * {@code -name} descending) and free-text search.
 */
public record PageRequest(int limit, String cursor, String sort, String q) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.of("limit", "Must be between 1 and " + MAX_LIMIT);
        }
        cursor = blankToNull(cursor);
        sort = blankToNull(sort);
        q = blankToNull(q);
        if (q != null && q.length() > 200) {
            throw InvalidInputException.of("q", "Search text is at most 200 characters");
        }
        if (q != null && Text.unstorable(q) != null) {
            throw InvalidInputException.of("q", Text.unstorable(q));
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, null, null, null);
    }

    public PageRequest next(String nextCursor) {
        return new PageRequest(limit, nextCursor, sort, q);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
