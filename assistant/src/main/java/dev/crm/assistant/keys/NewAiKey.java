package dev.crm.assistant.keys;

import dev.crm.domain.aikey.AiProvider;

/**
 * A key as the workspace owner adds it.
 *
 * @param model     null: the provider's default model
 * @param baseUrl   null: the provider's own API (required for OPENAI_COMPATIBLE), with or without {@code /v1}
 * @param isDefault null or false: default only if it is the workspace's first key
 */
public record NewAiKey(
        AiProvider provider, String apiKey, String model, String baseUrl, String label, Boolean isDefault) {}
