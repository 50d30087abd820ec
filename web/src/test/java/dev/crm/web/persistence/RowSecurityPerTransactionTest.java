package dev.crm.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.projections.support.RowSecurity;
import dev.crm.web.support.CrmIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The acting user is sent once per transaction and connection, and never outlives its transaction. */
@CrmIntegrationTest
class RowSecurityPerTransactionTest {

    @Autowired
    RowSecurity rowSecurity;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void theSameUserIsSentOnceAndAnotherUserReplacesIt() {
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            rowSecurity.actAs(alice);
            assertThat(actingUser()).isEqualTo(alice.toString());

            // were it sent again, this marker would be overwritten
            jdbc.sql("select set_config('app.user_id', 'marker', true)")
                    .query(String.class)
                    .single();
            rowSecurity.actAs(alice);
            assertThat(actingUser()).isEqualTo("marker");

            rowSecurity.actAs(bob);
            assertThat(actingUser()).isEqualTo(bob.toString());
        });
    }

    @Test
    void aNestedTransactionOnItsOwnConnectionIsToldAgain() {
        UUID alice = UUID.randomUUID();
        TransactionTemplate outer = new TransactionTemplate(transactionManager);
        TransactionTemplate nested = new TransactionTemplate(transactionManager);
        nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        outer.executeWithoutResult(tx -> {
            rowSecurity.actAs(alice);
            String inNested = nested.execute(inner -> {
                rowSecurity.actAs(alice);
                return actingUser();
            });
            assertThat(inNested).isEqualTo(alice.toString());
            assertThat(actingUser()).isEqualTo(alice.toString());
        });
    }

    @Test
    void theNextTransactionStartsWithoutAnActingUser() {
        UUID alice = UUID.randomUUID();
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        transaction.executeWithoutResult(tx -> rowSecurity.actAs(alice));
        for (int i = 0; i < 3; i++) { // the pool may hand out the same connection: still nobody is acting
            String user = transaction.execute(tx -> actingUser());
            assertThat(user).isNullOrEmpty();
            transaction.executeWithoutResult(tx -> {
                rowSecurity.actAs(alice);
                assertThat(actingUser()).isEqualTo(alice.toString());
            });
        }
    }

    private String actingUser() {
        return jdbc.sql("select current_setting('app.user_id', true)")
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
