package dev.crm.web.assistant;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import dev.crm.assistant.actions.ActionService;
import dev.crm.assistant.chat.ChatRequest;
import dev.crm.assistant.chat.ChatService;
import dev.crm.assistant.conversation.Conversations;
import dev.crm.assistant.keys.AiKeyService;
import dev.crm.web.shell.ChatDrawerContent;
import dev.crm.web.shell.CurrentUser;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;

/**
 * Makes the chats of the assistant's page and of the side panel beside every other page. Turns run on Spring
 * Boot's application task executor (spring.task.execution.*), never on the thread that serves the browser.
 */
@org.springframework.stereotype.Component
class ChatPanels implements ChatDrawerContent {

    private final ChatService chat;
    private final Conversations conversations;
    private final ActionService actions;
    private final AiKeyService keys;
    private final TaskExecutor executor;
    private final CurrentUser user;

    ChatPanels(
            ChatService chat,
            Conversations conversations,
            ActionService actions,
            AiKeyService keys,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            CurrentUser user) {
        this.chat = chat;
        this.conversations = conversations;
        this.actions = actions;
        this.keys = keys;
        this.executor = executor;
        this.user = user;
    }

    /** A chat that tells the assistant the page it sits on is {@code context}. */
    ChatPanel create(Supplier<ChatRequest.PageContext> context) {
        return new ChatPanel(chat, conversations, actions, keys, executor, user.id(), context);
    }

    /** The side panel's chat: the context is whatever page is open when a message is sent. */
    @Override
    public Component create() {
        UI ui = UI.getCurrent();
        return create(() -> PageContexts.of(ui.getActiveViewLocation()));
    }
}
