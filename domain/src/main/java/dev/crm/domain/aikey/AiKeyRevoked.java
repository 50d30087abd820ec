package dev.crm.domain.aikey;

import dev.crm.domain.shared.RecordEvent;
import java.util.UUID;

public record AiKeyRevoked(UUID aiKeyId) implements RecordEvent.Deleted {
    @Override
    public UUID recordId() {
        return aiKeyId;
    }
}
