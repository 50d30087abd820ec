package dev.crm.assistant.tools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crm.application.shared.Ids;
import dev.crm.assistant.actions.AssistantActions;
import dev.crm.assistant.actions.AssistantActions.PendingChange;
import dev.crm.assistant.actions.AssistantActions.StoredAction;
import dev.crm.assistant.actions.AssistantActions.Verb;
import dev.crm.assistant.actions.ChatAction;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.Channel;
import dev.crm.domain.shared.EditConflictException;
import dev.crm.domain.shared.InvalidInputException;
import dev.crm.domain.shared.NotAllowedException;
import dev.crm.domain.shared.Patch;
import dev.crm.domain.shared.RecordNotFoundException;
import dev.crm.domain.shared.Records;
import dev.crm.domain.shared.StaleVersionException;
import dev.crm.projections.support.Versioned;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One turn of one user's conversation, as the tools see it: who acts (the user, on the assistant's channel, in this
 * conversation), and what the tools did or proposed, kept for the chat and for undo. Each change is its own action,
 * so its commands carry its id.
 */
public class ToolTurn {

    static final int MAX_RESULT = 8_000;

    private final UUID userId;
    private final UUID conversationId;
    private final AssistantActions store;
    private final ObjectMapper json;
    private final Consumer<ChatAction> announce;
    private final List<ChatAction> actions = new ArrayList<>();
    /** The one record this turn has updated on the model's say-so. */
    private UUID updated;
    /** Updates of further records, waiting together for the user's confirmation. */
    private final List<PendingChange> pendingChanges = new ArrayList<>();

    private final List<String> pendingLines = new ArrayList<>();
    private StoredAction pendingUpdate;

    /** @param announce told of each change or proposal as it is made, for a chat that streams */
    public ToolTurn(
            UUID userId,
            UUID conversationId,
            AssistantActions store,
            ObjectMapper json,
            Consumer<ChatAction> announce) {
        this.userId = userId;
        this.conversationId = conversationId;
        this.store = store;
        this.json = json;
        this.announce = announce;
    }

    private void kept(ChatAction action) {
        actions.add(action);
        announce.accept(action);
    }

    public List<ChatAction> actions() {
        return List.copyOf(actions);
    }

    UUID userId() {
        return userId;
    }

    ObjectMapper json() {
        return json;
    }

    /** A change made now: its commands carry a new action id, under which it is kept (undoable). */
    <V extends Versioned> String change(
            Verb verb,
            String recordType,
            Function<Actor, V> change,
            Function<V, UUID> id,
            Function<V, String> summary) {
        return run(() -> {
            UUID actionId = Ids.newId();
            V result = change.apply(actor().inAction(actionId));
            kept(store.done(userId, conversationId, actionId, verb, recordType, id.apply(result), summary.apply(result))
                    .view());
            return result;
        });
    }

    /** How a tool's service applies an edit, as {@code RecordService.update}. */
    interface Update<D extends Record, V> {
        V apply(Actor actor, UUID id, long version, Patch<D> patch);
    }

