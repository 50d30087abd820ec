package dev.crm.assistant.chat;

import dev.crm.domain.aikey.AiProvider;
import java.util.UUID;

/**
 * A user's message to the assistant.
 *
 * @param conversationId null starts a new conversation
 * @param context        what the user is looking at, if the UI says so
 * @param provider       one of the workspace's providers for this conversation from now on; null keeps the one the
 *                       conversation uses (at first the workspace's default key)
 */
public record ChatRequest(String message, UUID conversationId, PageContext context, AiProvider provider) {

    public ChatRequest(String message, UUID conversationId, PageContext context) {
        this(message, conversationId, context, null);
    }

    /** The page or record on screen: {@code {page: "contacts", recordType: "Contact", recordId: …}}. */
    public record PageContext(String page, String recordType, UUID recordId) {}
}
