package dev.crm.web.assistant;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import dev.crm.assistant.conversation.Conversations;
import dev.crm.web.support.DeleteConfirmation;
import dev.crm.web.support.Notifications;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The user's conversations, the latest first: open one, rename or delete it, or start a new chat. */
class ConversationList extends VerticalLayout {

    private final Conversations conversations;
    private final UUID userId;
    private final Grid<Conversations.Summary> grid = new Grid<>();
    private final SerializableConsumer<UUID> opened;
    private final SerializableRunnable startedNew;
    /** Selecting in code (after a turn) must not reopen the conversation that is already shown. */
    private boolean selectingInCode;

    ConversationList(
            Conversations conversations,
            UUID userId,
            SerializableConsumer<UUID> opened,
            SerializableRunnable startedNew) {
        this.conversations = conversations;
        this.userId = userId;
        this.opened = opened;
        this.startedNew = startedNew;
        setPadding(false);
        setSpacing(false);
        getStyle().set("gap", "var(--lumo-space-s)");
        Button newChat = new Button("New chat", VaadinIcon.PLUS.create(), event -> startNew());
        newChat.setId("new-chat");
        newChat.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newChat.setWidthFull();
        add(newChat, grid());
        setFlexGrow(1, grid);
    }

    /** Lists the conversations again and marks {@code current} (null: none) as the one shown. */
    void refresh(UUID current) {
        List<Conversations.Summary> all = conversations.list(userId);
        grid.setItems(all);
        selectingInCode = true;
        try {
            all.stream()
                    .filter(c -> c.id().equals(current))
                    .findFirst()
                    .ifPresentOrElse(grid::select, grid::deselectAll);
        } finally {
            selectingInCode = false;
        }
    }

    private Grid<Conversations.Summary> grid() {
        grid.setId("conversations");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_COMPACT);
        grid.addColumn(Conversations.Summary::title).setHeader("Conversations").setFlexGrow(1);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("No conversations yet.");
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (!selectingInCode && event.isFromClient() && event.getValue() != null) {
                opened.accept(event.getValue().id());
            }
        });
        return grid;
    }

    private HorizontalLayout actions(Conversations.Summary conversation) {
        Button rename = new Button(
                VaadinIcon.EDIT.create(),
                event -> new RenameConversationDialog(conversation.title(), title -> rename(conversation, title))
                        .open());
        rename.setAriaLabel("Rename " + conversation.title());
        Button delete = new Button(VaadinIcon.TRASH.create(), event -> confirmDelete(conversation));
        delete.setAriaLabel("Delete " + conversation.title());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button button : List.of(rename, delete)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        }
        HorizontalLayout actions = new HorizontalLayout(rename, delete);
        actions.setSpacing(false);
        return actions;
    }

    private void rename(Conversations.Summary conversation, String title) {
        if (!conversations.rename(userId, conversation.id(), title)) {
            Notifications.error("This conversation no longer exists.");
        }
        refresh(selectedId());
    }

    private void confirmDelete(Conversations.Summary conversation) {
        DeleteConfirmation.open(
                "Delete “" + conversation.title() + "”?",
                "The conversation and all its messages are deleted. What the assistant did to your records stays.",
                () -> {
                    boolean wasShown = Objects.equals(conversation.id(), selectedId());
                    conversations.delete(userId, conversation.id());
                    Notifications.success("Conversation deleted");
                    if (wasShown) {
                        startNew();
                    } else {
                        refresh(selectedId());
                    }
                });
    }

    private void startNew() {
        refresh(null);
        startedNew.run();
    }

    private UUID selectedId() {
        return grid.asSingleSelect()
                .getOptionalValue()
                .map(Conversations.Summary::id)
                .orElse(null);
    }
}
