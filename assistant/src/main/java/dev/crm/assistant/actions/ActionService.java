package dev.crm.assistant.actions;

import dev.crm.application.shared.BaseVersion;
import dev.crm.application.shared.Ids;
import dev.crm.application.shared.RecordServices;
import dev.crm.application.undo.UndoService;
import dev.crm.assistant.actions.AssistantActions.PendingChange;
import dev.crm.assistant.actions.AssistantActions.Status;
import dev.crm.assistant.actions.AssistantActions.StoredAction;
import dev.crm.assistant.actions.AssistantActions.Verb;
import dev.crm.assistant.conversation.Conversations;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.Channel;
import dev.crm.domain.shared.EditConflictException;
import dev.crm.domain.shared.NotAllowedException;
import dev.crm.domain.shared.RecordNotFoundException;
import dev.crm.domain.shared.StaleVersionException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the user decides about the assistant's actions: confirm or cancel a proposal, undo what was done. Each runs as
 * the user on the assistant's channel, under the action's own id, and leaves a line in the conversation so the model
 * knows on the next turn.
 */
@Service
public class ActionService {

    public static final String ACTION = "Action";

    private final AssistantActions actions;
    private final RecordServices records;
    private final UndoService undo;
    private final Conversations conversations;

    public ActionService(
            AssistantActions actions, RecordServices records, UndoService undo, Conversations conversations) {
        this.actions = actions;
        this.records = records;
        this.undo = undo;
        this.conversations = conversations;
    }

    /**
     * Carries out a pending action on the record as the user was shown it.
     *
     * @throws NotAllowedException when it is no longer pending (cancelled, expired, done) or the record changed since
     */
    @Transactional
    public ChatAction confirm(UUID userId, UUID actionId) {
        StoredAction action = pending(userId, actionId);
        Actor actor = actor(userId, action).inAction(action.id());
        try {
            if (!action.changes().isEmpty()) {
                change(actor, action.changes());
            } else if (action.verb() == Verb.DELETE) {
                records.of(action.recordType())
                        .delete(actor, action.recordId(), BaseVersion.oneOf(Set.of(action.baseVersion())));
            } else {
                throw new IllegalStateException("a pending " + action.verb() + " without changes");
            }
        } catch (StaleVersionException changed) {
            throw new NotAllowedException(
                    "The " + action.recordType().toLowerCase() + " was changed after the assistant proposed this; "
                            + "nothing was done. Ask again to see it as it is now.",
                    List.of());
        }
        settle(userId, action, Status.DONE, null);
        conversations.append(userId, action.conversationId(), "assistant", "✓ Confirmed: " + action.summary());
        return actions.find(userId, actionId).orElseThrow().view();
    }

    /**
     * Makes each change as an edit of the version the model read: what others changed since in other fields stays;
     * a change to the same field refuses the whole action (the transaction rolls back), naming the record.
     */
    private void change(Actor actor, List<PendingChange> changes) {
        for (PendingChange change : changes) {
            try {
                records.of(change.recordType()).revert(actor, change.recordId(), change.version(), change.values());
            } catch (EditConflictException conflict) {
                throw new NotAllowedException(
                        "Nothing was changed: since the assistant proposed this, someone changed the same "
                                + conflict.conflicts().stream()
                                        .map(c -> c.field())
                                        .collect(Collectors.joining(", "))
                                + " of the " + change.recordType().toLowerCase(Locale.ROOT) + ". Ask again to see it "
                                + "as it is now.",
                        List.of());
            }
        }
    }

    @Transactional
    public ChatAction cancel(UUID userId, UUID actionId) {
        StoredAction action = pending(userId, actionId);
        settle(userId, action, Status.CANCELLED, null);
        conversations.append(userId, action.conversationId(), "assistant", "✗ Cancelled: " + action.summary());
        return actions.find(userId, actionId).orElseThrow().view();
    }

    /**
     * Reverts everything the action changed, as one new action.
     *
     * @throws NotAllowedException when it was not done (or already undone), or someone changed the same fields since
     */
    @Transactional
    public ChatAction undo(UUID userId, UUID actionId) {
        StoredAction action = find(userId, actionId);
        if (action.status() != Status.DONE) {
            throw new NotAllowedException(
                    "Only a change that was made can be undone; this one is "
                            + action.status().name().toLowerCase(),
                    List.of());
        }
        UUID undoId = Ids.newId();
        undo.undo(actor(userId, action).inAction(undoId), actionId);
        settle(userId, action, Status.UNDONE, undoId);
        conversations.append(userId, action.conversationId(), "assistant", "↶ Undone: " + action.summary());
        return actions.find(userId, actionId).orElseThrow().view();
    }

    public List<ChatAction> ofConversation(UUID userId, UUID conversationId) {
        return actions.ofConversation(userId, conversationId).stream()
                .map(StoredAction::view)
                .toList();
    }

    private StoredAction pending(UUID userId, UUID actionId) {
        StoredAction action = find(userId, actionId);
        if (action.status() != Status.PENDING) {
            throw new NotAllowedException(
                    "This action is " + action.status().name().toLowerCase() + ", not waiting for confirmation",
                    List.of());
        }
        return action;
    }

    private StoredAction find(UUID userId, UUID actionId) {
        return actions.find(userId, actionId).orElseThrow(() -> new RecordNotFoundException(ACTION, actionId));
    }

    /** Two tabs deciding at once: the second finds the status moved and changes nothing (the rollback undoes it). */
    private void settle(UUID userId, StoredAction action, Status to, UUID undoId) {
        if (!actions.decide(userId, action.id(), action.status(), to, undoId)) {
            throw new NotAllowedException("This action was decided meanwhile, in another window", List.of());
        }
    }

    private static Actor actor(UUID userId, StoredAction action) {
        return new Actor(userId, Channel.ASSISTANT, action.conversationId().toString());
    }
}
