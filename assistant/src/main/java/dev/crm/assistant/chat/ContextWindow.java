package dev.crm.assistant.chat;

import dev.crm.assistant.conversation.Conversations;
import dev.crm.assistant.conversation.Conversations.Digest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.tokenizer.JTokkitTokenCountEstimator;
import org.springframework.ai.tokenizer.TokenCountEstimator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps what a turn sends of the conversation inside a token budget, however long the conversation grows: the latest
 * turns as they were, and everything older condensed into the conversation's digest by the same model. When the model
 * cannot summarize (it fails, or the key is gone), the older turns are left out instead: the user never meets an
 * overflowing context.
 */
@Component
class ContextWindow {

    private static final Logger LOG = LoggerFactory.getLogger(ContextWindow.class);

    /**
     * Never more messages than this are read for one turn. Each turn that overflows condenses all that is not sent,
     * so only a run of failed summaries leaves more behind; beyond this many, the oldest are left out.
     */
    static final int MAX_MESSAGES = 2_000;

    static final int MAX_DIGEST_CHARS = 6_000;

    private final TokenCountEstimator tokens = new JTokkitTokenCountEstimator();
    private final Conversations conversations;
    private final int budget;

    ContextWindow(Conversations conversations, @Value("${crm.assistant.history-tokens:8000}") int budget) {
        this.conversations = conversations;
        this.budget = budget;
    }

    /** The earlier turns as a turn sends them: the digest (for the system prompt) and the recent messages. */
    record History(String digest, List<Message> recent) {}

    /** The conversation before the turn's own message, as stored; read before that message is added. */
    record Earlier(Digest digest, List<Conversations.Message> messages) {}

    Earlier read(UUID userId, UUID conversationId) {
        Digest digest = conversations.digest(userId, conversationId);
        return new Earlier(digest, conversations.messagesAfter(userId, conversationId, digest.upto(), MAX_MESSAGES));
    }

    /**
     * @param summarize (previous digest, older messages) → the new digest text, by the turn's model
     */
    History fit(
            UUID userId,
            UUID conversationId,
            Earlier earlier,
            BiFunction<String, List<Conversations.Message>, String> summarize) {
        List<Conversations.Message> messages = earlier.messages();
        int keepFrom = newestWithin(messages, budget);
        if (keepFrom > 0) {
            // condensing anyway: keep half the budget, so the next turns fit without another summary each
            keepFrom = newestWithin(messages, budget / 2);
        }
        // the model's side of a turn never opens the history
        while (keepFrom < messages.size()
                && !"user".equals(messages.get(keepFrom).role())) {
            keepFrom++;
        }
        String digest = earlier.digest().text();
        List<Conversations.Message> older = messages.subList(0, keepFrom);
        if (!older.isEmpty()) {
            digest = condensed(userId, conversationId, earlier.digest(), older, summarize);
        }
        List<Message> recent = new ArrayList<>();
        for (Conversations.Message message : messages.subList(keepFrom, messages.size())) {
            recent.add(
                    "user".equals(message.role())
                            ? new UserMessage(message.content())
                            : new AssistantMessage(message.content()));
        }
        return new History(digest, recent);
    }

    /** Where the newest messages that fit in {@code tokenBudget} begin. */
    private int newestWithin(List<Conversations.Message> messages, int tokenBudget) {
        int keepFrom = messages.size();
        int used = 0;
        for (int i = messages.size() - 1; i >= 0; i--) {
            int cost = tokens.estimate(messages.get(i).content()) + 4;
            if (used + cost > tokenBudget) {
                break;
            }
            used += cost;
            keepFrom = i;
        }
        return keepFrom;
    }

    private String condensed(
            UUID userId,
            UUID conversationId,
            Digest previous,
            List<Conversations.Message> older,
            BiFunction<String, List<Conversations.Message>, String> summarize) {
        try {
            String text = summarize.apply(previous.text(), older);
            if (text == null || text.isBlank()) {
                return previous.text();
            }
            String digest = text.length() <= MAX_DIGEST_CHARS ? text.strip() : text.substring(0, MAX_DIGEST_CHARS);
            conversations.saveDigest(
                    userId,
                    conversationId,
                    new Digest(digest, older.get(older.size() - 1).position()));
            return digest;
        } catch (RuntimeException e) {
            LOG.warn("Could not summarize the earlier turns of a conversation; they are left out: {}", e.toString());
            return previous.text();
        }
    }
}
