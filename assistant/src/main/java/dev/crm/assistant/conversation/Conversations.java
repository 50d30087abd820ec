package dev.crm.assistant.conversation;

import dev.crm.domain.aikey.AiProvider;
import dev.crm.projections.support.RowSecurity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stores conversations and their messages, each user's own (row-level security on both tables). */
@Component
public class Conversations {

    private final JdbcClient jdbc;
    private final RowSecurity rowSecurity;
    private final Clock clock;

    public Conversations(JdbcClient jdbc, RowSecurity rowSecurity, Clock clock) {
        this.jdbc = jdbc;
        this.rowSecurity = rowSecurity;
        this.clock = clock;
    }

    /** @param provider the provider the user picked for this conversation; null: the workspace's default key */
    public record Summary(
            UUID id,
            String title,
            AiProvider provider,
            Instant createdAt,
            Instant updatedAt,
            long tokensIn,
            long tokensOut) {}

    public record Message(int position, String role, String content, Instant createdAt) {}

    /** What the earlier turns said, condensed, up to and including message {@code upto}; none yet: null text. */
    public record Digest(String text, int upto) {}

    @Transactional(readOnly = true)
    public List<Summary> list(UUID userId) {
        rowSecurity.actAs(userId);
        return jdbc.sql("select * from conversation where owner_id = :me order by updated_at desc, id limit 200")
                .param("me", userId)
                .query(Conversations::summary)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Summary> find(UUID userId, UUID id) {
        rowSecurity.actAs(userId);
        return jdbc.sql("select * from conversation where owner_id = :me and id = :id")
                .param("me", userId)
                .param("id", id)
                .query(Conversations::summary)
                .optional();
    }

    /** The latest {@code limit} messages, oldest first. */
    @Transactional(readOnly = true)
    public List<Message> messages(UUID userId, UUID id, int limit) {
        return messagesAfter(userId, id, 0, limit);
    }

    @Transactional(readOnly = true)
    public Digest digest(UUID userId, UUID id) {
        rowSecurity.actAs(userId);
        return jdbc.sql("select summary, summary_upto from conversation where owner_id = :me and id = :id")
                .param("me", userId)
                .param("id", id)
                .query((rs, n) -> new Digest(rs.getString(1), rs.getInt(2)))
                .optional()
                .orElse(new Digest(null, 0));
    }

    /** The messages after position {@code after}, oldest first, at most the latest {@code limit}. */
    @Transactional(readOnly = true)
    public List<Message> messagesAfter(UUID userId, UUID id, int after, int limit) {
        rowSecurity.actAs(userId);
        List<Message> newestFirst = jdbc.sql("""
                        select * from conversation_message
                        where owner_id = :me and conversation_id = :id and position > :after
                        order by position desc limit :limit""")
                .param("me", userId)
                .param("id", id)
                .param("after", after)
                .param("limit", limit)
                .query(Conversations::message)
                .list();
        List<Message> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    @Transactional
    public void saveDigest(UUID userId, UUID id, Digest digest) {
        rowSecurity.actAs(userId);
        jdbc.sql("update conversation set summary = :text, summary_upto = :upto where id = :id and owner_id = :me")
                .param("text", digest.text())
                .param("upto", digest.upto())
                .param("id", id)
                .param("me", userId)
                .update();
    }

    /** Adds what a turn cost, as the provider counted it. */
    @Transactional
    public void addTokens(UUID userId, UUID id, long in, long out) {
        rowSecurity.actAs(userId);
        jdbc.sql("""
                        update conversation set tokens_in = tokens_in + :in, tokens_out = tokens_out + :out
                        where id = :id and owner_id = :me""")
                .param("in", in)
                .param("out", out)
                .param("id", id)
                .param("me", userId)
                .update();
    }

    @Transactional
    public void start(UUID userId, UUID id, String title) {
        rowSecurity.actAs(userId);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("insert into conversation (id, owner_id, title, created_at, updated_at) values (?, ?, ?, ?, ?)")
                .params(id, userId, title, now, now)
                .update();
    }

    @Transactional
    public void append(UUID userId, UUID id, String role, String content) {
        rowSecurity.actAs(userId);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        insert into conversation_message (conversation_id, position, owner_id, role, content, created_at)
                        values (:id, (select coalesce(max(position), 0) + 1 from conversation_message
                                      where conversation_id = :id), :me, :role, :content, :now)""")
                .param("id", id)
                .param("me", userId)
                .param("role", role)
                .param("content", content)
                .param("now", now)
                .update();
        jdbc.sql("update conversation set updated_at = :now where id = :id")
                .param("now", now)
                .param("id", id)
                .update();
    }

    /** The provider the conversation's next turns use; null goes back to the workspace's default. */
    @Transactional
    public void useProvider(UUID userId, UUID id, AiProvider provider) {
        rowSecurity.actAs(userId);
        jdbc.sql("update conversation set provider = :provider where id = :id and owner_id = :me")
                .param("provider", provider == null ? null : provider.name())
                .param("id", id)
                .param("me", userId)
                .update();
    }

    @Transactional
    public boolean rename(UUID userId, UUID id, String title) {
        rowSecurity.actAs(userId);
        return jdbc.sql("update conversation set title = :title where id = :id and owner_id = :me")
                        .param("title", title)
                        .param("id", id)
                        .param("me", userId)
                        .update()
                == 1;
    }

    @Transactional
    public boolean delete(UUID userId, UUID id) {
        rowSecurity.actAs(userId);
        return jdbc.sql("delete from conversation where id = :id and owner_id = :me")
                        .param("id", id)
                        .param("me", userId)
                        .update()
                == 1;
    }

    private static Summary summary(ResultSet rs, int row) throws SQLException {
        return new Summary(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getString("provider") == null ? null : AiProvider.valueOf(rs.getString("provider")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("tokens_in"),
                rs.getLong("tokens_out"));
    }

    private static Message message(ResultSet rs, int row) throws SQLException {
        return new Message(
                rs.getInt("position"),
                rs.getString("role"),
                rs.getString("content"),
                rs.getTimestamp("created_at").toInstant());
    }
}
