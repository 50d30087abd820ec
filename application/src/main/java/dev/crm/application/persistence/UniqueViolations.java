package dev.crm.application.persistence;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells Axon that an append failed because the stream's next sequence number was taken (PostgreSQL's unique
 * violation, SQLSTATE 23505), so that it raises a {@link org.axonframework.modelling.command.ConcurrencyException}
 * the caller may retry. Axon's own JDBC resolver looks for {@code SQLIntegrityConstraintViolationException}, which the
 * PostgreSQL driver never throws, and reported a concurrent edit from another node as a failing event store.
 */
final class UniqueViolations implements PersistenceExceptionResolver {

    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
