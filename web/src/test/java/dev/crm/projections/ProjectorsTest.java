package dev.crm.projections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.domain.contact.ContactCreated;
import dev.crm.domain.contact.ContactDeleted;
import dev.crm.domain.contact.ContactDetails;
import dev.crm.domain.contact.ContactUpdated;
import dev.crm.domain.organization.OrganizationCreated;
import dev.crm.domain.organization.OrganizationDetails;
import dev.crm.domain.organization.OrganizationUpdated;
import dev.crm.domain.project.ProjectCreated;
import dev.crm.domain.project.ProjectDeleted;
import dev.crm.domain.project.ProjectDetails;
import dev.crm.domain.project.ProjectStatus;
import dev.crm.domain.project.ProjectUpdated;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.Channel;
import dev.crm.domain.shared.Patch;
import dev.crm.domain.task.TaskCreated;
import dev.crm.domain.task.TaskDetails;
import dev.crm.domain.task.TaskPriority;
import dev.crm.domain.task.TaskStatus;
import dev.crm.projections.audit.AuditTrailProjector;
import dev.crm.projections.contact.ContactProjector;
import dev.crm.projections.organization.OrganizationProjector;
import dev.crm.projections.project.ProjectProjector;
import dev.crm.projections.support.RowSecurity;
import dev.crm.projections.task.TaskProjector;
import dev.crm.web.support.Api;
import dev.crm.web.support.CrmIntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each projector on its own, fed events directly (no aggregate, no command bus) against the real schema, acting as
 * the event's actor under row-level security as in production. Every test rolls back, leaving no rows behind that
 * the event store does not explain.
 */
@CrmIntegrationTest
class ProjectorsTest {

    private static final Instant T1 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-03-02T11:30:00Z");

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RowSecurity rowSecurity;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ContactProjector contacts;

    @Autowired
    OrganizationProjector organizations;

    @Autowired
    ProjectProjector projects;

    @Autowired
    TaskProjector tasks;

    @Autowired
    AuditTrailProjector audit;

    UUID owner;
    UUID assignee;

    @BeforeEach
    void users() {
        owner = UUID.fromString(Api.newUser(http, "Olivia").userId());
        assignee = UUID.fromString(Api.newUser(http, "Arthur").userId());
    }

    @Test
    void contactRowFollowsCreateUpdateDeleteWithVersionAndTimes() {
        UUID id = UUID.randomUUID();
        ContactDetails ada = new ContactDetails("Ada", "ada@example.com", null, null, "Engines");
        inRolledBackTransaction(() -> {
            feed(contacts, "Contact", id, 0, new ContactCreated(id, owner, ada), owner, T1);
            feed(
                    contacts,
                    "Contact",
                    id,
                    1,
                    new ContactUpdated(
                            id,
                            Patch.of(
                                    new ContactDetails("Ada", null, "+44 1", null, "Engines"),
                                    List.of("email", "phone"))),
                    owner,
                    T2);

            Map<String, Object> row = jdbc.sql("select * from contact where id = :id")
                    .param("id", id)
                    .query()
                    .singleRow();
            assertThat(row)
                    .containsEntry("name", "Ada")
                    .containsEntry("phone", "+44 1")
                    .containsEntry("organization", "Engines")
                    .containsEntry("version", 2L);
            assertThat(row.get("email")).isNull();
            assertThat(((java.sql.Timestamp) row.get("created_at")).toInstant()).isEqualTo(T1);
            assertThat(((java.sql.Timestamp) row.get("updated_at")).toInstant()).isEqualTo(T2);

            feed(contacts, "Contact", id, 2, new ContactDeleted(id), owner, T2);
            assertThat(count("contact", id)).isZero();
        });
    }

