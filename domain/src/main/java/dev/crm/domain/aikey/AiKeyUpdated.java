package dev.crm.domain.aikey;

import java.util.UUID;

import dev.crm.domain.shared.Patch;
import dev.crm.domain.shared.RecordEvent;

public record AiKeyUpdated(UUID aiKeyId, Patch<AiKeyDetails> patch) implements RecordEvent.Updated<AiKeyDetails> {
    @Override
    public UUID recordId() {
        return aiKeyId;
    }
}
