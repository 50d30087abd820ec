package dev.crm.application.account;

import dev.crm.projections.support.RowSecurity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Long-lived refresh tokens: random, stored only as SHA-256 hashes, rotated on every use and revocable. Presenting
 * an already-rotated token revokes the user's whole token family (it was stolen or replayed), and ends the user's
 * access tokens too, as signing out and changing the password do ({@link TokenGenerations}).
 *
 * <p>{@code refresh_token} is under row-level security (V21): each method acts as the token's user, or presents the
 * hash of the token it was given.
 */
@Service
public class RefreshTokenService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration lifetime;
    private final TokenGenerations generations;
    private final RowSecurity rowSecurity;

    public RefreshTokenService(
            JdbcClient jdbc,
            Clock clock,
            @Value("${crm.auth.refresh-token-lifetime:P30D}") Duration lifetime,
            TokenGenerations generations,
            RowSecurity rowSecurity) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.lifetime = lifetime;
        this.generations = generations;
        this.rowSecurity = rowSecurity;
    }

    @Transactional
    public String issue(UUID userId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        rowSecurity.actAs(userId);
        jdbc.sql("insert into refresh_token (token_hash, user_id, created_at, expires_at) values (?, ?, ?, ?)")
                .params(hash(token), userId, Timestamp.from(now), Timestamp.from(now.plus(lifetime)))
                .update();
        return token;
    }

    /** @return the user the token belonged to, with the token now spent; empty if it was not valid */
    @Transactional
    public Optional<UUID> redeem(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        rowSecurity.presentRefreshToken(hash(token));
        Optional<StoredToken> stored = jdbc.sql(
                        "select user_id, expires_at, revoked_at from refresh_token where token_hash = ? for update")
                .param(hash(token))
                .query((rs, n) -> new StoredToken(
                        rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(), rs.getTimestamp(3) != null))
                .optional();
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        StoredToken found = stored.get();
        if (found.revoked()) {
            revokeAll(found.userId());
            return Optional.empty();
        }
        revoke(token);
        return found.expiresAt().isAfter(clock.instant()) ? Optional.of(found.userId()) : Optional.empty();
    }

    /** Signing out: the refresh token is revoked and every access token of its user issued so far ends. */
    @Transactional
    public void signOut(String token) {
        rowSecurity.presentRefreshToken(hash(token));
        jdbc.sql("select user_id from refresh_token where token_hash = ?")
                .param(hash(token))
                .query(UUID.class)
                .optional()
                .ifPresent(generations::advance);
        revoke(token);
    }

    private void revoke(String token) {
        jdbc.sql("update refresh_token set revoked_at = ? where token_hash = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), hash(token))
                .update();
    }

    /** Ends every session of the user: all refresh tokens and every access token issued so far. */
    @Transactional
    public void revokeAll(UUID userId) {
        rowSecurity.actAs(userId);
        jdbc.sql("update refresh_token set revoked_at = ? where user_id = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), userId)
                .update();
        generations.advance(userId);
    }

    private static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record StoredToken(UUID userId, Instant expiresAt, boolean revoked) {}
}
