package dev.crm.projections.aikey;

import dev.crm.domain.aikey.AiKeyDetails;
import dev.crm.domain.aikey.AiKeyStatus;
import dev.crm.domain.aikey.AiProvider;
import dev.crm.projections.support.Versioned;
import java.time.Instant;
import java.util.UUID;

/** A workspace's language-model key as the settings page shows it: never the key, only its last four characters. */
public record AiKeyView(
        UUID id,
        UUID ownerId,
        AiProvider provider,
        String label,
        String model,
        String baseUrl,
        String last4,
        boolean isDefault,
        AiKeyStatus status,
        Instant verifiedAt,
        Instant createdAt,
        Instant updatedAt,
        long version)
        implements Versioned {

    public AiKeyDetails details() {
        return new AiKeyDetails(provider, label, model, baseUrl, last4, isDefault, status, verifiedAt);
    }
}
