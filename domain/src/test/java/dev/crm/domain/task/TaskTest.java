package dev.crm.domain.task;

import dev.crm.domain.project.ProjectMembership;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.Channel;
import dev.crm.domain.shared.InvalidInputException;
import dev.crm.domain.shared.Patch;
import dev.crm.domain.shared.RecordNotFoundException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TaskTest {

    private static final UUID OWNER = UUID.randomUUID();
    private static final UUID ASSIGNEE = UUID.randomUUID();
    private static final UUID STRANGER = UUID.randomUUID();
    private static final UUID PROJECT = UUID.randomUUID();
    private static final UUID ID = UUID.randomUUID();
    private static final TaskDetails WRITE_DOCS =
            new TaskDetails("Write docs", TaskStatus.TODO, TaskPriority.HIGH, ASSIGNEE, null);

    private final Map<UUID, Set<UUID>> projectMembers =
            new java.util.HashMap<>(Map.of(PROJECT, Set.of(OWNER, ASSIGNEE)));
    private AggregateTestFixture<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Task.class);
        fixture.registerInjectableResource((ProjectMembership) projectId -> {
            Set<UUID> members = projectMembers.get(projectId);
            if (members == null) {
                throw new RecordNotFoundException("Project", projectId);
            }
            return members;
        });
    }

    @Test
    void projectMembersAddTasks() {
        fixture.givenNoPriorActivity()
                .when(new CreateTask(ID, PROJECT, WRITE_DOCS), as(ASSIGNEE))
                .expectEvents(new TaskCreated(ID, PROJECT, ASSIGNEE, WRITE_DOCS));
    }

    @Test
    void outsidersCannotAddTasksToTheProject() {
        fixture.givenNoPriorActivity()
                .when(new CreateTask(ID, PROJECT, WRITE_DOCS), as(STRANGER))
                .expectException(RecordNotFoundException.class);
    }

    @Test
    void theAssigneeMustWorkOnTheProject() {
        TaskDetails toStranger = new TaskDetails("Write docs", TaskStatus.TODO, TaskPriority.HIGH, STRANGER, null);
        fixture.givenNoPriorActivity()
                .when(new CreateTask(ID, PROJECT, toStranger), as(OWNER))
                .expectException(InvalidInputException.class);
    }

    @Test
    void aTaskCannotBeReassignedOutsideTheProject() {
        TaskDetails toStranger = new TaskDetails("Write docs", TaskStatus.TODO, TaskPriority.HIGH, STRANGER, null);
        fixture.given(new TaskCreated(ID, PROJECT, OWNER, WRITE_DOCS))
                .when(new UpdateTask(ID, 0, Patch.of(toStranger, Set.of("assigneeId"))), as(OWNER))
                .expectException(InvalidInputException.class);
    }

    @Test
    void projectMembersUpdateTasks() {
        TaskDetails done = new TaskDetails("Write docs", TaskStatus.DONE, TaskPriority.HIGH, ASSIGNEE, null);
        fixture.given(new TaskCreated(ID, PROJECT, OWNER, WRITE_DOCS))
                .when(new UpdateTask(ID, 0, Patch.of(done, Set.of("status"))), as(ASSIGNEE))
                .expectEvents(new TaskUpdated(ID, Patch.of(done, Set.of("status"))));
    }

    @Test
    void removedAssigneesLoseAccessToTheTasks() {
        TaskDetails done = new TaskDetails("Write docs", TaskStatus.DONE, TaskPriority.HIGH, ASSIGNEE, null);
        projectMembers.put(PROJECT, Set.of(OWNER));
        fixture.given(new TaskCreated(ID, PROJECT, OWNER, WRITE_DOCS))
                .when(new UpdateTask(ID, 0, Patch.of(done, Set.of("status"))), as(ASSIGNEE))
                .expectException(RecordNotFoundException.class);
    }

    @Test
    void tasksOfADeletedProjectAreGoneForEveryone() {
        projectMembers.remove(PROJECT);
        fixture.given(new TaskCreated(ID, PROJECT, OWNER, WRITE_DOCS))
                .when(new DeleteTask(ID), as(OWNER))
                .expectException(RecordNotFoundException.class);
    }

    private static MetaData as(UUID user) {
        return Actor.of(user, Channel.UI).toMetaData();
    }
}
