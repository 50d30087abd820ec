package dev.crm.assistant.tools;

import dev.crm.projections.support.PageRequest;

/** The first page of a list, as a tool asks for it: small, so a result fits the model's context. */
final class Lists {

    static final int LIMIT = 10;

    private Lists() {}

    static PageRequest page(String sort, String defaultSort, String text) {
        String sortBy = ToolTurn.text(sort);
        return new PageRequest(LIMIT, null, sortBy == null ? defaultSort : sortBy, ToolTurn.text(text));
    }
}
