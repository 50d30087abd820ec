package dev.crm.web.chat;

import dev.crm.assistant.actions.ActionService;
import dev.crm.assistant.actions.ChatAction;
import dev.crm.assistant.chat.ChatReply;
import dev.crm.assistant.chat.ChatRequest;
import dev.crm.assistant.chat.ChatService;
import dev.crm.assistant.conversation.Conversations;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.InvalidInputException;
import dev.crm.domain.shared.RecordNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The assistant over REST: one message in, the reply and what it did out; and the user's conversations. */
@Tag(name = "Assistant", description = "Chat with the CRM's assistant, which works on your records through tools")
@RestController
public class ChatController {

    private final ChatService chat;
    private final Conversations conversations;
    private final ActionService actions;

    public ChatController(ChatService chat, Conversations conversations, ActionService actions) {
        this.chat = chat;
        this.conversations = conversations;
        this.actions = actions;
    }

    @Operation(operationId = "chat", summary = "Send the assistant a message; the reply lists the records it changed")
    @PostMapping("/api/chat")
    ChatReply send(Actor actor, @RequestBody ChatRequest request) {
        return chat.chat(actor.userId(), request);
    }

    @Operation(
            operationId = "confirmChatAction",
            summary = "Carry out what the assistant proposed and is waiting for (a delete)")
    @PostMapping("/api/chat/actions/{id}/confirm")
    ChatAction confirm(Actor actor, @PathVariable UUID id) {
        return actions.confirm(actor.userId(), id);
    }

    @Operation(operationId = "cancelChatAction", summary = "Turn down what the assistant proposed")
    @PostMapping("/api/chat/actions/{id}/cancel")
    ChatAction cancel(Actor actor, @PathVariable UUID id) {
        return actions.cancel(actor.userId(), id);
    }

    @Operation(
            operationId = "undoChatAction",
            summary = "Undo everything one action of the assistant changed (refused if the same fields changed since)")
    @PostMapping("/api/chat/actions/{id}/undo")
    ChatAction undo(Actor actor, @PathVariable UUID id) {
        return actions.undo(actor.userId(), id);
    }

    @Operation(operationId = "listConversations", summary = "The user's conversations, the latest first")
    @GetMapping("/api/conversations")
    ConversationList list(Actor actor) {
        return new ConversationList(conversations.list(actor.userId()));
    }

    @Operation(
            operationId = "getConversation",
            summary = "A conversation with its messages and the assistant's actions")
    @GetMapping("/api/conversations/{id}")
    Conversation get(Actor actor, @PathVariable UUID id) {
        Conversations.Summary summary = conversations
                .find(actor.userId(), id)
                .orElseThrow(() -> new RecordNotFoundException("Conversation", id));
        return new Conversation(
                summary, conversations.messages(actor.userId(), id, 1_000), actions.ofConversation(actor.userId(), id));
    }

    @Operation(operationId = "renameConversation", summary = "Rename a conversation")
    @PatchMapping("/api/conversations/{id}")
    Conversation rename(Actor actor, @PathVariable UUID id, @RequestBody Rename rename) {
        String title = rename.title() == null ? "" : rename.title().strip();
        if (title.isEmpty() || title.length() > 200) {
            throw InvalidInputException.of("title", "Between 1 and 200 characters");
        }
        if (!conversations.rename(actor.userId(), id, title)) {
            throw new RecordNotFoundException("Conversation", id);
        }
        return get(actor, id);
    }

    @Operation(operationId = "deleteConversation", summary = "Delete a conversation and its messages")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @DeleteMapping("/api/conversations/{id}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable UUID id) {
        if (!conversations.delete(actor.userId(), id)) {
            throw new RecordNotFoundException("Conversation", id);
        }
        return ResponseEntity.noContent().build();
    }

    record ConversationList(List<Conversations.Summary> items) {}

    record Conversation(
            Conversations.Summary conversation, List<Conversations.Message> messages, List<ChatAction> actions) {}

    record Rename(String title) {}
}
