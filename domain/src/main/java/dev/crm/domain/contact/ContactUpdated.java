package dev.crm.domain.contact;

import java.util.UUID;

import dev.crm.domain.shared.Patch;
import dev.crm.domain.shared.RecordEvent;

public record ContactUpdated(UUID contactId, Patch<ContactDetails> patch) implements RecordEvent.Updated<ContactDetails> {

    @Override
    public UUID recordId() {
        return contactId;
    }
}
