package dev.crm.assistant.keys;

import dev.crm.domain.aikey.AiProvider;
import java.util.UUID;

/** A workspace key decrypted for one conversation turn; its text never reaches a log (see toString). */
public record UsableKey(UUID id, UUID ownerId, AiProvider provider, String model, String baseUrl, String apiKey) {

    @Override
    public String toString() {
        return "UsableKey[" + provider + " " + model + " …" + apiKey.substring(Math.max(0, apiKey.length() - 4)) + "]";
    }
}
