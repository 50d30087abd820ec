package dev.crm.domain.aikey;

import dev.crm.domain.shared.RecordEvent;
import java.util.UUID;

public record AiKeyAdded(UUID aiKeyId, UUID ownerId, AiKeyDetails details)
        implements RecordEvent.Created<AiKeyDetails> {
    @Override
    public UUID recordId() {
        return aiKeyId;
    }
}
