package dev.crm.projections.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One change of a record: who made it, through which channel, and what changed.
 *
 * @param actionId the user action it was part of (changes with the same one were made together), if any
 */
public record HistoryEntry(
        long version,
        Instant occurredAt,
        UUID actorId,
        String actorName,
        String channel,
        String conversationId,
        UUID actionId,
        String eventType,
        List<FieldChange> changes) {}
