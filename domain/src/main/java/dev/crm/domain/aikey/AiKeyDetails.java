package dev.crm.domain.aikey;

import dev.crm.domain.shared.Text;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * What the workspace knows about one of its language-model keys — never the key itself, which only its ciphertext
 * holds, outside the event store (so revoking it can destroy it).
 *
 * @param baseUrl   where the provider's API lives, without its version path; null for the provider's own
 * @param last4     the key's last four characters, to tell keys apart
 * @param isDefault the workspace's default key for new conversations
 */
public record AiKeyDetails(
        @NotNull(message = "Provider is required (ANTHROPIC, OPENAI, GEMINI or OPENAI_COMPATIBLE)")
        AiProvider provider,

        @Size(max = 100, message = "Label is at most 100 characters")
        String label,

        @NotNull(message = "Model is required") @Size(max = 200, message = "Model is at most 200 characters")
        String model,

        @Size(max = 500, message = "Base URL is at most 500 characters")
        String baseUrl,

        String last4,
        boolean isDefault,
        AiKeyStatus status,
        Instant verifiedAt) {

    public AiKeyDetails {
        label = Text.clean(label);
        model = Text.clean(model);
        baseUrl = Text.clean(baseUrl);
    }
}
