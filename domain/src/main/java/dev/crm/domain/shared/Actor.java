package dev.crm.domain.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.messaging.MetaData;

/**
 * Who acts, and through which channel. Travels as message metadata on every command and, by correlation,
 * on every event it causes, so aggregates, projectors and the audit trail all know the actor.
 */
public record Actor(UUID userId, Channel channel, String conversationId) {

    public static final String USER_ID = "userId";
    public static final String CHANNEL = "channel";
    public static final String CONVERSATION_ID = "conversationId";

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(channel, "channel");
    }

    public static Actor of(UUID userId, Channel channel) {
        return new Actor(userId, channel, null);
    }

    public MetaData toMetaData() {
        Map<String, Object> values = new HashMap<>();
        values.put(USER_ID, userId.toString());
        values.put(CHANNEL, channel.code());
        if (conversationId != null) {
            values.put(CONVERSATION_ID, conversationId);
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
        return new Actor(
                UUID.fromString(user.toString()),
                Channel.fromCode(channel.toString()),
                conversation == null ? null : conversation.toString());
    }
}
