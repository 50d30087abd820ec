package dev.crm.assistant.chat;

import dev.crm.assistant.actions.ChatAction;
import java.util.List;
import java.util.UUID;

/** The assistant's answer to one message: its text and what it did on the way. */
public record ChatReply(UUID conversationId, String reply, List<ChatAction> actions) {}
