package dev.crm.application.workspace;

import dev.crm.domain.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works together: the members of a user's workspace, and invitations into it. Other features ask it whether two
 * users share a workspace (e.g. before assigning someone to a project).
 * <p>
 * Invitation codes are random (128 bits), stored only as SHA-256 hashes, single-use and expiring; only the
 * workspace owner issues them.
 */
@Service
public class WorkspaceService {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final String INVITE_FIELD = "inviteCode";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration inviteLifetime;

    public WorkspaceService(
            JdbcClient jdbc, Clock clock, @Value("${crm.workspace.invite-lifetime:P7D}") Duration inviteLifetime) {
        if (inviteLifetime.isNegative() || inviteLifetime.isZero()) {
            throw new IllegalArgumentException("crm.workspace.invite-lifetime must be positive");
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.inviteLifetime = inviteLifetime;
    }

    /** The owner of {@code userId}'s workspace (the user themselves, if they own it). */
    @Transactional(readOnly = true)
    public Member ownerOf(UUID userId) {
        return workspaceMembers(userId).stream()
                .filter(Member::owner)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no workspace owner for user " + userId));
    }

    /** The members of {@code userId}'s workspace (the user included), sorted by name; empty for an unknown user. */
    @Transactional(readOnly = true)
    public List<Member> workspaceMembers(UUID userId) {
        return jdbc.sql("""
                        select u.id, u.name, u.email, w.owner_id = u.id as owner
                        from app_user me
                        join app_user u on u.workspace_id = me.workspace_id
                        join workspace w on w.id = u.workspace_id
                        where me.id = ?
                        order by lower(u.name), u.name, u.id""")
                .param(userId)
                .query((rs, n) -> new Member(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("email"),
                        rs.getBoolean("owner")))
                .list();
    }

    /** Whether both users exist and belong to the same workspace (true for a user and themself). */
    @Transactional(readOnly = true)
    public boolean sameWorkspace(UUID userId, UUID otherUserId) {
        if (userId == null || otherUserId == null) {
            return false;
        }
        return jdbc.sql("""
                        select exists (select 1 from app_user a join app_user b on b.workspace_id = a.workspace_id
                                       where a.id = ? and b.id = ?)""").params(userId, otherUserId).query(Boolean.class).single();
    }

    /** Whether every one of {@code others} belongs to the workspace of {@code userId} (true when there are none). */
    @Transactional(readOnly = true)
    public boolean allInWorkspaceOf(UUID userId, Collection<UUID> others) {
        if (others.isEmpty()) {
            return true;
        }
        Long inWorkspace = jdbc.sql("""
                        select count(*) from app_user u
                        where u.id in (:others)
                          and u.workspace_id = (select workspace_id from app_user where id = :user)""")
                .param("others", others)
                .param("user", userId)
                .query(Long.class)
                .single();
        return inWorkspace == others.size();
    }

    /**
     * @return the workspace {@code userId} owns
     * @throws NotWorkspaceOwnerException if they own none
     */
    @Transactional(readOnly = true)
    public UUID requireOwnedWorkspace(UUID userId) {
        return ownedWorkspace(userId).orElseThrow(NotWorkspaceOwnerException::new);
    }

    /** Whether {@code userId} owns their workspace. */
    @Transactional(readOnly = true)
    public boolean isOwner(UUID userId) {
        return ownedWorkspace(userId).isPresent();
    }

    /**
     * A new invitation into the workspace {@code userId} owns.
     *
     * @throws NotWorkspaceOwnerException if they do not own it
     */
    @Transactional
    public Invite invite(UUID userId) {
        UUID workspaceId = ownedWorkspace(userId).orElseThrow(NotWorkspaceOwnerException::new);
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(inviteLifetime);
        jdbc.sql("""
                        insert into workspace_invite (code_hash, workspace_id, created_by, created_at, expires_at)
                        values (?, ?, ?, ?, ?)""")
                .params(hash(code), workspaceId, userId, Timestamp.from(now), Timestamp.from(expiresAt))
                .update();
        return new Invite(code, expiresAt);
    }

    /**
     * Spends an invitation for the newcomer {@code newUserId}, inside the registration's transaction: the code and the
     * user are stored together or not at all. Spending is one conditional update, so two registrations racing for
     * the same code cannot both win.
     *
     * @return the workspace the newcomer joins
     * @throws InvalidInputException naming {@code inviteCode} if the code is unknown, expired or already used
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID acceptInvite(String code, UUID newUserId) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        update workspace_invite set used_at = ?, used_by = ?
                        where code_hash = ? and used_at is null and expires_at > ?
                        returning workspace_id""")
                .params(Timestamp.from(now), newUserId, hash(code.strip()), Timestamp.from(now))
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> InvalidInputException.of(
                        INVITE_FIELD, "This invitation code is not valid: it may have expired or been used already"));
    }

    private Optional<UUID> ownedWorkspace(UUID userId) {
        return jdbc.sql("select id from workspace where owner_id = ?")
                .param(userId)
                .query(UUID.class)
                .optional();
    }

    private static String hash(String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
