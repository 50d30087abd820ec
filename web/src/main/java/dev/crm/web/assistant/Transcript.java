package dev.crm.web.assistant;

import com.vaadin.flow.component.messages.MessageList;
import com.vaadin.flow.component.messages.MessageListItem;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.crm.assistant.actions.ChatAction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A conversation as it reads: the messages, and under a reply the cards of what it did to records. Messages are
 * Markdown, rendered in the browser by Vaadin's message list, whose Markdown renderer sanitizes the HTML it makes
 * (no scripts, no event handlers) — the model may quote record text that is anything a user typed.
 */
class Transcript extends Scroller {

    static final String USER = "user";

    private final VerticalLayout lines = new VerticalLayout();
    /** The message list new messages go into; a new one starts after each block of action cards. */
    private MessageList tail;

    private final List<MessageListItem> tailItems = new ArrayList<>();

    Transcript() {
        setId("chat-transcript");
        setScrollDirection(ScrollDirection.VERTICAL);
        lines.setPadding(false);
        lines.setSpacing(false);
        setContent(lines);
    }

    void clear() {
        lines.removeAll();
        tail = null;
        tailItems.clear();
    }

    boolean isEmpty() {
        return lines.getComponentCount() == 0;
    }

    /** An empty reply of the assistant, written into as the model streams it. */
    MessageListItem startReply(Instant time) {
        return add("assistant", "", time);
    }

    /** Keeps the newest line in view while a reply grows. */
    void followEnd() {
        scrollToEnd();
    }

    MessageListItem add(String role, String text, Instant time) {
        boolean fromUser = USER.equals(role);
        MessageListItem item = new MessageListItem(text, time, fromUser ? "You" : "Assistant");
        item.setUserColorIndex(fromUser ? 1 : 2);
        item.addClassNames(fromUser ? "from-user" : "from-assistant");
        if (tail == null) {
            tail = new MessageList();
            tail.setMarkdown(true);
            tail.setWidthFull();
            tail.addClassName("chat-messages");
            lines.add(tail);
        }
        tailItems.add(item);
        tail.setItems(tailItems);
        scrollToEnd();
        return item;
    }

    void addActions(List<ChatAction> actions, ActionCard.Decisions decisions) {
        if (actions.isEmpty()) {
            return;
        }
        VerticalLayout cards = new VerticalLayout();
        cards.addClassName("action-cards");
        cards.setPadding(false);
        cards.setSpacing(false);
        cards.getStyle()
                .set("gap", "var(--lumo-space-xs)")
                .set("padding", "0 var(--lumo-space-m) var(--lumo-space-s) calc(var(--lumo-space-m) + 2.5em)")
                .set("box-sizing", "border-box");
        actions.forEach(action -> cards.add(new ActionCard(action, decisions)));
        lines.add(cards);
        tail = null;
        tailItems.clear();
        scrollToEnd();
    }

    private void scrollToEnd() {
        // after the browser has laid out what was just added
        getElement()
                .executeJs(
                        "requestAnimationFrame(() => requestAnimationFrame(() => this.scrollTop = this.scrollHeight))");
    }
}
