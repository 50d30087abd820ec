package dev.crm.domain.contact;

import dev.crm.domain.shared.RestoreRecord;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RestoreContact(@TargetAggregateIdentifier UUID contactId) implements RestoreRecord {

    @Override
    public UUID recordId() {
        return contactId;
    }
}
