package dev.crm.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.application.contact.ContactService;
import dev.crm.domain.contact.ContactDetails;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.Channel;
import dev.crm.projections.contact.ContactView;
import dev.crm.projections.support.PageRequest;
import dev.crm.web.support.CrmIntegrationTest;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The event store writes on the transaction's own connection: events and read models commit or roll back together. */
@CrmIntegrationTest
class EventStoreTransactionTest {

    @Autowired
    ContactService contacts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Flyway flyway;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aRolledBackTransactionLeavesNeitherEventNorRow() {
        Actor actor = Actor.of(UUID.randomUUID(), Channel.API);
        UUID[] created = new UUID[1];
        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
                    ContactView contact =
                            contacts.create(actor, new ContactDetails("Rolled Back", null, null, null, null));
                    created[0] = contact.id();
                    throw new IllegalStateException("something later in the same transaction failed");
                }))
                .hasMessageContaining("later");

        assertThat(created[0]).isNotNull();
        assertThat(eventsOf(created[0])).isZero();
        assertThat(contacts.list(actor.userId(), new PageRequest(10, null, null, null))
                        .items())
                .isEmpty();
    }

    @Test
    void aCommittedCreateHasItsEventInTheStore() {
        ContactView contact = contacts.create(
                Actor.of(UUID.randomUUID(), Channel.API), new ContactDetails("Committed", null, null, null, null));
        assertThat(eventsOf(contact.id())).isEqualTo(1);
    }

    private long eventsOf(UUID aggregateId) {
        return eventStoreAsOwner()
                .sql("select count(*) from domain_event_entry where aggregate_identifier = :id")
                .param("id", aggregateId.toString())
                .query(Long.class)
                .single();
    }

    /** The whole event store, read as the owner role: the app role sees a stream only as a user who may see its record. */
    private JdbcClient eventStoreAsOwner() {
        return JdbcClient.create(flyway.getConfiguration().getDataSource());
    }
}
