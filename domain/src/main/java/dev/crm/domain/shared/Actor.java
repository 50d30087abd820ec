package dev.crm.domain.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.messaging.MetaData;

/**
 * Who acts, and through which channel. Travels as message metadata on every command and, by correlation,
 * on every event it causes, so aggregates, projectors and the audit trail all know the actor.
 *
 * @param conversationId the assistant's conversation the change came from, if any
 * @param actionId       the one user action (a confirmed assistant proposal, one tool call) that may issue several
 *                       commands — deleting a project deletes its tasks — so history groups them and undo reverts
 *                       them together
 */
public record Actor(UUID userId, Channel channel, String conversationId, UUID actionId) {

    public static final String USER_ID = "userId";
    public static final String CHANNEL = "channel";
    public static final String CONVERSATION_ID = "conversationId";
    public static final String ACTION_ID = "actionId";

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(channel, "channel");
    }

    public Actor(UUID userId, Channel channel, String conversationId) {
        this(userId, channel, conversationId, null);
    }

    public static Actor of(UUID userId, Channel channel) {
        return new Actor(userId, channel, null, null);
    }

    /** The same actor, doing the given action. */
    public Actor inAction(UUID action) {
        return new Actor(userId, channel, conversationId, action);
    }

    public MetaData toMetaData() {
        Map<String, Object> values = new HashMap<>();
        values.put(USER_ID, userId.toString());
        values.put(CHANNEL, channel.code());
        if (conversationId != null) {
            values.put(CONVERSATION_ID, conversationId);
        }
        if (actionId != null) {
            values.put(ACTION_ID, actionId.toString());
        }
        return MetaData.from(values);
    }

    public static Actor from(MetaData metaData) {
        Object user = metaData.get(USER_ID);
        Object channel = metaData.get(CHANNEL);
        if (user == null || channel == null) {
            throw new IllegalStateException("message carries no actor metadata");
        }
        Object conversation = metaData.get(CONVERSATION_ID);
        Object action = metaData.get(ACTION_ID);
        return new Actor(
                UUID.fromString(user.toString()),
                Channel.fromCode(channel.toString()),
                conversation == null ? null : conversation.toString(),
                action == null ? null : UUID.fromString(action.toString()));
    }
}
