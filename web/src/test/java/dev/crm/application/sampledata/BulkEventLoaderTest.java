package dev.crm.application.sampledata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crm.application.account.AccountService;
import dev.crm.application.contact.ContactService;
import dev.crm.application.organization.OrganizationService;
import dev.crm.application.project.ProjectService;
import dev.crm.application.shared.BaseVersion;
import dev.crm.application.shared.InputValidator;
import dev.crm.application.task.TaskService;
import dev.crm.application.workspace.WorkspaceService;
import dev.crm.domain.contact.ContactCreated;
import dev.crm.domain.contact.ContactDetails;
import dev.crm.domain.project.ProjectDetails;
import dev.crm.domain.project.ProjectStatus;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.Channel;
import dev.crm.domain.shared.EditConflictException;
import dev.crm.domain.shared.InvalidInputException;
import dev.crm.domain.shared.Patch;
import dev.crm.domain.shared.RecordNotFoundException;
import dev.crm.domain.task.TaskDetails;
import dev.crm.domain.task.TaskStatus;
import dev.crm.projections.audit.HistoryEntry;
import dev.crm.projections.contact.ContactView;
import dev.crm.projections.organization.OrganizationView;
import dev.crm.projections.project.ProjectFilter;
import dev.crm.projections.project.ProjectView;
import dev.crm.projections.support.Page;
import dev.crm.projections.support.PageRequest;
import dev.crm.projections.task.TaskFilter;
import dev.crm.projections.task.TaskView;
import dev.crm.testsupport.Workspaces;
import dev.crm.testsupport.Workspaces.TestUser;
import dev.crm.web.support.CrmIntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The bulk path writes what the command path writes: same events, same read-model rows, same history — for contacts,
 * organizations, projects and tasks.
 */
@CrmIntegrationTest
class BulkEventLoaderTest {

    @Autowired
    EventStore eventStore;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    InputValidator validator;

    @Autowired
    ContactService contacts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Flyway flyway;

    @Autowired
    ObjectMapper json;

    @Autowired
    ApplicationContext context;

    @Autowired
    OrganizationService organizations;

    @Autowired
    ProjectService projects;

    @Autowired
    TaskService tasks;

    @Autowired
    AccountService accounts;

    @Autowired
    WorkspaceService workspaces;

    @Autowired
    OrganizationSampleGenerator organizationGenerator;

    @Autowired
    ProjectSampleGenerator projectGenerator;

    @Autowired
    TaskSampleGenerator taskGenerator;

    final ContactSampleGenerator generator = new ContactSampleGenerator();

    BulkEventLoader loader() {
        return new BulkEventLoader(eventStore, transactionManager, validator);
    }

    static BulkEventLoader.Options options(int batchSize, int threads, long seed) {
        return new BulkEventLoader.Options(batchSize, threads, seed, Duration.ofSeconds(5));
    }

