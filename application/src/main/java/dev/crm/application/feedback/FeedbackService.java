package dev.crm.application.feedback;

import dev.crm.application.shared.Ids;
import dev.crm.application.shared.InputValidator;
import dev.crm.domain.shared.RecordNotFoundException;
import dev.crm.projections.support.KeysetList;
import dev.crm.projections.support.Page;
import dev.crm.projections.support.PageRequest;
import dev.crm.projections.support.RowSecurity;
import dev.crm.projections.support.SortKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback from the CRM's users. The author sees what they gave; the owner of their workspace sees all of the
 * workspace's feedback. Row-level security enforces the same (as the acting user, set per transaction), so a query
 * that forgot its filter would still see nothing foreign.
 */
@Service
public class FeedbackService {

    private static final String LISTED = """
            (select f.id, f.author_id, u.name as author_name, f.workspace_id, f.category, f.message, f.created_at,
                    f.attachment_name, f.attachment_type, f.attachment_size
             from feedback f join app_user u on u.id = f.author_id) listed""";

    private static final KeysetList<FeedbackEntry> LIST = new KeysetList<>(
            "*",
            LISTED,
            "id",
            List.of(SortKey.timestamp("createdAt", "created_at")),
            "-createdAt",
            null,
            FeedbackService::entry);

    private final JdbcClient jdbc;
    private final RowSecurity rowSecurity;
    private final InputValidator validator;
    private final Clock clock;

    public FeedbackService(JdbcClient jdbc, RowSecurity rowSecurity, InputValidator validator, Clock clock) {
        this.jdbc = jdbc;
        this.rowSecurity = rowSecurity;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * Stores feedback from {@code userId}.
     *
     * @param attachment a file checked with {@link Attachment#of}, or null
     * @throws dev.crm.domain.shared.InvalidInputException naming each bad field
     */
    @Transactional
    public FeedbackEntry submit(UUID userId, FeedbackInput input, Attachment attachment) {
        validator.validate(input);
        Author author = author(userId);
        rowSecurity.actAs(userId);
        UUID id = Ids.newId();
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into feedback (id, author_id, workspace_id, workspace_owner, category, message, created_at,
                                              attachment_name, attachment_type, attachment_size, attachment)
                        values (:id, :author, :workspace, :owner, :category, :message, :createdAt,
                                :attachmentName, :attachmentType, :attachmentSize, :attachment)""")
                .param("id", id)
                .param("author", userId)
                .param("workspace", author.workspaceId())
                .param("owner", author.workspaceOwner())
                .param("category", input.category().name())
                .param("message", input.message().strip())
                .param("createdAt", Timestamp.from(now))
                .param("attachmentName", attachment == null ? null : attachment.name())
                .param(
                        "attachmentType",
                        attachment == null ? null : attachment.type().name())
                .param("attachmentSize", attachment == null ? null : attachment.size())
                .param("attachment", attachment == null ? null : attachment.content())
                .update();
        return new FeedbackEntry(
                id,
                userId,
                author.name(),
                input.category(),
                input.message().strip(),
                now,
                attachment == null
                        ? null
                        : new FeedbackEntry.AttachmentInfo(
                                attachment.name(), attachment.type().mediaType(), attachment.size()));
    }

    /**
     * The feedback {@code userId} may read, newest first: all of their workspace's if they own it, else their own.
     */
    @Transactional(readOnly = true)
    public Page<FeedbackEntry> list(UUID userId, PageRequest request) {
        Author author = author(userId);
        rowSecurity.actAs(userId);
        return author.owner()
                ? LIST.fetch(jdbc, request, "workspace_id = :workspace", Map.of("workspace", author.workspaceId()))
                : LIST.fetch(jdbc, request, "author_id = :author", Map.of("author", userId));
    }

    /** Whether {@link #list} shows {@code userId} the feedback of their whole workspace (they own it). */
    @Transactional(readOnly = true)
    public boolean seesWorkspaceFeedback(UUID userId) {
        return author(userId).owner();
    }

    /** The attachment of feedback {@code userId} may read: they wrote it or own its workspace. */
    @Transactional(readOnly = true)
    public Optional<Attachment> attachment(UUID userId, UUID feedbackId) {
        Author author = author(userId);
        rowSecurity.actAs(userId);
        return jdbc.sql("""
                        select attachment_name, attachment_type, attachment from feedback
                        where id = :id and attachment is not null
                          and (author_id = :user or (workspace_id = :workspace and workspace_owner = :user))""")
                .param("id", feedbackId)
                .param("user", userId)
                .param("workspace", author.workspaceId())
                .query((rs, n) -> new Attachment(
                        rs.getString("attachment_name"),
                        AttachmentType.valueOf(rs.getString("attachment_type")),
                        rs.getBytes("attachment")))
                .optional();
    }

    private Author author(UUID userId) {
        return jdbc.sql("""
                        select u.name, u.workspace_id, w.owner_id from app_user u join workspace w on w.id = u.workspace_id
                        where u.id = ?""")
                .param(userId)
                .query((rs, n) -> new Author(
                        userId,
                        rs.getString("name"),
                        rs.getObject("workspace_id", UUID.class),
                        rs.getObject("owner_id", UUID.class)))
                .optional()
                .orElseThrow(() -> new RecordNotFoundException("User", userId));
    }

    private static FeedbackEntry entry(ResultSet rs, int row) throws SQLException {
        String attachmentType = rs.getString("attachment_type");
        return new FeedbackEntry(
                rs.getObject("id", UUID.class),
                rs.getObject("author_id", UUID.class),
                rs.getString("author_name"),
                FeedbackCategory.valueOf(rs.getString("category")),
                rs.getString("message"),
                rs.getTimestamp("created_at").toInstant(),
                attachmentType == null
                        ? null
                        : new FeedbackEntry.AttachmentInfo(
                                rs.getString("attachment_name"),
                                AttachmentType.valueOf(attachmentType).mediaType(),
                                rs.getInt("attachment_size")));
    }

    private record Author(UUID id, String name, UUID workspaceId, UUID workspaceOwner) {
        boolean owner() {
            return id.equals(workspaceOwner);
        }
    }
}
