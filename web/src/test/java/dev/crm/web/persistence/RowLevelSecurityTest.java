package dev.crm.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.application.contact.ContactService;
import dev.crm.domain.contact.ContactDetails;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.Channel;
import dev.crm.projections.contact.ContactQueries;
import dev.crm.projections.support.PageRequest;
import dev.crm.projections.support.RowSecurity;
import dev.crm.web.support.CrmIntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Isolation does not rest on remembering the owner filter: PostgreSQL itself hides foreign rows. */
@CrmIntegrationTest
class RowLevelSecurityTest {

    @Autowired
    ContactService contacts;

    @Autowired
    ContactQueries contactQueries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RowSecurity rowSecurity;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aQueryThatForgetsTheOwnerFilterStillSeesOnlyTheActorsRows() {
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        contacts.create(Actor.of(alice, Channel.API), new ContactDetails("Alice's contact", null, null, null, null));
        contacts.create(Actor.of(bob, Channel.API), new ContactDetails("Bob's contact", null, null, null, null));

        List<String> seenByAlice = transaction.execute(tx -> {
            rowSecurity.actAs(alice);
            return jdbc.sql("select name from contact").query(String.class).list(); // no owner filter on purpose
        });
        assertThat(seenByAlice).containsExactly("Alice's contact");

        List<String> history = transaction.execute(tx -> {
            rowSecurity.actAs(alice);
            return jdbc.sql("select event_type from audit_entry")
                    .query(String.class)
                    .list();
        });
        assertThat(history).containsExactly("ContactCreated");
    }

    @Test
    void withoutAnActingUserNothingIsVisible() {
        contacts.create(
                Actor.of(UUID.randomUUID(), Channel.API), new ContactDetails("Someone's", null, null, null, null));
        Long visible = transaction.execute(
                tx -> jdbc.sql("select count(*) from contact").query(Long.class).single());
        assertThat(visible).isZero();
    }

    /** V7 let any transaction see every row with set_config('app.rebuild', 'on'); rebuilds now need their own role. */
    @Test
    void theAppRoleCannotDeclareItselfARebuild() {
        UUID alice = UUID.randomUUID();
        contacts.create(Actor.of(alice, Channel.API), new ContactDetails("Not for rebuilders", null, null, null, null));
        List<Long> visible = transaction.execute(tx -> {
            jdbc.sql("select set_config('app.rebuild', 'on', true)")
                    .query(String.class)
                    .single();
            return List.of(
                    jdbc.sql("select count(*) from contact").query(Long.class).single(),
                    jdbc.sql("select count(*) from audit_entry")
                            .query(Long.class)
                            .single());
        });
        assertThat(visible).containsExactly(0L, 0L);
        assertThatThrownBy(() -> transaction.executeWithoutResult(tx -> {
                    jdbc.sql("select set_config('app.rebuild', 'on', true)")
                            .query(String.class)
                            .single();
                    jdbc.sql("""
                    insert into contact (id, owner_id, name, created_at, updated_at, version)
                    values (gen_random_uuid(), gen_random_uuid(), 'planted', now(), now(), 1)""").update();
                }))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("row-level security");
    }

    /** The projector adds entries and keeps its per-record state; nothing of the app role removes or rewrites history. */
    @Test
    void theAuditTrailIsAppendOnlyForTheAppRole() {
        UUID alice = UUID.randomUUID();
        contacts.create(Actor.of(alice, Channel.API), new ContactDetails("Audited", null, null, null, null));
        for (String statement : List.of(
                "update audit_entry set channel = channel",
                "delete from audit_entry",
                "truncate audit_entry",
                "delete from audit_state",
                "truncate audit_state")) {
            assertThatThrownBy(() -> transaction.executeWithoutResult(tx -> {
                        rowSecurity.actAs(alice);
                        jdbc.sql(statement).update();
                    }))
                    .as(statement)
                    .rootCause()
                    .hasMessageContaining("permission denied");
        }
        List<String> history = transaction.execute(tx -> {
            rowSecurity.actAs(alice);
            return jdbc.sql("select event_type from audit_entry")
                    .query(String.class)
                    .list();
        });
        assertThat(history).containsExactly("ContactCreated");
    }

