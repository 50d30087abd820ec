package dev.crm.domain.aikey;

import dev.crm.domain.shared.Patch;
import dev.crm.domain.shared.RecordEvent;
import java.util.UUID;

public record AiKeyUpdated(UUID aiKeyId, Patch<AiKeyDetails> patch) implements RecordEvent.Updated<AiKeyDetails> {
    @Override
    public UUID recordId() {
        return aiKeyId;
    }
}
