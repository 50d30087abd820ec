package dev.crm.web.assistant;

import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.crm.assistant.chat.ChatRequest;
import dev.crm.assistant.conversation.Conversations;
import dev.crm.web.shell.CurrentUser;
import dev.crm.web.shell.MainLayout;
import jakarta.annotation.security.PermitAll;

/** The assistant, the CRM's start page: the user's conversations on the left, the open one on the right. */
@Route(value = "assistant", layout = MainLayout.class)
@PageTitle("Assistant · CRM")
@PermitAll
public class AssistantPage extends HorizontalLayout {

    static final ChatRequest.PageContext CONTEXT = new ChatRequest.PageContext("assistant", null, null);

    public AssistantPage(ChatPanels panels, Conversations conversations, CurrentUser user) {
        setSizeFull();
        ChatPanel chat = panels.create(() -> CONTEXT);
        ConversationList list = new ConversationList(conversations, user.id(), chat::open, chat::startNew);
        chat.onTurnEnded(list::refresh);
        list.setWidth("18rem");
        list.setHeightFull();
        list.getStyle().set("flex-shrink", "0");
        chat.setHeightFull();
        add(list, chat);
        setFlexGrow(1, chat);
        chat.getStyle().set("min-width", "0");
        list.refresh(null);
    }
}
