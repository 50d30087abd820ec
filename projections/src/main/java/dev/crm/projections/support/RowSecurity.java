package dev.crm.projections.support;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells PostgreSQL's row-level security who is acting, for the current transaction only
 * ({@code set_config(..., true)}), so a query that forgets its owner filter still sees no foreign rows.
 *
 * <p>A setting is sent once per transaction and value: a command's handlers, projectors and read-back all ask, and
 * each round trip to PostgreSQL would otherwise cost as much as the insert it guards. What was sent is remembered
 * with the transaction's connection, so a nested (REQUIRES_NEW) transaction on another connection sends it again.
 */
@Component
public class RowSecurity {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    public RowSecurity(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    public void actAs(UUID userId) {
        set("app.user_id", userId.toString());
    }

    /**
     * Before anyone is signed in, a refresh token is looked up by the SHA-256 hash of the token the client presents:
     * the transaction may then see (and revoke) that one token (migration V21).
     */
    public void presentRefreshToken(String tokenHash) {
        set("app.refresh_token_hash", tokenHash);
    }

    private void set(String setting, String value) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("row security is set per transaction; none is active");
        }
        SentSettings sent = sentInThisTransaction();
        if (sent != null && value.equals(sent.values.get(setting))) {
            return;
        }
        jdbc.sql("select set_config(?, ?, true)")
                .param(setting)
                .param(value)
                .query(String.class)
                .single();
        if (sent != null) {
            sent.values.put(setting, value);
        }
    }

    /** The settings sent on this transaction's connection, or null if they cannot be tracked (always send). */
    private SentSettings sentInThisTransaction() {
        Object connection = TransactionSynchronizationManager.getResource(dataSource);
        if (connection == null || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        SentSettings sent = (SentSettings) TransactionSynchronizationManager.getResource(this);
        if (sent != null && sent.connection == connection) {
            return sent;
        }
        if (sent != null) {
            TransactionSynchronizationManager.unbindResource(this);
        }
        SentSettings fresh = new SentSettings(connection);
        TransactionSynchronizationManager.bindResource(this, fresh);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (TransactionSynchronizationManager.getResource(RowSecurity.this) == fresh) {
                    TransactionSynchronizationManager.unbindResource(RowSecurity.this);
                }
            }
        });
        return fresh;
    }

    /** Belongs to one connection of one transaction. */
    private static final class SentSettings {
        final Object connection;
        final Map<String, String> values = new HashMap<>();

        SentSettings(Object connection) {
            this.connection = connection;
        }
    }
}
