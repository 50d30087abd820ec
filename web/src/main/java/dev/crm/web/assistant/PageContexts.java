package dev.crm.web.assistant;

import com.vaadin.flow.router.Location;
import dev.crm.assistant.chat.ChatRequest.PageContext;
import java.util.List;
import java.util.UUID;

/** What the user is looking at, read from the page's address, for the assistant's system prompt. */
final class PageContexts {

    private PageContexts() {}

    /** The route ({@code "contacts"}), and the record where the page shows one ({@code projects/{id}}). */
    static PageContext of(Location location) {
        List<String> segments = location.getSegments();
        String page = segments.isEmpty() || segments.get(0).isEmpty() ? null : segments.get(0);
        if (segments.size() == 2 && "projects".equals(page)) {
            UUID id = uuid(segments.get(1));
            if (id != null) {
                return new PageContext(page, "Project", id);
            }
        }
        return new PageContext(page, null, null);
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
