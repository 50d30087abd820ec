package dev.crm.domain.contact;

import dev.crm.domain.shared.Patch;
import dev.crm.domain.shared.RecordEvent;
import java.util.UUID;

public record ContactUpdated(UUID contactId, Patch<ContactDetails> patch)
        implements RecordEvent.Updated<ContactDetails> {

    @Override
    public UUID recordId() {
        return contactId;
    }
}
