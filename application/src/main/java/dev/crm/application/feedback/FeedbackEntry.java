package dev.crm.application.feedback;

import java.time.Instant;
import java.util.UUID;

/** A piece of feedback as listed: who gave it, when, and what its attachment is (null if none). */
public record FeedbackEntry(
        UUID id,
        UUID authorId,
        String authorName,
        FeedbackCategory category,
        String message,
        Instant createdAt,
        AttachmentInfo attachment) {

    /** An attachment's name, media type and size in bytes, without its content. */
    public record AttachmentInfo(String name, String contentType, int size) {}
}
