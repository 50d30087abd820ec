package dev.crm.web.assistant;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.messages.MessageInput;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.function.SerializableConsumer;
import dev.crm.assistant.actions.ActionService;
import dev.crm.assistant.actions.ChatAction;
import dev.crm.assistant.chat.ChatReply;
import dev.crm.assistant.chat.ChatRequest;
import dev.crm.assistant.chat.ChatService;
import dev.crm.assistant.conversation.Conversations;
import dev.crm.domain.shared.NotAllowedException;
import dev.crm.domain.shared.RecordNotFoundException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * A chat with the assistant: the conversation, what each reply did, and the message box. A turn never holds up the
 * browser: it runs on a background executor, as the user whose id was read on the UI thread when the panel was
 * made, and its outcome arrives by server push. The assistant's page and the side panel beside every page use it.
 */
public class ChatPanel extends VerticalLayout {

    /** The latest messages shown when a conversation opens. */
    private static final int SHOWN_MESSAGES = 200;

    private final ChatService chat;
    private final Conversations conversations;
    private final ActionService actions;
    private final Executor executor;
    private final UUID userId;
    private final Supplier<ChatRequest.PageContext> context;

    private final Transcript transcript = new Transcript();
    private final Paragraph hint = hint();
    private final HorizontalLayout thinking = thinking();
    private final ErrorBanner error = new ErrorBanner();
    private final MessageInput input = new MessageInput();

    private UUID conversationId;
    /** Counts the conversations shown, so a late reply to one the user has left is not shown in another. */
    private int shown;

    private SerializableConsumer<UUID> turnEnded = conversation -> {};

    ChatPanel(
            ChatService chat,
            Conversations conversations,
            ActionService actions,
            Executor executor,
            UUID userId,
            Supplier<ChatRequest.PageContext> context) {
        this.chat = chat;
        this.conversations = conversations;
        this.actions = actions;
        this.executor = executor;
        this.userId = userId;
        this.context = context;
        addClassName("chat-panel");
        setPadding(false);
        setSpacing(false);
        getStyle().set("gap", "var(--lumo-space-s)").set("min-height", "0");
        input.setId("chat-input");
        input.setWidthFull();
        input.addSubmitListener(event -> send(event.getValue()));
        add(hint, transcript, thinking, error, input);
        setFlexGrow(1, transcript);
        transcript.setWidthFull();
        transcript.getStyle().set("min-height", "0");
    }

    /** Told, on the UI thread, the conversation a turn went to once it ended (well or not). */
    void onTurnEnded(SerializableConsumer<UUID> listener) {
        turnEnded = listener;
    }

    UUID conversationId() {
        return conversationId;
    }

    /**
     * Shows one of the user's conversations, to read and go on with: each reply with the cards of the actions taken
     * while it was written (they are stored just before it).
     */
    void open(UUID id) {
        show(id);
        List<ChatAction> unshown = new ArrayList<>(actions.ofConversation(userId, id));
        for (Conversations.Message message : conversations.messages(userId, id, SHOWN_MESSAGES)) {
            transcript.add(message.role(), message.content(), message.createdAt());
            if (!Transcript.USER.equals(message.role())) {
                List<ChatAction> before = unshown.stream()
                        .filter(action -> !action.createdAt().isAfter(message.createdAt()))
                        .toList();
                unshown.removeAll(before);
                transcript.addActions(before, decisions);
            }
        }
        hint.setVisible(transcript.isEmpty());
    }

    /** An empty chat; the first message starts a new conversation. */
    void startNew() {
        show(null);
        input.getElement().callJsFunction("focus");
    }

    private void show(UUID id) {
        shown++;
        conversationId = id;
        transcript.clear();
        error.hide();
        hint.setVisible(true);
        setBusy(false);
    }

    private void send(String message) {
        UI ui = UI.getCurrent();
        error.hide();
        hint.setVisible(false);
        transcript.add(Transcript.USER, message, Instant.now());
        setBusy(true);
        int turnOf = shown;
        UUID user = userId;
        ChatRequest request = new ChatRequest(message, conversationId, context.get());
        Instant sentAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try {
            executor.execute(() -> {
                TurnOutcome outcome = TurnOutcome.of(() -> chat.chat(user, request));
                try {
                    ui.access(() -> finish(outcome, turnOf, sentAt));
                } catch (UIDetachedException tabClosed) {
                    // the reply is in the conversation; the user sees it when they open it again
                }
            });
        } catch (RejectedExecutionException overloaded) {
            finish(TurnOutcome.failed(overloaded), turnOf, sentAt);
        }
    }

