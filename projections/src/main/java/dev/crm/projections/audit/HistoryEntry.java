package dev.crm.projections.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One change of a record: who made it, through which channel, and what changed. */
public record HistoryEntry(
        long version,
        Instant occurredAt,
        UUID actorId,
        String actorName,
        String channel,
        String conversationId,
        String eventType,
        List<FieldChange> changes) {}
