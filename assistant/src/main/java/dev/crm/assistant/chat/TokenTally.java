package dev.crm.assistant.chat;

import org.springframework.ai.chat.metadata.Usage;
import org.springframework.ai.chat.model.ChatResponse;

/** The tokens one turn's provider calls cost, as the provider reported them. */
final class TokenTally {

    private long in;
    private long out;

    void add(ChatResponse response) {
        Usage usage = response == null || response.getMetadata() == null
                ? null
                : response.getMetadata().getUsage();
        if (usage != null) {
            in += usage.getPromptTokens() == null ? 0 : usage.getPromptTokens();
            out += usage.getCompletionTokens() == null ? 0 : usage.getCompletionTokens();
        }
    }

    long in() {
        return in;
    }

    long out() {
        return out;
    }
}
