package dev.crm.domain.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.instanceOf;

import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.Channel;
import dev.crm.domain.shared.EditConflictException;
import dev.crm.domain.shared.NotAllowedException;
import dev.crm.domain.shared.Patch;
import dev.crm.domain.shared.RecordNotFoundException;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProjectTest {

    private static final UUID OWNER = UUID.randomUUID();
    private static final UUID ASSIGNEE = UUID.randomUUID();
    private static final UUID STRANGER = UUID.randomUUID();
    private static final UUID ID = UUID.randomUUID();
    private static final ProjectDetails LAUNCH =
            new ProjectDetails("Launch", ProjectStatus.PLANNED, null, Set.of(ASSIGNEE), LocalDate.of(2027, 3, 1));

    private AggregateTestFixture<Project> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Project.class);
    }

    @Test
    void ownerCreatesAProjectSharedWithItsAssignees() {
        fixture.givenNoPriorActivity()
                .when(new CreateProject(ID, LAUNCH), as(OWNER))
                .expectEvents(new ProjectCreated(ID, OWNER, LAUNCH));
    }

    @Test
    void assigneeMayChangeTheStatus() {
        ProjectDetails started = with(ProjectStatus.IN_PROGRESS, LAUNCH.name());
        fixture.given(new ProjectCreated(ID, OWNER, LAUNCH))
                .when(new UpdateProject(ID, 0, Patch.of(started, Set.of("status"))), as(ASSIGNEE))
                .expectEvents(new ProjectUpdated(ID, Patch.of(started, Set.of("status"))));
    }

    @Test
    void assigneeMayNotRenameOrReassign() {
        fixture.given(new ProjectCreated(ID, OWNER, LAUNCH))
                .when(
                        new UpdateProject(
                                ID, 0, Patch.of(with(ProjectStatus.PLANNED, "Renamed"), Set.of("name", "status"))),
                        as(ASSIGNEE))
                .expectException(NotAllowedException.class)
                .expectNoEvents();
    }

    @Test
    void assigneesMayNotDelete() {
        fixture.given(new ProjectCreated(ID, OWNER, LAUNCH))
                .when(new DeleteProject(ID), as(ASSIGNEE))
                .expectException(NotAllowedException.class);
    }

    @Test
    void theOwnerDeletes() {
        fixture.given(new ProjectCreated(ID, OWNER, LAUNCH))
                .when(new DeleteProject(ID), as(OWNER))
                .expectEvents(new ProjectDeleted(ID));
    }

    @Test
    void onlyTheOwnerRestoresAProject() {
        fixture.given(new ProjectCreated(ID, OWNER, LAUNCH), new ProjectDeleted(ID))
                .when(new RestoreProject(ID), as(ASSIGNEE))
                .expectException(RecordNotFoundException.class);
    }

    @Test
    void aRestoredProjectHasItsMembersBack() {
        fixture.given(new ProjectCreated(ID, OWNER, LAUNCH), new ProjectDeleted(ID))
                .when(new RestoreProject(ID), as(OWNER))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(instanceOf(ProjectRestored.class), andNoMore())))
                .expectState(project -> assertThat(project.members()).contains(OWNER, ASSIGNEE));
    }

    @Test
    void outsidersDoNotSeeTheProject() {
        fixture.given(new ProjectCreated(ID, OWNER, LAUNCH))
                .when(
                        new UpdateProject(ID, 0, Patch.of(with(ProjectStatus.COMPLETED, "Launch"), Set.of("status"))),
                        as(STRANGER))
                .expectException(RecordNotFoundException.class);
    }

    @Test
    void removedAssigneesLoseAccess() {
        ProjectDetails alone = new ProjectDetails("Launch", ProjectStatus.PLANNED, null, Set.of(), LAUNCH.dueDate());
        fixture.given(
                        new ProjectCreated(ID, OWNER, LAUNCH),
                        new ProjectUpdated(ID, Patch.of(alone, Set.of("assigneeIds"))))
                .when(
                        new UpdateProject(ID, 1, Patch.of(with(ProjectStatus.COMPLETED, "Launch"), Set.of("status"))),
                        as(ASSIGNEE))
                .expectException(RecordNotFoundException.class);
    }

    @Test
    void ownerAndAssigneeChangingTheStatusConcurrentlyConflict() {
        fixture.given(
                        new ProjectCreated(ID, OWNER, LAUNCH),
                        new ProjectUpdated(ID, Patch.of(with(ProjectStatus.IN_PROGRESS, "Launch"), Set.of("status"))))
                .when(
                        new UpdateProject(ID, 0, Patch.of(with(ProjectStatus.COMPLETED, "Launch"), Set.of("status"))),
                        as(OWNER))
                .expectException(EditConflictException.class);
    }

    private static ProjectDetails with(ProjectStatus status, String name) {
        return new ProjectDetails(name, status, LAUNCH.organizationId(), LAUNCH.assigneeIds(), LAUNCH.dueDate());
    }

    private static MetaData as(UUID user) {
        return Actor.of(user, Channel.API).toMetaData();
    }
}
