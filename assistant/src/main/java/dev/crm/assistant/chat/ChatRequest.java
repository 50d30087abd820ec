package dev.crm.assistant.chat;

import java.util.UUID;

/**
 * A user's message to the assistant.
 *
 * @param conversationId null starts a new conversation
 * @param context        what the user is looking at, if the UI says so
 */
public record ChatRequest(String message, UUID conversationId, PageContext context) {

    /** The page or record on screen: {@code {page: "contacts", recordType: "Contact", recordId: …}}. */
    public record PageContext(String page, String recordType, UUID recordId) {}
}
