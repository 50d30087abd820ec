package dev.crm.assistant.chat;

import dev.crm.assistant.actions.ChatAction;
import java.util.UUID;

/**
 * Told what happens during a streamed turn, as it happens, on the thread that runs the turn: the chat page and the
 * WebSocket show the reply growing, the tools running and what they changed or propose, before the turn ends.
 */
public interface TurnListener {

    TurnListener NONE = new TurnListener() {};

    /** The conversation the turn goes to, known once the user's message is stored. */
    default void started(UUID conversationId) {}

    /** The next piece of the model's text. */
    default void text(String delta) {}

    /** The model asked for a tool; {@code callId} is the provider's id for the call (Gemini's are empty). */
    default void toolStarted(String callId, String tool) {}

    /** The tool answered; {@code result} is the JSON the model gets, {@code failed} when it is an error. */
    default void toolFinished(String callId, String tool, String result, boolean failed) {}

    /** A record was changed, or a change is waiting for the user's confirmation. */
    default void action(ChatAction action) {}
}