    @Test
    void aLoadedContactIsIndistinguishableFromOneCreatedThroughTheService() throws Exception {
        UUID owner = UUID.randomUUID();
        Actor actor = Actor.of(owner, BulkEventLoader.CHANNEL);
        BulkEventLoader.Result result = loader().load(owner, generator, 7, options(3, 2, 42));
        assertThat(result.records()).isEqualTo(7);

        List<ContactView> loaded = contacts.list(owner, PageRequest.first(50)).items();
        assertThat(loaded).hasSize(7);
        ContactView sample = loaded.get(0);
        ContactView viaService = contacts.create(actor, sample.details());

        // read model: same fields, same version, nothing but id and times differ
        assertThat(sample.details()).isEqualTo(viaService.details());
        assertThat(sample.version()).isEqualTo(viaService.version()).isEqualTo(1);
        assertThat(sample.createdAt()).isEqualTo(sample.updatedAt());
        assertThat(rawRow("contact", owner, sample.id())).isEqualTo(rawRow("contact", owner, viaService.id()));

        // event store: same aggregate type, sequence, payload type and revision, payload and metadata
        Map<String, Object> loadedEvent = storedEvent(sample.id());
        Map<String, Object> serviceEvent = storedEvent(viaService.id());
        for (String column : List.of("type", "sequence_number", "payload_type", "payload_revision")) {
            assertThat(loadedEvent.get(column)).as(column).isEqualTo(serviceEvent.get(column));
        }
        assertThat(json.readTree((byte[]) loadedEvent.get("meta_data")))
                .isEqualTo(json.readTree((byte[]) serviceEvent.get("meta_data")));
        assertThat(withoutId(loadedEvent, "contactId")).isEqualTo(withoutId(serviceEvent, "contactId"));

        // audit trail: one creation entry by the owner through the same channel, listing the same fields
        HistoryEntry loadedHistory = single(contacts.history(owner, sample.id()));
        HistoryEntry serviceHistory = single(contacts.history(owner, viaService.id()));
        assertThat(loadedHistory)
                .usingRecursiveComparison()
                .ignoringFields("occurredAt")
                .isEqualTo(serviceHistory);
        assertThat(loadedHistory.channel()).isEqualTo("api");
        assertThat(loadedHistory.actorId()).isEqualTo(owner);

        // searchable like any other contact
        String word = sample.name().split(" ")[0];
        assertThat(contacts.list(owner, new PageRequest(200, null, null, word)).items())
                .extracting(ContactView::id)
                .contains(sample.id());

        // the aggregate is event-sourced from the loaded event: it merges, detects conflicts, updates and deletes
        ContactView updated = contacts.update(
                actor,
                sample.id(),
                1,
                Patch.of(new ContactDetails(null, null, "+44 20 7946 0999", null, null), List.of("phone")));
        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.phone()).isEqualTo("+44 20 7946 0999");
        ContactView merged = contacts.update(
                actor,
                sample.id(),
                1,
                Patch.of(new ContactDetails(null, null, null, "Chief Sampler", null), List.of("jobPosition")));
        assertThat(merged.phone()).isEqualTo("+44 20 7946 0999");
        assertThat(merged.jobPosition()).isEqualTo("Chief Sampler");
        assertThatThrownBy(() -> contacts.update(
                        actor,
                        sample.id(),
                        1,
                        Patch.of(new ContactDetails(null, null, "+44 20 7946 0111", null, null), List.of("phone"))))
                .isInstanceOf(EditConflictException.class);
        List<HistoryEntry> history = contacts.history(owner, sample.id());
        assertThat(history).hasSize(3);
        assertThat(history).extracting(HistoryEntry::eventType).contains("ContactCreated", "ContactUpdated");
        contacts.delete(actor, sample.id(), BaseVersion.ANY);
        assertThatThrownBy(() -> contacts.get(owner, sample.id())).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void theSameSeedLoadsTheSameRecordsWithTheSameIds() {
        UUID owner = UUID.randomUUID();
        loader().load(owner, generator, 5, options(2, 2, 7));
        List<ContactView> first = contacts.list(owner, PageRequest.first(50)).items();
        UUID otherOwner = UUID.randomUUID();
        assertThatThrownBy(() -> loader().load(otherOwner, generator, 5, options(2, 1, 7)))
                .as("the same ids again are the same aggregates: the event store refuses them")
                .isInstanceOf(IllegalStateException.class);
        assertThat(contacts.list(otherOwner, PageRequest.first(50)).items())
                .as("the failed batch rolled back")
                .isEmpty();
        assertThat(first).hasSize(5);
    }

    @Test
    void recordsFailingTheSharedValidationRulesAreRefused() {
        UUID owner = UUID.randomUUID();
        SampleGenerator invalid = new SampleGenerator() {
            @Override
            public String name() {
                return "contacts";
            }

            @Override
            public String aggregateType() {
                return "Contact";
            }

            @Override
            public ContactCreated create(UUID id, SampleContext context) {
                return new ContactCreated(
                        id, context.ownerId(), new ContactDetails("Bad", "not an e-mail", null, null, null));
            }
        };
        assertThatThrownBy(() -> loader().load(owner, invalid, 3, options(10, 1, 1)))
                .hasCauseInstanceOf(InvalidInputException.class);
        assertThat(contacts.list(owner, PageRequest.first(50)).items()).isEmpty();
    }

