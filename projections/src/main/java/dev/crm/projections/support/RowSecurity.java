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
        set("app.user_id", userId.toString());
    }

    /** For rebuilding projections only: the transaction may see and write every row of the read models. */
    public void rebuilding() {
        set("app.rebuild", "on");
    }

    private void set(String setting, String value) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("row security is set per transaction; none is active");
        }
        jdbc.sql("select set_config(?, ?, true)").param(setting).param(value).query(String.class).single();
    }
}
