package dev.crm.assistant.chat;

import java.util.UUID;

/**
 * What one tool call of the assistant did to a record, as the chat shows it (and, later, undoes it).
 *
 * @param kind CREATED, UPDATED, DELETED or PENDING (waiting for the user's confirmation)
 */
public record ChatAction(UUID id, String kind, String recordType, UUID recordId, String summary) {}