    @Test
    void organizationsProjectsTasksAndContactsLoadedInOneRunAreWhatTheCommandPathWrites() throws Exception {
        Workspaces users = new Workspaces(accounts, workspaces);
        TestUser owner = users.register("Sam Sampler");
        TestUser colleague = users.registerInvitedBy("Cole League", owner);
        Actor actor = Actor.of(owner.id(), BulkEventLoader.CHANNEL);
        List<UUID> colleagues = List.of(colleague.id());
        BulkEventLoader loader = loader();
        BulkEventLoader.Options options = options(7, 2, 11);
        assertThat(loader.load(owner.id(), colleagues, organizationGenerator, 20, options)
                        .records())
                .isEqualTo(20);
        assertThat(loader.load(owner.id(), colleagues, projectGenerator, 30, options)
                        .records())
                .isEqualTo(30);
        assertThat(loader.load(owner.id(), colleagues, taskGenerator, 200, options)
                        .records())
                .isEqualTo(200);
        assertThat(loader.load(owner.id(), colleagues, generator, 40, options).records())
                .isEqualTo(40);

        // organizations: different names; the contacts' employers are among them
        List<OrganizationView> loadedOrganizations = all(page -> organizations.list(owner.id(), page));
        assertThat(loadedOrganizations)
                .hasSize(20)
                .extracting(OrganizationView::name)
                .doesNotHaveDuplicates();
        Set<String> organizationNames =
                loadedOrganizations.stream().map(OrganizationView::name).collect(Collectors.toSet());
        Set<UUID> organizationIds =
                loadedOrganizations.stream().map(OrganizationView::id).collect(Collectors.toSet());
        List<ContactView> loadedContacts = all(page -> contacts.list(owner.id(), page));
        assertThat(loadedContacts)
                .hasSize(40)
                .filteredOn(c -> c.organization() != null)
                .isNotEmpty()
                .allMatch(c -> organizationNames.contains(c.organization()));

        // projects: the owner's organizations, the owner's workspace as assignees; each assignee sees their projects
        List<ProjectView> loadedProjects = all(page -> projects.list(owner.id(), page, ProjectFilter.NONE));
        assertThat(loadedProjects).hasSize(30).allMatch(p -> p.ownerId().equals(owner.id()));
        assertThat(loadedProjects)
                .filteredOn(p -> p.organizationId() != null)
                .isNotEmpty()
                .allMatch(p -> organizationIds.contains(p.organizationId())
                        && organizationNames.contains(p.organizationName()));
        assertThat(loadedProjects).allMatch(p -> colleagues.containsAll(p.assigneeIds()));
        Set<UUID> sharedProjects = loadedProjects.stream()
                .filter(p -> p.assigneeIds().contains(colleague.id()))
                .map(ProjectView::id)
                .collect(Collectors.toSet());
        assertThat(sharedProjects).isNotEmpty().hasSizeLessThan(30);
        assertThat(all(page -> projects.list(colleague.id(), page, ProjectFilter.NONE)))
                .extracting(ProjectView::id)
                .containsExactlyInAnyOrderElementsOf(sharedProjects);

        // tasks: in the loaded projects, assigned to someone who works on the project; seen by whoever sees it
        Map<UUID, ProjectView> projectsById =
                loadedProjects.stream().collect(Collectors.toMap(ProjectView::id, p -> p));
        List<TaskView> loadedTasks = all(page -> tasks.list(owner.id(), page, TaskFilter.NONE));
        assertThat(loadedTasks)
                .hasSize(200)
                .allMatch(t -> projectsById.containsKey(t.projectId()))
                .allMatch(t ->
                        t.projectName().equals(projectsById.get(t.projectId()).name()));
        for (TaskView task : loadedTasks) {
            if (task.assigneeId() != null) {
                ProjectView project = projectsById.get(task.projectId());
                assertThat(task.assigneeId()).isIn(union(project.ownerId(), project.assigneeIds()));
            }
        }
        assertThat(all(page -> tasks.list(colleague.id(), page, TaskFilter.NONE)))
                .extracting(TaskView::id)
                .containsExactlyInAnyOrderElementsOf(loadedTasks.stream()
                        .filter(t -> sharedProjects.contains(t.projectId()))
                        .map(TaskView::id)
                        .toList());

        // each kind: the same event, read-model row and history entry as a record created through its service
        OrganizationView organization = loadedOrganizations.stream()
                .filter(o -> o.description() != null && o.industry() != null)
                .findFirst()
                .orElseThrow();
        OrganizationView organizationViaService = organizations.create(actor, organization.details());
        assertThat(organizationViaService.details()).isEqualTo(organization.details());
        assertThat(rawRow("organization", owner.id(), organization.id()))
                .isEqualTo(rawRow("organization", owner.id(), organizationViaService.id()));
        assertSameStoredEvent(organization.id(), organizationViaService.id(), "organizationId");
        assertThat(single(organizations.history(owner.id(), organization.id())))
                .usingRecursiveComparison()
                .ignoringFields("occurredAt")
                .isEqualTo(single(organizations.history(owner.id(), organizationViaService.id())));

        ProjectView project = loadedProjects.stream()
                .filter(p -> p.organizationId() != null && !p.assigneeIds().isEmpty() && p.dueDate() != null)
                .findFirst()
                .orElseThrow();
        ProjectView projectViaService = projects.create(actor, project.details());
        assertThat(projectViaService.details()).isEqualTo(project.details());
        assertThat(project.version()).isEqualTo(projectViaService.version()).isEqualTo(1);
        assertThat(rawRow("project", owner.id(), project.id()))
                .isEqualTo(rawRow("project", owner.id(), projectViaService.id()));
        assertSameStoredEvent(project.id(), projectViaService.id(), "projectId");
        HistoryEntry projectCreated = single(projects.history(owner.id(), project.id()));
        assertThat(projectCreated)
                .usingRecursiveComparison()
                .ignoringFields("occurredAt")
                .isEqualTo(single(projects.history(owner.id(), projectViaService.id())));
        assertThat(projectCreated.eventType()).isEqualTo("ProjectCreated");
        assertThat(projectCreated.channel()).isEqualTo("api");

        TaskView task = loadedTasks.stream()
                .filter(t -> sharedProjects.contains(t.projectId())
                        && colleague.id().equals(t.assigneeId())
                        && t.dueDate() != null)
                .findFirst()
                .orElseGet(() -> loadedTasks.stream()
                        .filter(t -> sharedProjects.contains(t.projectId()))
                        .findFirst()
                        .orElseThrow());
        TaskView taskViaService = tasks.create(actor, task.projectId(), task.details());
        assertThat(taskViaService.details()).isEqualTo(task.details());
        Map<String, Object> taskRow = rawRow("task", owner.id(), task.id());
        assertThat(taskRow).isEqualTo(rawRow("task", owner.id(), taskViaService.id()));
        assertThat(taskRow.get("project_id")).isEqualTo(task.projectId());
        assertSameStoredEvent(task.id(), taskViaService.id(), "taskId");
        assertThat(json.readTree((byte[]) storedEvent(task.id()).get("payload"))
                        .get("projectId")
                        .asText())
                .isEqualTo(task.projectId().toString());
        assertThat(single(tasks.history(owner.id(), task.id())))
                .usingRecursiveComparison()
                .ignoringFields("occurredAt")
                .isEqualTo(single(tasks.history(owner.id(), taskViaService.id())));
        assertThat(single(tasks.history(colleague.id(), task.id())).eventType())
                .as("the task's history is visible to whoever works on its project")
                .isEqualTo("TaskCreated");

        // the aggregates load from the loaded events: the owner changes the project, an assignee the task
        ProjectStatus otherStatus =
                project.status() == ProjectStatus.COMPLETED ? ProjectStatus.IN_PROGRESS : ProjectStatus.COMPLETED;
        ProjectView updatedProject = projects.update(
                actor,
                project.id(),
                1,
                Patch.of(new ProjectDetails(null, otherStatus, null, null, null), List.of("status")));
        assertThat(updatedProject.version()).isEqualTo(2);
        assertThat(updatedProject.status()).isEqualTo(otherStatus);
        assertThat(updatedProject.assigneeIds()).isEqualTo(project.assigneeIds());
        assertThat(projects.history(owner.id(), project.id()))
                .extracting(HistoryEntry::eventType)
                .containsExactlyInAnyOrder("ProjectCreated", "ProjectUpdated");

        Actor assignee = Actor.of(colleague.id(), Channel.UI);
        TaskStatus otherTaskStatus = task.status() == TaskStatus.DONE ? TaskStatus.TODO : TaskStatus.DONE;
        TaskView updatedTask = tasks.update(
                assignee,
                task.id(),
                1,
                Patch.of(new TaskDetails(null, otherTaskStatus, null, null, null), List.of("status")));
        assertThat(updatedTask.version()).isEqualTo(2);
        assertThat(updatedTask.status()).isEqualTo(otherTaskStatus);
        assertThat(updatedTask.name()).isEqualTo(task.name());
        List<HistoryEntry> taskHistory = tasks.history(owner.id(), task.id());
        assertThat(taskHistory)
                .extracting(HistoryEntry::eventType)
                .containsExactlyInAnyOrder("TaskCreated", "TaskUpdated");
        assertThat(taskHistory)
                .filteredOn(h -> h.eventType().equals("TaskCreated"))
                .singleElement()
                .satisfies(h -> assertThat(h.actorId()).isEqualTo(owner.id()));
        assertThatThrownBy(() -> tasks.update(
                        assignee,
                        task.id(),
                        1,
                        Patch.of(new TaskDetails(null, TaskStatus.IN_PROGRESS, null, null, null), List.of("status"))))
                .isInstanceOf(EditConflictException.class);
    }

