package dev.crm.domain.contact;

import dev.crm.domain.shared.RecordEvent;
import java.util.UUID;

public record ContactCreated(UUID contactId, UUID ownerId, ContactDetails details)
        implements RecordEvent.Created<ContactDetails> {

    @Override
    public UUID recordId() {
        return contactId;
    }
}
