package dev.crm.assistant.keys;

/**
 * Changes to a key; a null field stays as it is. A new {@code apiKey} rotates it: it replaces the old one only
 * once the provider has accepted it.
 */
public record AiKeyChange(String apiKey, String model, String baseUrl, String label, Boolean isDefault) {}
