package dev.crm.domain.organization;

import dev.crm.domain.shared.RestoreRecord;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RestoreOrganization(@TargetAggregateIdentifier UUID organizationId) implements RestoreRecord {

    @Override
    public UUID recordId() {
        return organizationId;
    }
}