    @Test
    void rowsCannotBeWrittenForAnotherUser() {
        UUID alice = UUID.randomUUID();
        assertThatThrownBy(() -> transaction.executeWithoutResult(tx -> {
                    rowSecurity.actAs(alice);
                    jdbc.sql("""
                    insert into contact (id, owner_id, name, created_at, updated_at, version)
                    values (gen_random_uuid(), gen_random_uuid(), 'planted', now(), now(), 1)""").update();
                }))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("row-level security");
    }

    /** Security policies keep non-leakproof conditions out of index scans; ours are built to stay in. */
    @Test
    void deepPagesAndSearchesCanUseTheirIndexesUnderRowLevelSecurity() {
        UUID alice = UUID.randomUUID();
        String deepPage = transaction.execute(tx -> {
            rowSecurity.actAs(alice);
            jdbc.sql("set local enable_seqscan = off").update();
            return String.join(
                    "\n",
                    jdbc.sql("""
                    explain select id from contact where owner_id = :owner and name_key >= 'm'
                      and (name_key > 'm' or id > gen_random_uuid()) order by name_key, id limit 50""").param("owner", alice).query(String.class).list());
        });
        assertThat(deepPage).containsPattern("Index Cond: \\(\\(owner_id = .*\\) AND \\(name_key >= 'm'::text\\)\\)");
        assertThat(jdbc.sql("select proleakproof from pg_proc where proname = 'textlike'")
                        .query(Boolean.class)
                        .single())
                .as("LIKE may use the trigram indexes")
                .isTrue();
        // on project, whose policy (member_ids) no b-tree index serves: contact's owner_id policy is an index condition
        // itself, which the planner prefers on a table this small
        String search = transaction.execute(tx -> {
            rowSecurity.actAs(alice);
            jdbc.sql("set local enable_seqscan = off").update();
            return String.join(
                    "\n",
                    jdbc.sql("explain select id from project where search_text like lower('%Smith%')")
                            .query(String.class)
                            .list());
        });
        assertThat(search).contains("Bitmap Index Scan on project_search");
    }

    /** A generic plan cannot see the search word and would scan the sort index instead of the trigram index. */
    @Test
    void searchesArePlannedForTheirWord() {
        UUID alice = UUID.randomUUID();
        String planning = transaction.execute(tx -> {
            contactQueries.list(alice, new PageRequest(10, null, null, "smith"));
            return jdbc.sql("select current_setting('plan_cache_mode')")
                    .query(String.class)
                    .single();
        });
        assertThat(planning).isEqualTo("force_custom_plan");
        String pageWithoutSearch = transaction.execute(tx -> {
            contactQueries.list(alice, new PageRequest(10, null, null, null));
            return jdbc.sql("select current_setting('plan_cache_mode')")
                    .query(String.class)
                    .single();
        });
        assertThat(pageWithoutSearch).isEqualTo("auto");
    }

    @Test
    void theApplicationRoleIsNeitherSuperuserNorTableOwner() {
        assertThat(jdbc.sql("select rolsuper or rolbypassrls from pg_roles where rolname = current_user")
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(jdbc.sql("select count(*) from pg_tables where schemaname = 'public' and tableowner = current_user")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void noColumnIsALargeObject() {
        assertThat(jdbc.sql(
                                "select count(*) from information_schema.columns where table_schema = 'public' and data_type = 'oid'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("""
                        select count(*) from pg_tables t where schemaname = 'public'
                          and t.tablename not in ('flyway_schema_history', 'workspace', 'app_user', 'workspace_invite', 'rate_limit_bucket', 'token_entry',
                                                  'saga_entry', 'association_value_entry', 'dead_letter_entry')
                          and not t.rowsecurity""").query(Long.class).single())
                .as("tables without row-level security beyond those docs/security.md lists")
                .isZero();
    }
}