    @Test
    void tasksWithoutProjectsLoadedBeforeThemAreRefusedBeforeAnythingIsWritten() {
        UUID owner = UUID.randomUUID();
        long tasksBefore = eventStoreAsOwner()
                .sql("select count(*) from domain_event_entry where type = 'Task'")
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> loader().load(owner, taskGenerator, 10, options(5, 1, 3)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot load tasks")
                .hasMessageContaining("Project records");
        assertThat(eventStoreAsOwner()
                        .sql("select count(*) from domain_event_entry where type = 'Task'")
                        .query(Long.class)
                        .single())
                .isEqualTo(tasksBefore);
    }

    @Test
    void theCommandDoesNotExistUnlessAskedFor() {
        assertThat(context.getBeansOfType(SampleDataCommand.class)).isEmpty();
        assertThat(context.getBeansOfType(SampleGenerator.class).values())
                .extracting(SampleGenerator::name)
                .contains("organizations", "projects", "tasks", "contacts");
    }

    private Map<String, Object> rawRow(String table, UUID owner, UUID id) {
        return new org.springframework.transaction.support.TransactionTemplate(transactionManager).execute(tx -> {
            jdbc.sql("select set_config('app.user_id', ?, true)")
                    .param(owner.toString())
                    .query(String.class)
                    .single();
            Map<String, Object> row = new java.util.TreeMap<>(jdbc.sql("select * from " + table + " where id = :id")
                    .param("id", id)
                    .query()
                    .singleRow());
            row.keySet().removeAll(List.of("id", "created_at", "updated_at"));
            row.replaceAll((column, value) -> value instanceof java.sql.Array array ? elements(array) : value);
            return row;
        });
    }

    private Map<String, Object> storedEvent(UUID aggregateId) {
        return eventStoreAsOwner()
                .sql("""
                        select type, sequence_number, payload_type, payload_revision, payload, meta_data
                        from domain_event_entry where aggregate_identifier = :id and sequence_number = 0""")
                .param("id", aggregateId.toString())
                .query()
                .singleRow();
    }

    private JsonNode withoutId(Map<String, Object> event, String idField) throws Exception {
        ObjectNode payload = (ObjectNode) json.readTree((byte[]) event.get("payload"));
        assertThat(payload.remove(idField)).isNotNull();
        return payload;
    }

    /** The loaded record and one created through its service from the same details store the same event. */
    private void assertSameStoredEvent(UUID loaded, UUID viaService, String idField) throws Exception {
        Map<String, Object> loadedEvent = storedEvent(loaded);
        Map<String, Object> serviceEvent = storedEvent(viaService);
        for (String column : List.of("type", "sequence_number", "payload_type", "payload_revision")) {
            assertThat(loadedEvent.get(column)).as(column).isEqualTo(serviceEvent.get(column));
        }
        assertThat(json.readTree((byte[]) loadedEvent.get("meta_data")))
                .isEqualTo(json.readTree((byte[]) serviceEvent.get("meta_data")));
        assertThat(withoutId(loadedEvent, idField)).isEqualTo(withoutId(serviceEvent, idField));
    }

    private static <T> List<T> all(Function<PageRequest, Page<T>> list) {
        List<T> items = new ArrayList<>();
        PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
        while (true) {
            Page<T> page = list.apply(request);
            items.addAll(page.items());
            if (page.nextCursor() == null) {
                return items;
            }
            request = request.next(page.nextCursor());
        }
    }

    private static HistoryEntry single(List<HistoryEntry> entries) {
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    private static Set<Object> elements(java.sql.Array array) {
        try {
            return Set.of((Object[]) array.getArray());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<UUID> union(UUID one, Set<UUID> more) {
        Set<UUID> all = new HashSet<>(more);
        all.add(one);
        return all;
    }

    /** The whole event store, read as the owner role: the app role sees a stream only as a user who may see its record. */
    private JdbcClient eventStoreAsOwner() {
        return JdbcClient.create(flyway.getConfiguration().getDataSource());
    }
}
