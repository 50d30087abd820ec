package dev.crm.assistant.conversation;

import dev.crm.projections.support.RowSecurity;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
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

    public record Summary(UUID id, String title, Instant createdAt, Instant updatedAt) {}

    public record Message(int position, String role, String content, Instant createdAt) {}

    @Transactional(readOnly = true)
    public List<Summary> list(UUID userId) {
        rowSecurity.actAs(userId);
        return jdbc.sql("select * from conversation where owner_id = :me order by updated_at desc, id limit 200")
                .param("me", userId)
                .query((rs, n) -> new Summary(
                        rs.getObject("id", UUID.class),
                        rs.getString("title"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("updated_at").toInstant()))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Summary> find(UUID userId, UUID id) {
        rowSecurity.actAs(userId);
        return jdbc.sql("select * from conversation where owner_id = :me and id = :id")
                .param("me", userId)
                .param("id", id)
                .query((rs, n) -> new Summary(
                        rs.getObject("id", UUID.class),
                        rs.getString("title"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    /** The latest {@code limit} messages, oldest first. */
    @Transactional(readOnly = true)
    public List<Message> messages(UUID userId, UUID id, int limit) {
        rowSecurity.actAs(userId);
        List<Message> newestFirst = jdbc.sql("""
                        select * from conversation_message where owner_id = :me and conversation_id = :id
                        order by position desc limit :limit""")
                .param("me", userId)
                .param("id", id)
                .param("limit", limit)
                .query((rs, n) -> new Message(
                        rs.getInt("position"),
                        rs.getString("role"),
                        rs.getString("content"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
        List<Message> oldestFirst = new java.util.ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
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
}
