package dev.crm.domain.aikey;

import java.util.UUID;

import dev.crm.domain.shared.RecordEvent;

public record AiKeyAdded(UUID aiKeyId, UUID ownerId, AiKeyDetails details) implements RecordEvent.Created<AiKeyDetails> {
    @Override
    public UUID recordId() {
        return aiKeyId;
    }
}
