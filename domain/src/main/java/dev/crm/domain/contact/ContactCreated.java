package dev.crm.domain.contact;

import java.util.UUID;

import dev.crm.domain.shared.RecordEvent;

public record ContactCreated(UUID contactId, UUID ownerId, ContactDetails details)
        implements RecordEvent.Created<ContactDetails> {

    @Override
    public UUID recordId() {
        return contactId;
    }
}
