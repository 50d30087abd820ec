package dev.crm.application.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.domain.organization.Organization;
import dev.crm.domain.organization.OrganizationCreated;
import dev.crm.domain.organization.OrganizationDetails;
import dev.crm.domain.project.Project;
import dev.crm.domain.project.ProjectCreated;
import dev.crm.domain.project.ProjectDetails;
import dev.crm.domain.project.ProjectStatus;
import dev.crm.domain.task.TaskCreated;
import dev.crm.domain.task.TaskDetails;
import dev.crm.domain.task.TaskPriority;
import dev.crm.domain.task.TaskStatus;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Organizations, projects and tasks: valid, varied, consistent with each other and with the aggregates' rules. */
class RecordSampleGeneratorsTest {

    static final ValidatorFactory validation = Validation.buildDefaultValidatorFactory();
    static final Validator validator = validation.getValidator();
    static final LocalDate today = LocalDate.of(2026, 11, 26);
    static final Clock clock =
            Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(3600), ZoneOffset.UTC);

    final OrganizationSampleGenerator organizations = new OrganizationSampleGenerator(clock);
    final ProjectSampleGenerator projects = new ProjectSampleGenerator(clock);
    final TaskSampleGenerator tasks = new TaskSampleGenerator(clock);
    final UUID owner = UUID.randomUUID();
    final List<UUID> colleagues = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

    @AfterAll
    static void close() {
        validation.close();
    }

    /** Records of one kind as the loader makes them: numbered from 0, batch by batch. */
    <E> List<E> generate(
            SampleGenerator generator,
            long seed,
            int count,
            List<UUID> colleagues,
            Map<String, List<UUID>> loaded,
            Map<UUID, Set<UUID>> shared) {
        List<E> events = new ArrayList<>();
        int batchSize = 100;
        for (int from = 0; from < count; from += batchSize) {
            SampleContext context = new SampleContext(
                    owner,
                    colleagues,
                    seed,
                    count,
                    new SplittableRandom(seed + from),
                    type -> loaded.getOrDefault(type, List.of()),
                    id -> shared.getOrDefault(id, Set.of()));
            for (int i = from; i < Math.min(count, from + batchSize); i++) {
                @SuppressWarnings("unchecked")
                E event = (E) generator.create(BulkEventLoader.uuid(context.random()), context.at(i));
                events.add(event);
            }
        }
        return events;
    }

    @Test
    void organizationsAreTheFirstCompaniesOfTheContactsPoolWithDifferentNames() {
        List<OrganizationCreated> created = generate(organizations, 5, 10_000, List.of(), Map.of(), Map.of());
        List<String> names = created.stream().map(e -> e.details().name()).toList();
        assertThat(names).doesNotHaveDuplicates();
        assertThat(names)
                .isEqualTo(IntStream.range(0, 10_000)
                        .mapToObj(n -> Company.of(5, n).name())
                        .toList());
        assertThat(Company.DISTINCT_NAMES).isGreaterThan(40_000);
        assertThat(IntStream.range(0, (int) Company.DISTINCT_NAMES)
                        .mapToObj(n -> Company.of(9, n).name())
                        .collect(Collectors.toSet()))
                .hasSize((int) Company.DISTINCT_NAMES);

        // the contacts of the same seed work for the same companies: their employers are organizations by name
        SampleContext contactContext = new SampleContext(owner, 5, 1_000_000, new SplittableRandom(1));
        Set<String> employers = IntStream.range(0, 2_000)
                .mapToObj(i -> ContactSampleGenerator.company(contactContext, contactContext.random())
                        .name())
                .collect(Collectors.toSet());
        assertThat(names).containsAll(employers);

        List<OrganizationDetails> details =
                created.stream().map(OrganizationCreated::details).toList();
        details.forEach(d -> assertThat(validator.validate(d)).as(d.toString()).isEmpty());
        assertThat(created).allMatch(e -> e.ownerId().equals(owner));
        assertThat(details.stream()
                        .map(OrganizationDetails::industry)
                        .filter(i -> i != null)
                        .distinct()
                        .count())
                .isGreaterThan(25);
        assertThat(details.stream().filter(d -> d.industry() == null).count()).isBetween(1_000L, 1_400L);
        assertThat(details.stream().filter(d -> d.description() == null).count())
                .isBetween(3_200L, 3_800L);
        assertThat(details.stream()
                        .map(OrganizationDetails::description)
                        .filter(d -> d != null)
                        .distinct()
                        .count())
                .isGreaterThan(5_000);
        Vocabulary.COMPANY_TRADES.forEach(Vocabulary::industryOf); // every trade has its industry
    }

    @Test
    void projectsReferToLoadedOrganizationsAndAreAssignedToWorkspaceMembersOnly() {
        List<UUID> organizationIds =
                IntStream.range(0, 50).mapToObj(i -> UUID.randomUUID()).toList();
        List<ProjectCreated> created =
                generate(projects, 6, 5_000, colleagues, Map.of(Organization.TYPE, organizationIds), Map.of());
        List<ProjectDetails> details =
                created.stream().map(ProjectCreated::details).toList();
        details.forEach(d -> assertThat(validator.validate(d)).as(d.toString()).isEmpty());
        assertThat(created).allMatch(e -> e.ownerId().equals(owner));

        Map<ProjectStatus, Long> statuses =
                details.stream().collect(Collectors.groupingBy(ProjectDetails::status, Collectors.counting()));
        assertThat(statuses.get(ProjectStatus.PLANNED)).isBetween(1_050L, 1_450L);
        assertThat(statuses.get(ProjectStatus.IN_PROGRESS)).isBetween(2_300L, 2_700L);
        assertThat(statuses.get(ProjectStatus.COMPLETED)).isBetween(1_050L, 1_450L);
        assertThat(details.stream().filter(d -> d.organizationId() != null).count())
                .isBetween(3_800L, 4_200L);
        assertThat(details).allMatch(d -> d.organizationId() == null || organizationIds.contains(d.organizationId()));
        assertThat(details)
                .allMatch(d -> colleagues.containsAll(d.assigneeIds())
                        && d.assigneeIds().size() <= 3);
        assertThat(details.stream().filter(d -> d.assigneeIds().isEmpty()).count())
                .isBetween(1_500L, 2_000L);
        assertThat(details)
                .allMatch(d -> d.dueDate() == null
                        || d.status() != ProjectStatus.COMPLETED
                        || d.dueDate().isBefore(today));
        assertThat(details)
                .anyMatch(d -> d.dueDate() != null && d.dueDate().isBefore(today))
                .anyMatch(d -> d.dueDate() != null && d.dueDate().isAfter(today.plusMonths(6)))
                .anyMatch(d -> d.dueDate() == null);
        assertThat(details.stream().map(ProjectDetails::name).distinct().count())
                .isGreaterThan(2_500);

        List<ProjectCreated> alone = generate(projects, 6, 500, List.of(), Map.of(), Map.of());
        assertThat(alone)
                .allMatch(
                        e -> e.details().assigneeIds().isEmpty() && e.details().organizationId() == null);
    }

    @Test
    void tasksBelongToLoadedProjectsAndAreAssignedToThoseWhoWorkOnThem() {
        List<UUID> projectIds = IntStream.range(0, 300)
                .mapToObj(i -> UUID.randomUUID())
                .sorted()
                .toList();
        Map<UUID, Set<UUID>> shared = projectIds.stream()
                .filter(id -> id.hashCode() % 2 == 0)
                .collect(Collectors.toMap(
                        Function.identity(), id -> Set.of(colleagues.get(Math.abs(id.hashCode()) % 4))));
        List<TaskCreated> created = generate(tasks, 7, 6_000, colleagues, Map.of(Project.TYPE, projectIds), shared);
        List<TaskDetails> details = created.stream().map(TaskCreated::details).toList();
        details.forEach(d -> assertThat(validator.validate(d)).as(d.toString()).isEmpty());

        for (TaskCreated task : created) {
            assertThat(task.ownerId()).isEqualTo(owner);
            assertThat(task.parentId()).isEqualTo(task.projectId()).isIn(projectIds);
            UUID assignee = task.details().assigneeId();
            if (assignee != null) {
                assertThat(assignee)
                        .as("the project's owner or assignee")
                        .isIn(union(owner, shared.getOrDefault(task.projectId(), Set.of())));
            }
        }
        Map<UUID, Long> perProject =
                created.stream().collect(Collectors.groupingBy(TaskCreated::projectId, Collectors.counting()));
        assertThat(perProject.size()).isGreaterThan(250);
        assertThat(perProject.values().stream().mapToLong(Long::longValue).max().orElseThrow())
                .isGreaterThan(60);
        assertThat(created)
                .anyMatch(t -> t.details().assigneeId() != null
                        && !t.details().assigneeId().equals(owner));
        assertThat(details.stream().filter(d -> d.assigneeId() == null).count()).isBetween(1_300L, 1_700L);

        assertThat(details.stream().map(TaskDetails::status).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(TaskStatus.values());
        assertThat(details.stream().map(TaskDetails::priority).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(TaskPriority.values());
        assertThat(details.stream()
                        .filter(d -> d.priority() == TaskPriority.URGENT)
                        .count())
                .isBetween(350L, 650L);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long overdue = details.stream()
                .filter(d -> d.status() != TaskStatus.DONE
                        && d.dueDate() != null
                        && d.dueDate().isBefore(today))
                .count();
        long thisWeek = details.stream()
                .filter(d -> d.dueDate() != null
                        && !d.dueDate().isBefore(monday)
                        && !d.dueDate().isAfter(monday.plusDays(6)))
                .count();
        assertThat(overdue).isBetween(600L, 1_300L);
        assertThat(thisWeek).isBetween(800L, 1_500L);
        assertThat(details.stream().filter(d -> d.dueDate() == null).count()).isBetween(1_000L, 1_400L);
        assertThat(details.stream().map(TaskDetails::name).distinct().count()).isGreaterThan(500);
    }

    @Test
    void theSameSeedMakesTheSameRecords() {
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID());
        Map<String, List<UUID>> loaded = Map.of(Organization.TYPE, ids, Project.TYPE, ids);
        for (SampleGenerator generator : List.of(organizations, projects, tasks)) {
            List<Object> first = generate(generator, 3, 200, colleagues, loaded, Map.of());
            assertThat(first)
                    .as(generator.name())
                    .isEqualTo(generate(generator, 3, 200, colleagues, loaded, Map.of()))
                    .isNotEqualTo(generate(generator, 4, 200, colleagues, loaded, Map.of()));
        }
    }

    private static Set<UUID> union(UUID one, Set<UUID> more) {
        Set<UUID> all = new HashSet<>(more);
        all.add(one);
        return all;
    }
}