    @Test
    void projectMembersReachItsTasksAndARenamedOrganizationReachesItsProjects() {
        UUID org = UUID.randomUUID();
        UUID project = UUID.randomUUID();
        UUID task = UUID.randomUUID();
        inRolledBackTransaction(() -> {
            feed(
                    organizations,
                    "Organization",
                    org,
                    0,
                    new OrganizationCreated(org, owner, new OrganizationDetails("Acme", null, null)),
                    owner,
                    T1);
            feed(
                    projects,
                    "Project",
                    project,
                    0,
                    new ProjectCreated(
                            project, owner, new ProjectDetails("Apollo", ProjectStatus.PLANNED, org, Set.of(), null)),
                    owner,
                    T1);
            feed(
                    tasks,
                    "Task",
                    task,
                    0,
                    new TaskCreated(
                            task,
                            project,
                            owner,
                            new TaskDetails(
                                    "Launch", TaskStatus.TODO, TaskPriority.MEDIUM, null, LocalDate.of(2026, 4, 1))),
                    owner,
                    T1);
            assertThat(members("task", task)).containsExactly(owner);

            feed(
                    projects,
                    "Project",
                    project,
                    1,
                    new ProjectUpdated(
                            project,
                            Patch.of(
                                    new ProjectDetails("Apollo", ProjectStatus.PLANNED, org, Set.of(assignee), null),
                                    List.of("assigneeIds"))),
                    owner,
                    T2);
            assertThat(members("project", project)).containsExactlyInAnyOrder(owner, assignee);
            assertThat(members("task", task)).containsExactlyInAnyOrder(owner, assignee);

            feed(
                    organizations,
                    "Organization",
                    org,
                    1,
                    new OrganizationUpdated(
                            org, Patch.of(new OrganizationDetails("Acme Corp", null, null), List.of("name"))),
                    owner,
                    T2);
            assertThat(jdbc.sql("select organization_name from project where id = :id")
                            .param("id", project)
                            .query(String.class)
                            .single())
                    .isEqualTo("Acme Corp");

            feed(projects, "Project", project, 2, new ProjectDeleted(project), owner, T2);
            assertThat(count("project", project)).isZero();
            assertThat(count("task", task))
                    .as("a deleted project takes its tasks")
                    .isZero();
        });
    }

    @Test
    void auditTrailRecordsWhoChangedWhatFromWhichValueToWhich() {
        UUID id = UUID.randomUUID();
        UUID conversation = UUID.randomUUID();
        inRolledBackTransaction(() -> {
            feed(
                    audit,
                    "Contact",
                    id,
                    0,
                    new ContactCreated(id, owner, new ContactDetails("Ada", "ada@example.com", null, null, null)),
                    owner,
                    T1);
            GenericDomainEventMessage<?> byAssistant = message(
                    "Contact",
                    id,
                    1,
                    new ContactUpdated(
                            id,
                            Patch.of(
                                    new ContactDetails("Ada", "ada@engines.example", null, null, null),
                                    List.of("email"))),
                    new Actor(owner, Channel.ASSISTANT, conversation.toString()),
                    T2);
            handle(audit, byAssistant);

            List<Map<String, Object>> entries =
                    jdbc.sql("""
                            select version, channel, conversation_id, event_type, changes::text as changes
                            from audit_entry where record_id = :id order by version""").param("id", id).query().listOfRows();
            assertThat(entries).hasSize(2);
            assertThat(entries.get(0))
                    .containsEntry("event_type", "ContactCreated")
                    .containsEntry("version", 1L);
            assertThat(entries.get(1)).containsEntry("channel", Channel.ASSISTANT.code());
            assertThat(String.valueOf(entries.get(1).get("conversation_id"))).isEqualTo(conversation.toString());
            assertThat((String) entries.get(1).get("changes"))
                    .contains("ada@example.com", "ada@engines.example")
                    .doesNotContain("\"name\"");

            handle(audit, byAssistant);
            assertThat(count("audit_entry", "record_id", id))
                    .as("a redelivered event is recorded once")
                    .isEqualTo(2);
        });
    }

    private void inRolledBackTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            rowSecurity.actAs(owner);
            try {
                work.run();
            } finally {
                status.setRollbackOnly();
            }
        });
    }

    private void feed(Object projector, String type, UUID id, long sequence, Object payload, UUID actor, Instant at) {
        handle(projector, message(type, id, sequence, payload, Actor.of(actor, Channel.UI), at));
    }

    private static GenericDomainEventMessage<?> message(
            String type, UUID id, long sequence, Object payload, Actor actor, Instant at) {
        return new GenericDomainEventMessage<>(
                type,
                id.toString(),
                sequence,
                payload,
                actor.toMetaData(),
                UUID.randomUUID().toString(),
                at);
    }

    private static void handle(Object projector, GenericDomainEventMessage<?> message) {
        try {
            new AnnotationEventHandlerAdapter(projector).handle(message);
        } catch (Exception e) {
            throw new AssertionError(
                    "projector refused " + message.getPayloadType().getSimpleName(), e);
        }
    }

    private List<UUID> members(String table, UUID id) {
        return jdbc.sql("select unnest(member_ids) from " + table + " where id = :id")
                .param("id", id)
                .query(UUID.class)
                .list();
    }

    private long count(String table, UUID id) {
        return count(table, "id", id);
    }

    private long count(String table, String column, UUID id) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }
}
