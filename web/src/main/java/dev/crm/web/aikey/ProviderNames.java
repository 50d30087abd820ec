package dev.crm.web.aikey;

import dev.crm.domain.aikey.AiProvider;

/** The AI providers as people know them, for the settings and the chat. */
public final class ProviderNames {

    private ProviderNames() {}

    public static String of(AiProvider provider) {
        return switch (provider) {
            case ANTHROPIC -> "Anthropic (Claude)";
            case OPENAI -> "OpenAI";
            case GEMINI -> "Google Gemini";
            case OPENAI_COMPATIBLE -> "OpenAI-compatible server";
        };
    }
}
