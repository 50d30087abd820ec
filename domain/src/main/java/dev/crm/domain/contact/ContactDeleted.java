package dev.crm.domain.contact;

import dev.crm.domain.shared.RecordEvent;
import java.util.UUID;

public record ContactDeleted(UUID contactId) implements RecordEvent.Deleted {

    @Override
    public UUID recordId() {
        return contactId;
    }
}
