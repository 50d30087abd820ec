package dev.crm.domain.aikey;

import java.util.UUID;

import dev.crm.domain.shared.RecordEvent;

public record AiKeyRevoked(UUID aiKeyId) implements RecordEvent.Deleted {
    @Override
    public UUID recordId() {
        return aiKeyId;
    }
}
