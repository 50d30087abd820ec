package dev.crm.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.application.contact.ContactService;
import dev.crm.application.shared.BaseVersion;
import dev.crm.domain.contact.ContactDetails;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.Channel;
import dev.crm.projections.support.RowSecurity;
import dev.crm.web.support.CrmIntegrationTest;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event store under row-level security (V20), as the app role: a transaction reads only the streams of records its
 * user may see (deleted ones included, for their history), and appends only to those or to a new stream.
 */
@CrmIntegrationTest
class EventStoreRowSecurityTest {

    @Autowired
    ContactService contacts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RowSecurity rowSecurity;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Flyway flyway;

    @Test
    void aUserReadsOnlyTheEventsOfRecordsItMaySee() {
        Actor alice = Actor.of(UUID.randomUUID(), Channel.API);
        Actor bob = Actor.of(UUID.randomUUID(), Channel.API);
        var mine = contacts.create(alice, new ContactDetails("Alice's", null, null, null, null));
        var gone = contacts.create(alice, new ContactDetails("Alice's deleted", null, null, null, null));
        contacts.delete(alice, gone.id(), BaseVersion.ANY);
        var theirs = contacts.create(bob, new ContactDetails("Bob's", null, null, null, null));

        List<String> seenByAlice = transaction.execute(tx -> {
            rowSecurity.actAs(alice.userId());
            return jdbc.sql("select aggregate_identifier || ' #' || sequence_number from domain_event_entry"
                            + " order by global_index")
                    .query(String.class)
                    .list(); // no filter on purpose
        });
        assertThat(seenByAlice).containsExactly(mine.id() + " #0", gone.id() + " #0", gone.id() + " #1");

        Long withoutUser = transaction.execute(tx -> jdbc.sql("select count(*) from domain_event_entry")
                .query(Long.class)
                .single());
        assertThat(withoutUser).isZero();

        // the owner still edits and reads her record through Axon, which loads its stream as her
        contacts.update(
                alice,
                mine.id(),
                1,
                dev.crm.domain.shared.Patch.of(
                        new ContactDetails("Alice's, edited", null, null, null, null), java.util.Set.of("name")));
        assertThat(contacts.get(alice.userId(), mine.id()).name()).isEqualTo("Alice's, edited");
        assertThat(theirs.id()).isNotNull();
    }

    @Test
    void noEventCanBeAppendedToAnotherUsersStream() {
        Actor alice = Actor.of(UUID.randomUUID(), Channel.API);
        Actor bob = Actor.of(UUID.randomUUID(), Channel.API);
        var theirs = contacts.create(bob, new ContactDetails("Bob's", null, null, null, null));
        for (UUID actingAs : new UUID[] {alice.userId(), null}) {
            assertThatThrownBy(() -> transaction.executeWithoutResult(tx -> {
                        if (actingAs != null) {
                            rowSecurity.actAs(actingAs);
                        }
                        jdbc.sql("""
                        insert into domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                                                        payload, payload_type, time_stamp)
                        values (:id, 1, 'Contact', gen_random_uuid()::text, '\\x7b7d'::bytea,
                                'dev.crm.domain.contact.ContactDeleted', now()::text)""").param("id", theirs.id().toString()).update();
                    }))
                    .as("acting as %s", actingAs)
                    .isInstanceOf(DataAccessException.class)
                    .rootCause()
                    .hasMessageContaining("row-level security");
        }
        assertThat(jdbc.sql("select relrowsecurity from pg_class where relname = 'snapshot_event_entry'")
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    /**
     * Loading an aggregate as the app role stays an index scan of its stream, with one primary-key lookup in
     * audit_state per event, also in a store of 200,000 events (made and rolled back in one transaction of the owner,
     * which then acts as the app role; negative global indexes leave the sequence untouched).
     */
    @Test
    void loadingAnAggregateStaysAnIndexLookup() {
        DataSource owner = flyway.getConfiguration().getDataSource();
        UUID alice = UUID.randomUUID();
        UUID record = UUID.randomUUID();
        String plan = new TransactionTemplate(new DataSourceTransactionManager(owner)).execute(tx -> {
            tx.setRollbackOnly();
            JdbcClient asOwner = JdbcClient.create(owner);
            asOwner.sql("""
                    insert into domain_event_entry (global_index, aggregate_identifier, sequence_number, type,
                                                    event_identifier, payload, payload_type, time_stamp)
                    select -i, case when i <= 20 then :record else gen_random_uuid()::text end,
                           case when i <= 20 then i else 0 end,
                           'Contact', gen_random_uuid()::text, '\\x7b7d'::bytea, 'x', now()::text
                    from generate_series(1, 200000) i""").param("record", record.toString()).update();
            asOwner.sql("""
                    insert into audit_state (record_id, owner_id, visible_to, state)
                    select aggregate_identifier::uuid, :alice, array[case when aggregate_identifier = :record
                           then :alice else gen_random_uuid() end], '{}'
                    from domain_event_entry where sequence_number = 0 or aggregate_identifier = :record
                    on conflict do nothing""")
                    .param("alice", alice)
                    .param("record", record.toString())
                    .update();
            asOwner.sql("analyze domain_event_entry").update();
            asOwner.sql("analyze audit_state").update();
            asOwner.sql("set local role crm_app").update();
            asOwner.sql("select set_config('app.user_id', :alice, true)")
                    .param("alice", alice.toString())
                    .query(String.class)
                    .single();
            // the statement Axon's JDBC storage engine sends to load a stream
            return String.join(
                    "\n",
                    asOwner.sql("""
                    explain (analyze, costs off) select * from domain_event_entry
                    where aggregate_identifier = :record and sequence_number >= 0 order by sequence_number""")
                            .param("record", record.toString())
                            .query(String.class)
                            .list());
        });
        System.out.println("Loading a 20-event aggregate among 200,000 events as crm_app:\n" + plan);
        // seen: a bitmap scan of the stream's 20 index entries, 20 primary-key lookups in audit_state, 0.3 ms
        assertThat(plan)
                .containsPattern("Index Scan (using|on) domain_event_entry_aggregate_identifier_sequence_number_key")
                .contains("Index Scan using audit_state_pkey")
                .doesNotContain("Seq Scan")
                .contains("rows=20 ");
    }
}
