package dev.crm.domain.aikey;

/**
 * The language-model providers a workspace can hold keys for, with the model a new key uses unless told otherwise
 * and where the provider's API lives. An OpenAI-compatible server (Azure OpenAI, vLLM, Ollama, LM Studio) has
 * neither: its owner names both.
 */
public enum AiProvider {
    ANTHROPIC("claude-sonnet-4-5", "https://api.anthropic.com"),
    OPENAI("gpt-5", "https://api.openai.com"),
    GEMINI("gemini-2.5-flash", "https://generativelanguage.googleapis.com"),
    OPENAI_COMPATIBLE(null, null);

    private final String defaultModel;
    private final String defaultBaseUrl;

    AiProvider(String defaultModel, String defaultBaseUrl) {
        this.defaultModel = defaultModel;
        this.defaultBaseUrl = defaultBaseUrl;
    }

    public String defaultModel() {
        return defaultModel;
    }

    public String defaultBaseUrl() {
        return defaultBaseUrl;
    }
}
