package dev.crm.projections.support;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells PostgreSQL's row-level security who is acting, for the current transaction only
 * ({@code set_config(..., true)}), so a query that forgets its owner filter still sees no foreign rows.
 */
@Component
public class RowSecurity {

    private final JdbcClient jdbc;

    public RowSecurity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void actAs(UUID userId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("row security is set per transaction; none is active");
        }
        jdbc.sql("select set_config('app.user_id', ?, true)").param(userId.toString()).query(String.class).single();
    }
}
