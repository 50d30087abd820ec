package dev.crm.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.web.support.CrmIntegrationTest;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Axon's JDBC token and saga stores work on the V2 tables, which Axon's JPA stores wrote before: tokens written by
 * the JPA store are read, and new rows have the same shape.
 */
@CrmIntegrationTest
class AxonJdbcTablesTest {

    @Autowired
    TokenStore tokens;

    @Autowired
    SagaStore<Object> sagas;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void tokensTheJpaStoreWroteAreReadAndNewOnesLookTheSame() {
        assertThat(tokens).isInstanceOf(JdbcTokenStore.class);
        String group = "legacy-" + UUID.randomUUID();
        // the rows as Axon 4.13's JpaTokenStore wrote them (captured with Hibernate and the bytea dialect): segment 0
        // claimed by a node that has since gone, segment 1 initialized but never processed
        jdbc.sql("""
                        insert into token_entry (processor_name, segment, token, token_type, timestamp, owner) values
                        (?, 0, convert_to('{"globalIndex":42}', 'UTF8'), 'org.axonframework.eventhandling.GlobalSequenceTrackingToken',
                         '2025-12-02T16:27:58.742Z', '12723@vm'),
                        (?, 1, null, null, '2025-12-02T16:27:59.165Z', null)
                        """).params(group, group).update();

        inTransaction(() -> {
            assertThat(tokens.fetchSegments(group)).containsExactly(0, 1);
            assertThat(tokens.fetchToken(group, 0)).isEqualTo(new GlobalSequenceTrackingToken(42));
            assertThat(tokens.fetchToken(group, 1)).isNull();
            tokens.storeToken(new GlobalSequenceTrackingToken(43), group, 0);
        });

        Map<String, Object> row = jdbc.sql(
                        "select convert_from(token, 'UTF8') as token, token_type, timestamp, owner from token_entry"
                                + " where processor_name = ? and segment = 0")
                .param(group)
                .query()
                .singleRow();
        assertThat(row.get("token")).isEqualTo("{\"globalIndex\":43}");
        assertThat(row.get("token_type")).isEqualTo(GlobalSequenceTrackingToken.class.getName());
        assertThat(Instant.parse((String) row.get("timestamp"))).isAfter(Instant.parse("2025-12-02T16:27:58.742Z"));
        assertThat(row.get("owner")).isNotNull().isNotEqualTo("12723@vm");
    }

    @Test
    void theStorageIdentifierIsTheOneInTheConfigRow() {
        String id = read(() -> tokens.retrieveStorageIdentifier().orElseThrow());
        assertThat(jdbc.sql("select convert_from(token, 'UTF8') from token_entry where processor_name = '__config'")
                        .query(String.class)
                        .single())
                .isEqualTo("{\"config\":{\"id\":\"" + id + "\"}}");
    }

    @Test
    void aSagaIsStoredAndFoundByItsAssociation() {
        assertThat(sagas).isInstanceOf(JdbcSagaStore.class);
        String sagaId = UUID.randomUUID().toString();
        AssociationValue association =
                new AssociationValue("contactId", UUID.randomUUID().toString());
        inTransaction(() -> sagas.insertSaga(TestSaga.class, sagaId, new TestSaga("waiting"), Set.of(association)));

        assertThat(read(() -> sagas.findSagas(TestSaga.class, association))).containsExactly(sagaId);
        SagaStore.Entry<TestSaga> entry = read(() -> sagas.loadSaga(TestSaga.class, sagaId));
        assertThat(entry.saga()).isEqualTo(new TestSaga("waiting"));
        assertThat(entry.associationValues()).containsExactly(association);
        inTransaction(() -> sagas.deleteSaga(TestSaga.class, sagaId, Set.of(association)));
        assertThat(read(() -> sagas.findSagas(TestSaga.class, association))).isEmpty();
    }

    public record TestSaga(String state) {}

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> work.run());
    }

    private <T> T read(Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(tx -> work.get());
    }
}
