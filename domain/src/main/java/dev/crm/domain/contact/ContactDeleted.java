package dev.crm.domain.contact;

import java.util.UUID;

import dev.crm.domain.shared.RecordEvent;

public record ContactDeleted(UUID contactId) implements RecordEvent.Deleted {

    @Override
    public UUID recordId() {
        return contactId;
    }
}
