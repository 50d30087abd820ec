package dev.crm.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.application.account.AccountService;
import dev.crm.application.account.Registration;
import dev.crm.application.contact.ContactService;
import dev.crm.application.organization.OrganizationService;
import dev.crm.application.project.ProjectService;
import dev.crm.application.shared.BaseVersion;
import dev.crm.application.shared.ProjectionRebuild;
import dev.crm.application.task.TaskService;
import dev.crm.application.workspace.WorkspaceService;
import dev.crm.domain.contact.ContactDetails;
import dev.crm.domain.organization.OrganizationDetails;
import dev.crm.domain.project.ProjectDetails;
import dev.crm.domain.project.ProjectStatus;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.Channel;
import dev.crm.domain.shared.Patch;
import dev.crm.domain.task.TaskDetails;
import dev.crm.domain.task.TaskPriority;
import dev.crm.domain.task.TaskStatus;
import dev.crm.projections.project.ProjectView;
import dev.crm.web.support.CrmIntegrationTest;
import dev.crm.web.support.MaintenanceCommand;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Resetting the projections and replaying the event store yields exactly the read models built live. The rebuild runs
 * as operators run it, a command of its own that connects as the rebuild role; the app role cannot rebuild.
 */
@CrmIntegrationTest
class ProjectionRebuildTest {

    private static final List<String> TABLES =
            List.of("contact", "organization", "project", "task", "audit_state", "audit_entry");

    @Autowired
    ProjectionRebuild rebuild;

    @Autowired
    AccountService accounts;

    @Autowired
    WorkspaceService workspaces;

    @Autowired
    ContactService contacts;

    @Autowired
    OrganizationService organizations;

    @Autowired
    ProjectService projects;

    @Autowired
    TaskService tasks;

    @Autowired
    Environment environment;

    @Test
    void rebuildingFromTheEventStoreReproducesEveryReadModel() {
        Actor owner = user("Olivia", null);
        Actor assignee = user("Arthur", workspaces.invite(owner.userId()).code());

        var contact = contacts.create(owner, new ContactDetails("Rebuilt Rita", "rita@example.com", null, null, null));
        contacts.update(
                owner,
                contact.id(),
                1,
                Patch.of(new ContactDetails("Rita", null, null, "CTO", null), Set.of("name", "jobPosition")));
        var org = organizations.create(owner, new OrganizationDetails("Replay Ltd", null, "Software"));
        ProjectView project =
                projects.create(owner, new ProjectDetails("Rebuild", null, org.id(), Set.of(assignee.userId()), null));
        var task = tasks.create(
                assignee,
                project.id(),
                new TaskDetails("Replay", TaskStatus.TODO, TaskPriority.HIGH, assignee.userId(), null));
        tasks.update(
                owner,
                task.id(),
                1,
                Patch.of(
                        new TaskDetails("Replay", TaskStatus.DONE, TaskPriority.HIGH, assignee.userId(), null),
                        Set.of("status")));
        projects.update(
                assignee,
                project.id(),
                1,
                Patch.of(
                        new ProjectDetails(
                                "Rebuild", ProjectStatus.IN_PROGRESS, org.id(), Set.of(assignee.userId()), null),
                        Set.of("status")));
        organizations.update(
                owner, org.id(), 1, Patch.of(new OrganizationDetails("Replay Inc", null, null), Set.of("name")));
        var gone = contacts.create(owner, new ContactDetails("Deleted Dan", null, null, null, null));
        contacts.delete(owner, gone.id(), BaseVersion.ANY);

        Map<String, List<String>> live = asRebuildRole(this::dump);
        assertThat(live.get("project")).anyMatch(row -> row.contains("Replay Inc"));
        // lose a read model and part of the audit trail, so that the rebuild has something to restore
        asRebuildRole(jdbc -> jdbc.sql("delete from contact").update()
                + jdbc.sql("delete from audit_entry where record_id = :id")
                        .param("id", task.id())
                        .update());

        MaintenanceCommand.run(environment, "--crm.projections.rebuild=true");

        Map<String, List<String>> rebuilt = asRebuildRole(this::dump);
        for (String table : TABLES) {
            assertThat(rebuilt.get(table)).as(table).containsExactlyElementsOf(live.get(table));
        }
    }

    @Test
    void theAppRoleCannotRebuild() {
        assertThatThrownBy(() -> rebuild.rebuildAll())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("--crm.projections.rebuild=true");
    }

    /** What the rebuild needs, and nothing of the accounts, the feedback or the event store beyond reading it. */
    @Test
    void theRebuildRoleReadsEventsAndResetsReadModelsOnly() {
        contacts.create(user("Eve", null), new ContactDetails("Someone's contact", null, null, null, null));
        asRebuildRole(jdbc -> {
            assertThat(jdbc.sql("select current_user").query(String.class).single())
                    .isEqualTo("crm_rebuild");
            assertThat(jdbc.sql("select count(*) from domain_event_entry")
                            .query(Long.class)
                            .single())
                    .isPositive();
            for (String statement : List.of(
                    "select count(*) from app_user",
                    "select count(*) from workspace",
                    "select count(*) from refresh_token",
                    "select count(*) from feedback",
                    "delete from domain_event_entry",
                    "update domain_event_entry set type = type",
                    "select count(*) from snapshot_event_entry",
                    "truncate contact")) {
                assertThatThrownBy(() -> jdbc.sql(statement).query().singleValue())
                        .as(statement)
                        .rootCause()
                        .hasMessageContaining("permission denied");
            }
            return null;
        });
    }

    /** A connection of the rebuild role, its password generated into the data folder like the app role's. */
    private <T> T asRebuildRole(java.util.function.Function<JdbcClient, T> work) {
        try (Connection connection = DriverManager.getConnection(
                environment.getProperty("spring.datasource.url"),
                environment.getProperty("crm.db.rebuild-user"),
                environment.getProperty("crm.db.rebuild-password"))) {
            return work.apply(JdbcClient.create(new SingleConnectionDataSource(connection, true)));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Actor user(String name, String inviteCode) {
        UUID id = accounts.register(new Registration(
                        name.toLowerCase() + "." + UUID.randomUUID() + "@example.com",
                        "a long passphrase",
                        name,
                        inviteCode))
                .getId();
        return Actor.of(id, Channel.UI);
    }

    /** Every row of every read model, as JSON without the audit entries' generated ids. */
    private Map<String, List<String>> dump(JdbcClient jdbc) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String table : TABLES) {
            String key = table.equals("audit_state")
                    ? "record_id"
                    : table.equals("audit_entry") ? "record_id, version" : "id";
            tables.put(
                    table,
                    jdbc.sql("select (to_jsonb(t) - 'id')::text from " + table + " t order by " + key)
                            .query(String.class)
                            .list());
        }
        return tables;
    }
}
