package dev.crm.application.sampledata;

import static dev.crm.application.sampledata.Vocabulary.chance;
import static dev.crm.application.sampledata.Vocabulary.pick;

import dev.crm.domain.project.Project;
import dev.crm.domain.shared.RecordEvent;
import dev.crm.domain.task.Task;
import dev.crm.domain.task.TaskCreated;
import dev.crm.domain.task.TaskDetails;
import dev.crm.domain.task.TaskPriority;
import dev.crm.domain.task.TaskStatus;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Sample tasks, each in one of the projects loaded before them in the same run (some projects get many tasks, most a
 * few): names like "Review contract draft" or "Call Aoife about the renewal", statuses and priorities spread as in a
 * working team, due dates with some overdue, some this week, some later and some none (done tasks in the past).
 * As the task aggregate requires, the creator is the owner, who works on every project of the run, and the assignee,
 * if any, works on the task's project: its owner or one of its assignees.
 */
@Component
public class TaskSampleGenerator implements SampleGenerator {

    private final Clock clock;

    public TaskSampleGenerator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "tasks";
    }

    @Override
    public String aggregateType() {
        return Task.TYPE;
    }

    @Override
    public int order() {
        return 30; // after the projects they belong to
    }

    @Override
    public Set<String> requires() {
        return Set.of(Project.TYPE);
    }

    @Override
    public RecordEvent.Created<?> create(UUID id, SampleContext context) {
        List<UUID> projects = context.idsOf(Project.TYPE);
        if (projects.isEmpty()) {
            throw new IllegalStateException("a task belongs to a project: load projects before tasks");
        }
        SplittableRandom random = context.random();
        UUID projectId = projects.get((int) (projects.size() * Math.pow(random.nextDouble(), 1.5)));
        double roll = random.nextDouble();
        TaskStatus status = roll < 0.45 ? TaskStatus.TODO : roll < 0.7 ? TaskStatus.IN_PROGRESS : TaskStatus.DONE;
        roll = random.nextDouble();
        TaskPriority priority = roll < 0.25
                ? TaskPriority.LOW
                : roll < 0.7 ? TaskPriority.MEDIUM : roll < 0.92 ? TaskPriority.HIGH : TaskPriority.URGENT;
        UUID assigneeId = null;
        if (chance(random, 0.75)) {
            List<UUID> members = new ArrayList<>();
            members.add(context.ownerId());
            members.addAll(context.sharedWith(projectId).stream().sorted().toList());
            assigneeId = pick(random, members);
        }
        return new TaskCreated(
                id,
                projectId,
                context.ownerId(),
                new TaskDetails(
                        name(random), status, priority, assigneeId, dueDate(random, status, LocalDate.now(clock))));
    }

    private static String name(SplittableRandom random) {
        return switch (random.nextInt(10)) {
            case 0, 1, 2, 3 ->
                pick(random, Vocabulary.TASK_DOCUMENT_VERBS) + " " + pick(random, Vocabulary.TASK_DOCUMENTS);
            case 4, 5 -> pick(random, Vocabulary.TASK_MEETING_VERBS) + " " + pick(random, Vocabulary.TASK_MEETINGS);
            case 6, 7 ->
                (chance(random, 0.5) ? "Call " : "E-mail ") + pick(random, Vocabulary.FIRST_NAMES) + " about "
                        + pick(random, Vocabulary.TASK_CALL_TOPICS);
            default -> pick(random, Vocabulary.TASK_CHORES);
        };
    }

    private static LocalDate dueDate(SplittableRandom random, TaskStatus status, LocalDate today) {
        if (chance(random, 0.2)) {
            return null;
        }
        if (status == TaskStatus.DONE) {
            return today.plusDays(random.nextInt(-90, 4));
        }
        double roll = random.nextDouble();
        if (roll < 0.2) {
            return today.minusDays(random.nextInt(1, 31)); // overdue
        }
        if (roll < 0.45) {
            return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .plusDays(random.nextInt(7)); // this week
        }
        return today.plusDays(random.nextInt(1, 91));
    }
}
