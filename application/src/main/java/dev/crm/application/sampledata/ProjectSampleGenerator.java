package dev.crm.application.sampledata;

import static dev.crm.application.sampledata.Vocabulary.chance;
import static dev.crm.application.sampledata.Vocabulary.pick;

import dev.crm.domain.organization.Organization;
import dev.crm.domain.project.Project;
import dev.crm.domain.project.ProjectCreated;
import dev.crm.domain.project.ProjectDetails;
import dev.crm.domain.project.ProjectStatus;
import dev.crm.domain.shared.RecordEvent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Sample projects: names like "CRM migration Q3 2025", a quarter planned, half in progress, a quarter completed, due
 * dates that fit the status (completed ones in the past, planned ones ahead, some without), for one of the owner's
 * organizations loaded in the same run most of the time. Assignees follow the project service's rule — members of
 * the owner's workspace — and are drawn from the owner's {@linkplain SampleContext#colleagues() colleagues}; an owner
 * who works alone gets projects without assignees, which the owner alone sees and works on (the projector adds the
 * owner to the members itself, as for any project).
 */
@Component
public class ProjectSampleGenerator implements SampleGenerator {

    private final Clock clock;

    public ProjectSampleGenerator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "projects";
    }

    @Override
    public String aggregateType() {
        return Project.TYPE;
    }

    @Override
    public int order() {
        return 20; // after organizations, before the tasks
    }

    @Override
    public boolean referenced() {
        return true; // tasks belong to projects
    }

    @Override
    public RecordEvent.Created<?> create(UUID id, SampleContext context) {
        SplittableRandom random = context.random();
        LocalDate today = LocalDate.now(clock);
        double roll = random.nextDouble();
        ProjectStatus status =
                roll < 0.25 ? ProjectStatus.PLANNED : roll < 0.75 ? ProjectStatus.IN_PROGRESS : ProjectStatus.COMPLETED;
        List<UUID> organizations = context.idsOf(Organization.TYPE);
        UUID organizationId = !organizations.isEmpty() && chance(random, 0.8) ? pick(random, organizations) : null;
        LocalDate dueDate = dueDate(random, status, today);
        return new ProjectCreated(
                id,
                context.ownerId(),
                new ProjectDetails(
                        name(random, dueDate),
                        status,
                        organizationId,
                        assignees(random, context.colleagues()),
                        dueDate));
    }

    /** A name, now and then with the quarter or year it is due in, a city or a phase. */
    private static String name(SplittableRandom random, LocalDate dueDate) {
        String name = pick(random, Vocabulary.PROJECT_TOPICS) + " " + pick(random, Vocabulary.PROJECT_KINDS);
        int kind = random.nextInt(10);
        if (dueDate == null && kind < 3) {
            return name;
        }
        return switch (kind) {
            case 0, 1 -> name + " Q" + ((dueDate.getMonthValue() - 1) / 3 + 1) + " " + dueDate.getYear();
            case 2 -> name + " " + dueDate.getYear();
            case 3 -> name + " " + pick(random, Vocabulary.CITIES);
            case 4 -> name + " – phase " + random.nextInt(2, 4);
            default -> name;
        };
    }

    private static Set<UUID> assignees(SplittableRandom random, List<UUID> colleagues) {
        if (colleagues.isEmpty()) {
            return Set.of();
        }
        double roll = random.nextDouble();
        int wanted = Math.min(colleagues.size(), roll < 0.35 ? 0 : roll < 0.7 ? 1 : roll < 0.9 ? 2 : 3);
        List<UUID> candidates = new ArrayList<>(colleagues);
        Set<UUID> assignees = new LinkedHashSet<>();
        while (assignees.size() < wanted) {
            assignees.add(candidates.remove(random.nextInt(candidates.size())));
        }
        return assignees;
    }

    private static LocalDate dueDate(SplittableRandom random, ProjectStatus status, LocalDate today) {
        if (chance(random, 0.1)) {
            return null;
        }
        return switch (status) {
            case COMPLETED -> today.minusDays(random.nextInt(1, 366));
            case IN_PROGRESS -> today.plusDays(random.nextInt(-14, 181));
            case PLANNED -> today.plusDays(random.nextInt(14, 366));
        };
    }
}