    /**
     * An update the model asked for. The turn's first updated record changes at once; changes to more records are
     * not made on the model's say-so: they are collected into one pending action the user confirms for all of them.
     *
     * @param current reads the record as the user, for the proposal (and to know it is theirs)
     */
    <D extends Record, V extends Versioned> String update(
            String recordType,
            String idArgument,
            long version,
            Supplier<Patch<D>> patch,
            Update<D, V> update,
            BiFunction<UUID, UUID, V> current,
            Function<V, String> name) {
        return run(() -> {
            UUID id = id("id", idArgument);
            if (id == null) {
                throw new BadArgumentException("id is required: use the id a search returned");
            }
            Patch<D> edit = patch.get();
            String fields = String.join(", ", edit.fields());
            String kind = recordType.toLowerCase(Locale.ROOT);
            if (updated == null || updated.equals(id)) {
                UUID actionId = Ids.newId();
                V result = update.apply(actor().inAction(actionId), id, version, edit);
                updated = id;
                kept(store.done(
                                userId,
                                conversationId,
                                actionId,
                                Verb.UPDATE,
                                recordType,
                                id,
                                "Updated " + kind + " " + name.apply(result) + ": " + fields)
                        .view());
                return result;
            }
            V record = current.apply(userId, id);
            Map<String, Object> values = new LinkedHashMap<>(Records.toMap(edit.values()));
            values.keySet().retainAll(edit.fields());
            pendingChanges.add(new PendingChange(recordType, id, version, values));
            pendingLines.add(kind + " " + name.apply(record) + " (" + fields + ")");
            String summary = "Change " + pendingLines.size()
                    + (pendingLines.size() == 1 ? " more record: " : " records: ") + String.join("; ", pendingLines);
            if (pendingUpdate == null) {
                pendingUpdate = store.pendingChanges(userId, conversationId, Ids.newId(), summary, pendingChanges);
                kept(pendingUpdate.view());
            } else {
                ChatAction before = pendingUpdate.view();
                pendingUpdate = store.setChanges(userId, pendingUpdate.id(), summary, pendingChanges);
                actions.remove(before);
                kept(pendingUpdate.view());
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("pendingActionId", pendingUpdate.id());
            result.put(
                    "status",
                    "Waiting for the user: you already changed one record in this turn, so changes to further "
                            + "records are collected and made only when the user presses Confirm under your reply "
                            + "(once, for all of them). Tell them what will change.");
            return result;
        });
    }

    /**
     * A change the model may not make alone: kept as a pending action on the record as read now, carried out only
     * when the user confirms it in the chat.
     */
    <V extends Versioned> String propose(
            Verb verb, String recordType, Supplier<V> current, Function<V, UUID> id, Function<V, String> summary) {
        return run(() -> {
            V record = current.get();
            ChatAction pending = store.pending(
                            userId,
                            conversationId,
                            Ids.newId(),
                            verb,
                            recordType,
                            id.apply(record),
                            summary.apply(record),
                            record.version())
                    .view();
            kept(pending);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("pendingActionId", pending.id());
            result.put(
                    "status",
                    "Waiting for the user: nothing is changed until they press Confirm under your reply. Tell "
                            + "them what will happen and that they can confirm or cancel.");
            return result;
        });
    }

    /** The result as JSON for the model, or the refusal as an error it can relay; never an exception. */
    String run(Supplier<Object> call) {
        Object result;
        try {
            result = call.get();
        } catch (InvalidInputException e) {
            result = Map.of("error", "Not valid", "fields", e.errors());
        } catch (RecordNotFoundException e) {
            result = Map.of("error", "Not among the user's records: " + e.getMessage());
        } catch (EditConflictException e) {
            result = Map.of(
                    "error",
                    "Someone changed the same fields meanwhile; tell the user, nothing was changed",
                    "conflicts",
                    e.conflicts(),
                    "currentVersion",
                    e.currentVersion());
        } catch (StaleVersionException e) {
            result = Map.of("error", "The record changed meanwhile", "currentVersion", e.currentVersion());
        } catch (NotAllowedException e) {
            result = Map.of("error", e.getMessage());
        } catch (BadArgumentException e) {
            result = Map.of("error", e.getMessage());
        }
        try {
            String text = json.writeValueAsString(result);
            // still JSON when cut: Gemini's client parses every tool result
            return text.length() <= MAX_RESULT
                    ? text
                    : json.writeValueAsString(Map.of("truncated", true, "partial", text.substring(0, MAX_RESULT)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    Actor actor() {
        return new Actor(userId, Channel.ASSISTANT, conversationId.toString());
    }

    static UUID id(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new BadArgumentException(field + " is not an id: use the id a search returned");
        }
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadArgumentException(field + " must be a date like 2027-03-01");
        }
    }

    static <E extends Enum<E>> E choice(String field, Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase().replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new BadArgumentException(field + " must be one of " + List.of(type.getEnumConstants()));
        }
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A model's argument that does not parse: it goes back to the model to correct, never up as a failure. */
    static class BadArgumentException extends RuntimeException {
        BadArgumentException(String message) {
            super(message);
        }
    }
}
