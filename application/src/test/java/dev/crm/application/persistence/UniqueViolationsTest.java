package dev.crm.application.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class UniqueViolationsTest {

    private final UniqueViolations resolver = new UniqueViolations();

    @Test
    void aTakenSequenceNumberIsADuplicateKeyHoweverTheDriverWrapsIt() {
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint", "23505");
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "23505", new int[0]);
        BatchUpdateException batchWithNext = new BatchUpdateException("Batch entry 0 was aborted", null, new int[0]);
        batchWithNext.setNextException(duplicate);

        assertThat(resolver.isDuplicateKeyViolation(duplicate)).isTrue();
        assertThat(resolver.isDuplicateKeyViolation(batch)).isTrue();
        assertThat(resolver.isDuplicateKeyViolation(batchWithNext)).isTrue();
        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException("wrapped", batchWithNext)))
                .isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("check violation", "23514")))
                .isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("connection lost")))
                .isFalse();
    }
}
