package dev.crm.application.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The generation of each user's access tokens. A token names the generation it was issued in and is valid only
 * while that is still the user's current one; {@link #advance} ends every token issued before. Each node remembers a
 * user's generation for at most {@link #REMEMBERED}, so a sign-out on one node ends the tokens on the others within
 * that time, and on its own node at once.
 */
@Component
public class TokenGenerations {

    static final Duration REMEMBERED = Duration.ofSeconds(2);

    private final JdbcClient jdbc;
    private final Cache<UUID, Long> current = Caffeine.newBuilder()
            .expireAfterWrite(REMEMBERED)
            .maximumSize(100_000)
            .build();

    public TokenGenerations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The user's current generation (-1 for an unknown user, which no token names). */
    public long of(UUID userId) {
        return current.get(
                userId,
                id -> jdbc.sql("select token_generation from app_user where id = ?")
                        .param(id)
                        .query(Long.class)
                        .optional()
                        .orElse(-1L));
    }

    /** The user's current generation read from the database, for issuing a token. */
    public long fresh(UUID userId) {
        current.invalidate(userId);
        return of(userId);
    }

    /** Ends every access token of the user issued so far (in the caller's transaction, if there is one). */
    public void advance(UUID userId) {
        jdbc.sql("update app_user set token_generation = token_generation + 1 where id = ?")
                .param(userId)
                .update();
        current.invalidate(userId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // a read between the update and the commit would remember the old generation
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    current.invalidate(userId);
                }
            });
        }
    }
}
