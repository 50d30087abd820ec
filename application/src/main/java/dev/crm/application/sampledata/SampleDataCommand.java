package dev.crm.application.sampledata;

import dev.crm.application.account.AccountService;
import dev.crm.application.account.UserAccount;
import dev.crm.application.shared.InputValidator;
import dev.crm.application.workspace.Member;
import dev.crm.application.workspace.WorkspaceService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The sample-data command: exists only when {@code crm.sample-data.owner} is given, loads the requested records into
 * that user's account through {@link BulkEventLoader} and then ends the application. It is never a web endpoint.
 *
 * <pre>
 * ./mvnw -pl web -am compile spring-boot:run \
 *   -Dspring-boot.run.arguments="--crm.sample-data.owner=alice@example.com --crm.sample-data.organizations=10000
 *     --crm.sample-data.projects=20000 --crm.sample-data.tasks=200000 --crm.sample-data.contacts=1000000"
 * </pre>
 *
 * Options ({@code crm.sample-data.*}): {@code owner} (e-mail of an existing user, required), one count per
 * {@link SampleGenerator} ({@code organizations}, {@code projects}, {@code tasks}, {@code contacts}; at least one; at
 * most 10,000,000 each; tasks only together with projects, as they belong to the projects of the same run),
 * {@code batch-size} (events per transaction, 1000),
 * {@code threads} (concurrent batches, 2), {@code seed} (repeat a load exactly; random by default and logged),
 * {@code exit} ({@code false} keeps the application running afterwards). Kinds load one after the other in the
 * generators' order; project assignees are drawn from the other members of the owner's workspace.
 */
@Component
@ConditionalOnProperty(name = "crm.sample-data.owner")
class SampleDataCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleDataCommand.class);
    static final long MAX_PER_KIND = 10_000_000;

    private final Environment environment;
    private final AccountService accounts;
    private final WorkspaceService workspaces;
    private final EventStore eventStore;
    private final PlatformTransactionManager transactionManager;
    private final InputValidator validator;
    private final List<SampleGenerator> generators;
    private final ConfigurableApplicationContext context;

    SampleDataCommand(
            Environment environment,
            AccountService accounts,
            WorkspaceService workspaces,
            EventStore eventStore,
            PlatformTransactionManager transactionManager,
            InputValidator validator,
            List<SampleGenerator> generators,
            ConfigurableApplicationContext context) {
        this.environment = environment;
        this.accounts = accounts;
        this.workspaces = workspaces;
        this.eventStore = eventStore;
        this.transactionManager = transactionManager;
        this.validator = validator;
        this.generators = generators.stream()
                .sorted(Comparator.comparingInt(SampleGenerator::order))
                .toList();
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        String owner = environment.getProperty("crm.sample-data.owner", "").strip();
        if (owner.isEmpty()) {
            throw new IllegalStateException("crm.sample-data.owner must name the e-mail of an existing user");
        }
        UserAccount user = accounts.findByEmail(owner)
                .orElseThrow(() -> new IllegalStateException("no user with e-mail " + owner
                        + ": register the account first, then load sample data into it"));
        Map<SampleGenerator, Long> counts = counts();
        List<UUID> colleagues = workspaces.workspaceMembers(user.getId()).stream()
                .map(Member::id)
                .filter(id -> !id.equals(user.getId()))
                .toList();
        long seed = environment.getProperty(
                "crm.sample-data.seed", Long.class, ThreadLocalRandom.current().nextLong());
        BulkEventLoader.Options options = new BulkEventLoader.Options(
                environment.getProperty("crm.sample-data.batch-size", Integer.class, 1000),
                environment.getProperty("crm.sample-data.threads", Integer.class, 2),
                seed,
                Duration.ofSeconds(5));
        log.info(
                "Loading sample data into the account of {} ({}, {} other members in the workspace): {}; batch size {},"
                        + " {} threads, seed {}",
                owner,
                user.getId(),
                colleagues.size(),
                counts.entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey().name())
                        .collect(Collectors.joining(", ")),
                options.batchSize(),
                options.threads(),
                seed);

        BulkEventLoader loader = new BulkEventLoader(eventStore, transactionManager, validator);
        List<BulkEventLoader.Result> results = new ArrayList<>();
        counts.forEach(
                (generator, count) -> results.add(loader.load(user.getId(), colleagues, generator, count, options)));
        results.forEach(r -> log.info(
                "Sample data loaded: {} {} in {} s ({} events/s)",
                r.records(),
                r.name(),
                r.took().toMillis() / 1000.0,
                Math.round(r.perSecond())));

        if (environment.getProperty("crm.sample-data.exit", Boolean.class, true)) {
            log.info(
                    "Sample data loaded; stopping (pass --crm.sample-data.exit=false to keep the application running)");
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }

    /**
     * The count of each kind asked for, in loading order; refuses, before anything is written, counts out of range,
     * nothing to load, and a kind whose {@linkplain SampleGenerator#requires() required} kinds do not load before it.
     */
    Map<SampleGenerator, Long> counts() {
        Map<SampleGenerator, Long> counts = new LinkedHashMap<>();
        for (SampleGenerator generator : generators) {
            long count = environment.getProperty("crm.sample-data." + generator.name(), Long.class, 0L);
            if (count < 0 || count > MAX_PER_KIND) {
                throw new IllegalStateException(
                        "crm.sample-data." + generator.name() + " must be between 0 and " + MAX_PER_KIND);
            }
            if (count > 0) {
                counts.put(generator, count);
            }
        }
        if (counts.isEmpty()) {
            throw new IllegalStateException("nothing to load: say how many, e.g. "
                    + generators.stream()
                            .map(g -> "--crm.sample-data." + g.name() + "=1000")
                            .collect(Collectors.joining(" ")));
        }
        Set<String> loadedBefore = new HashSet<>();
        for (SampleGenerator generator : counts.keySet()) {
            for (String required : generator.requires()) {
                if (!loadedBefore.contains(required)) {
                    String option = generators.stream()
                            .filter(g -> g.aggregateType().equals(required))
                            .map(g -> "--crm.sample-data." + g.name() + "=N")
                            .findFirst()
                            .orElse(required + " records");
                    throw new IllegalStateException("--crm.sample-data." + generator.name() + " needs " + required
                            + " records loaded in the same run, before them: add " + option + "; nothing was loaded");
                }
            }
            loadedBefore.add(generator.aggregateType());
        }
        return counts;
    }
}
