package dev.crm.web.assistant;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.messages.MessageInput;
import com.vaadin.flow.component.messages.MessageListItem;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.Command;
import dev.crm.assistant.actions.ActionService;
import dev.crm.assistant.actions.ChatAction;
import dev.crm.assistant.chat.ChatReply;
import dev.crm.assistant.chat.ChatRequest;
import dev.crm.assistant.chat.ChatService;
import dev.crm.assistant.chat.TurnListener;
import dev.crm.assistant.chat.TurnStop;
import dev.crm.assistant.conversation.Conversations;
import dev.crm.assistant.keys.AiKeyService;
import dev.crm.domain.aikey.AiProvider;
import dev.crm.domain.shared.NotAllowedException;
import dev.crm.domain.shared.RecordNotFoundException;
import dev.crm.web.aikey.ProviderNames;
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
    private final Span status = new Span();
    private final Button stop = new Button("Stop");
    private final HorizontalLayout thinking = thinking(status, stop);
    private final Select<AiProvider> provider = new Select<>();
    private final ErrorBanner error = new ErrorBanner();
    private final MessageInput input = new MessageInput();

    private UUID conversationId;
    /** The running turn's stop button, while one runs. */
    private TurnStop running;
    /** Counts the conversations shown, so a late reply to one the user has left is not shown in another. */
    private int shown;

    private SerializableConsumer<UUID> turnEnded = conversation -> {};

    ChatPanel(
            ChatService chat,
            Conversations conversations,
            ActionService actions,
            AiKeyService keys,
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
        stop.setId("chat-stop");
        stop.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        stop.addClickListener(event -> stopTurn());
        configureProvider(keys.providersFor(userId));
        add(hint, transcript, thinking, error, provider, input);
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
        provider.setValue(conversations
                .find(userId, id)
                .map(Conversations.Summary::provider)
                .filter(picked -> provider.getListDataView().contains(picked))
                .orElse(null));
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
        provider.clear();
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
        TurnStop turnStop = new TurnStop();
        running = turnStop;
        setBusy(true);
        int turnOf = shown;
        UUID user = userId;
        ChatRequest request = new ChatRequest(message, conversationId, context.get(), provider.getValue());
        Instant sentAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        OnScreen onScreen = new OnScreen(ui, turnOf, turnStop);
        try {
            executor.execute(() -> {
                TurnOutcome outcome = TurnOutcome.of(() -> chat.stream(user, request, onScreen, turnStop));
                onScreen.show(() -> finish(outcome, turnOf, sentAt, onScreen));
            });
        } catch (RejectedExecutionException overloaded) {
            finish(TurnOutcome.failed(overloaded), turnOf, sentAt, onScreen);
        }
    }

    private void stopTurn() {
        if (running != null) {
            running.stop();
            stop.setEnabled(false);
            status.setText("Stopping…");
        }
    }

    /**
     * A streamed turn as it shows: the reply grows in its message as the model writes, and the line under it says
     * which tool runs. Each event reaches the browser by server push; one for a conversation the user has left is
     * dropped (it is stored, and shows when that conversation opens again).
     */
    private final class OnScreen implements TurnListener {
        private final UI ui;
        private final int turnOf;
        private final TurnStop turnStop;
        /** The message the model's text goes into; a tool call ends it. */
        private MessageListItem reply;

        private boolean wrote;

        OnScreen(UI ui, int turnOf, TurnStop turnStop) {
            this.ui = ui;
            this.turnOf = turnOf;
            this.turnStop = turnStop;
        }

        boolean stopped() {
            return turnStop.stopped();
        }

        void note(String text) {
            if (reply == null) {
                transcript.add("assistant", text, Instant.now());
            } else {
                reply.appendText("\n\n" + text);
            }
        }

        @Override
        public void text(String delta) {
            show(() -> {
                if (turnOf != shown) {
                    return;
                }
                if (reply == null) {
                    reply = transcript.startReply(Instant.now());
                }
                wrote = true;
                reply.appendText(delta);
                transcript.followEnd();
                if (running != null && !running.stopped()) {
                    status.setText("Writing…");
                }
            });
        }

        @Override
        public void toolStarted(String callId, String tool) {
            show(() -> {
                if (turnOf == shown && running != null && !running.stopped()) {
                    status.setText(ToolNames.doing(tool));
                    reply = null; // text after the tool is a new message, under what it did
                }
            });
        }

        void show(Command change) {
            try {
                ui.access(change);
            } catch (UIDetachedException tabClosed) {
                // the reply is in the conversation; the user sees it when they open it again
            }
        }
    }

    private void finish(TurnOutcome outcome, int turnOf, Instant sentAt, OnScreen onScreen) {
        if (turnOf != shown) {
            turnEnded.accept(conversationId);
            return;
        }
        running = null;
        setBusy(false);
        ChatReply reply = outcome.reply();
        if (reply != null) {
            conversationId = reply.conversationId();
            // the streamed messages stay as they were written
            if (!onScreen.wrote) {
                transcript.add("assistant", reply.reply(), Instant.now());
            } else if (onScreen.stopped()) {
                onScreen.note("*(stopped)*");
            }
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
        provider.setReadOnly(busy);
        thinking.setVisible(busy);
        status.setText("Thinking…");
        stop.setEnabled(busy);
    }

    /** Offers the workspace's other providers for this conversation, when it has more than one. */
    private void configureProvider(List<AiProvider> providers) {
        provider.setId("chat-provider");
        provider.setEmptySelectionAllowed(true);
        provider.setEmptySelectionCaption(
                providers.isEmpty() ? "Default model" : "Default (" + ProviderNames.of(providers.get(0)) + ")");
        provider.setItems(providers);
        provider.setItemLabelGenerator(
                picked -> picked == null ? provider.getEmptySelectionCaption() : ProviderNames.of(picked));
        provider.setAriaLabel("The AI provider of this conversation");
        provider.addThemeVariants(SelectVariant.LUMO_SMALL);
        provider.getStyle().set("padding", "0 var(--lumo-space-m)");
        provider.setVisible(providers.size() > 1);
    }

    private static HorizontalLayout thinking(Span label, Button stop) {
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        bar.setWidth("4rem");
        label.setId("chat-status");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout thinking = new HorizontalLayout(bar, label, stop);
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
