package dev.crm.web.assistant;

import dev.crm.application.limits.RateLimitedException;
import dev.crm.assistant.chat.ChatService;
import dev.crm.assistant.usage.AiUsage;
import dev.crm.domain.shared.EditConflictException;
import dev.crm.domain.shared.FieldError;
import dev.crm.domain.shared.InvalidInputException;
import dev.crm.domain.shared.NotAllowedException;
import dev.crm.domain.shared.RecordNotFoundException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Why a turn failed, as the user reads it, and where to put it right when there is such a place. The assistant's
 * exceptions already say it in the user's terms; anything unexpected is logged here and shown without details.
 *
 * @param fixRoute null when there is nothing to follow
 */
record ChatProblem(String message, String fixRoute, String fixLabel) {

    private static final Logger LOG = LoggerFactory.getLogger(ChatProblem.class);

    /** Settings with its AI keys tab open. */
    static final String AI_KEYS = "settings?tab=ai-keys";

    static ChatProblem of(RuntimeException failure) {
        if (failure instanceof ChatService.NoAiKeyException noKey) {
            // only the owner can add a key; a member's message names the owner instead
            return noKey.owner()
                    ? new ChatProblem(noKey.getMessage(), AI_KEYS, "Add an AI key")
                    : plain(noKey.getMessage());
        }
        if (failure instanceof ChatService.ProviderException provider) {
            return plain(provider.getMessage());
        }
        if (failure instanceof InvalidInputException invalid) {
            return plain(invalid.errors().stream().map(ChatProblem::describe).collect(Collectors.joining("; ")));
        }
        if (failure instanceof RecordNotFoundException) {
            return plain("This conversation no longer exists; it may have been deleted in another tab.");
        }
        if (failure instanceof AiUsage.BudgetExhaustedException budget) {
            return plain(budget.getMessage());
        }
        if (failure instanceof RateLimitedException limited) {
            return plain(limited.getMessage() + " (about " + limited.retryAfterSeconds() + " s).");
        }
        if (failure instanceof NotAllowedException notAllowed) {
            return plain(notAllowed.getMessage());
        }
        if (failure instanceof EditConflictException conflict) {
            return plain("Nothing was undone: since then, someone changed the same "
                    + conflict.conflicts().stream().map(c -> c.field()).collect(Collectors.joining(", ")) + ".");
        }
        LOG.error("A chat turn failed unexpectedly", failure);
        return plain("The assistant failed unexpectedly; try again in a moment.");
    }

    private static ChatProblem plain(String message) {
        return new ChatProblem(message, null, null);
    }

    private static String describe(FieldError error) {
        return "message".equals(error.field())
                ? "Your message: " + error.message().toLowerCase(java.util.Locale.ROOT)
                : error.message();
    }
}