    private void finish(TurnOutcome outcome, int turnOf, Instant sentAt) {
        if (turnOf != shown) {
            turnEnded.accept(conversationId);
            return;
        }
        setBusy(false);
        ChatReply reply = outcome.reply();
        if (reply != null) {
            conversationId = reply.conversationId();
            transcript.add("assistant", reply.reply(), Instant.now());
            transcript.addActions(reply.actions(), decisions);
        } else {
            error.show(ChatProblem.of(outcome.failure()));
            if (outcome.failure() instanceof dev.crm.domain.shared.RecordNotFoundException) {
                conversationId = null;
            } else if (conversationId == null) {
                conversationId = startedSince(sentAt);
            }
        }
        turnEnded.accept(conversationId);
    }

    /**
     * The assistant keeps a first message even when the turn then fails (no key, provider down), in a conversation
     * it started; going on in it keeps the next try with that message instead of starting another.
     */
    private UUID startedSince(Instant sentAt) {
        return conversations.list(userId).stream()
                .findFirst()
                .filter(latest -> !latest.createdAt().isBefore(sentAt))
                .map(Conversations.Summary::id)
                .orElse(null);
    }

    /** The user's Confirm, Cancel and Undo: quick local work, done here; a refusal shows in the banner. */
    private final ActionCard.Decisions decisions = new ActionCard.Decisions() {
        @Override
        public ChatAction confirm(ChatAction action) {
            return decide(() -> actions.confirm(userId, action.id()), "✓ Confirmed: ", action);
        }

        @Override
        public ChatAction cancel(ChatAction action) {
            return decide(() -> actions.cancel(userId, action.id()), "✗ Cancelled: ", action);
        }

        @Override
        public ChatAction undo(ChatAction action) {
            return decide(() -> actions.undo(userId, action.id()), "↶ Undone: ", action);
        }
    };

    private ChatAction decide(Supplier<ChatAction> decision, String note, ChatAction action) {
        error.hide();
        try {
            ChatAction decided = decision.get();
            transcript.add("assistant", note + action.summary(), Instant.now());
            return decided;
        } catch (RecordNotFoundException gone) {
            // the action's record (or the action) went meanwhile, e.g. deleted in another tab
            error.show(ChatProblem.of(new NotAllowedException(
                    "That " + gone.type().toLowerCase(java.util.Locale.ROOT)
                            + " no longer exists; nothing was changed.",
                    List.of())));
            return null;
        } catch (RuntimeException refused) {
            error.show(ChatProblem.of(refused));
            return null;
        }
    }

    private void setBusy(boolean busy) {
        input.setEnabled(!busy);
        thinking.setVisible(busy);
    }

    private static HorizontalLayout thinking() {
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        bar.setWidth("4rem");
        Span label = new Span("Thinking…");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout thinking = new HorizontalLayout(bar, label);
        thinking.setId("chat-thinking");
        thinking.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        thinking.getStyle().set("padding", "0 var(--lumo-space-m)");
        thinking.setVisible(false);
        return thinking;
    }

    private static Paragraph hint() {
        Paragraph hint = new Paragraph("Ask me to find, add or change your contacts, organizations, projects and "
                + "tasks — for example “Add Ada Lovelace, CTO at Analytical Engines”.");
        hint.setId("chat-hint");
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("padding", "0 var(--lumo-space-m)");
        return hint;
    }

    /** A turn's reply, or why there is none. */
    private record TurnOutcome(ChatReply reply, RuntimeException failure) {

        static TurnOutcome of(Supplier<ChatReply> turn) {
            try {
                return new TurnOutcome(turn.get(), null);
            } catch (RuntimeException e) {
                return failed(e);
            }
        }

        static TurnOutcome failed(RuntimeException e) {
            return new TurnOutcome(null, e);
        }
    }
}
