package dev.crm.assistant.actions;

import java.time.Instant;
import java.util.UUID;

/**
 * What the assistant did to a record, or proposes to do, as the chat shows it (with Confirm/Cancel or Undo).
 *
 * @param kind      CREATED, UPDATED, DELETED, or PENDING while it waits for the user's confirmation
 * @param status    DONE (undoable), PENDING, CANCELLED, EXPIRED or UNDONE
 * @param createdAt when the assistant took or proposed it
 * @param expiresAt until when a pending action can be confirmed
 */
public record ChatAction(
        UUID id,
        String kind,
        String status,
        String recordType,
        UUID recordId,
        String summary,
        Instant createdAt,
        Instant expiresAt) {}
