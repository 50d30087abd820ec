package dev.crm.domain.contact;

import dev.crm.domain.shared.RecordEvent;
import java.time.Instant;
import java.util.UUID;

/** A deleted contact back as it was when deleted. */
public record ContactRestored(UUID contactId, UUID ownerId, ContactDetails details, Instant createdAt)
        implements RecordEvent.Restored<ContactDetails> {

    @Override
    public UUID recordId() {
        return contactId;
    }
}
