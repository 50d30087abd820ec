package dev.crm.application.sampledata;

import dev.crm.application.shared.InputValidator;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.Channel;
import dev.crm.domain.shared.RecordEvent;
import dev.crm.domain.shared.Shared;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The documented bulk write path: appends each new record's created event — the very event its aggregate's create
 * command would apply — as that aggregate's first event (sequence 0), a batch at a time, through Axon's
 * {@link EventStore} in one database transaction per batch. Publishing on the event store runs the subscribing
 * projectors (read models, audit trail) inside that same transaction, exactly as a command's unit of work does, so
 * the rows they write are the rows a command would write; a failing projector rolls its batch back.
 *
 * <p>What it skips, on purpose: the command bus, the services' reference checks and the aggregate's command handler.
 * For a create their rules are: required fields present (name; a project's status; a task's status, priority and
 * project), a project's organization one of the owner's and its assignees members of the owner's workspace, a task's
 * project one the actor works on and its assignee someone who works on that project too. The loader validates every
 * record with the same bean-validation rules ({@link InputValidator}) that the services apply; the reference rules
 * the generators keep by construction, referring only to records of the same run ({@link SampleContext}) and to the
 * owner's workspace. Metadata is the actor's, as the correlation provider
 * would copy it from a command: the owner, channel {@code api} (the loader is a program writing on the owner's behalf,
 * like an import script against the REST API; {@code sync} is reserved for calendar/mail synchronisation).
 */
public final class BulkEventLoader {

    private static final Logger log = LoggerFactory.getLogger(BulkEventLoader.class);

    /** The channel sample records are written through; see the class comment. */
    public static final Channel CHANNEL = Channel.API;

    private final EventStore eventStore;
    private final TransactionTemplate transactions;
    private final InputValidator validator;
    private final Map<String, List<UUID>> keptIds = new ConcurrentHashMap<>();
    private final Map<UUID, Set<UUID>> sharedWith = new ConcurrentHashMap<>();

    public BulkEventLoader(
            EventStore eventStore, PlatformTransactionManager transactionManager, InputValidator validator) {
        this.eventStore = eventStore;
        this.transactions = new TransactionTemplate(transactionManager);
        this.validator = validator;
    }

    /**
     * @param batchSize       events per transaction
     * @param threads         batches written concurrently
     * @param seed            makes the load repeatable: same seed, same records and ids
     * @param progressEvery   how often to log progress
     */
    public record Options(int batchSize, int threads, long seed, Duration progressEvery) {

        public Options {
            if (batchSize < 1 || batchSize > 10_000) {
                throw new IllegalArgumentException("batch size must be between 1 and 10000");
            }
            if (threads < 1 || threads > 64) {
                throw new IllegalArgumentException("threads must be between 1 and 64");
            }
        }
    }

    public record Result(String name, long records, Duration took) {

        public double perSecond() {
            return records / Math.max(0.001, took.toNanos() / 1e9);
        }
    }

    /** Loads {@code count} records of one kind for an owner who works alone; see the other {@code load}. */
    public Result load(UUID ownerId, SampleGenerator generator, long count, Options options) {
        return load(ownerId, List.of(), generator, count, options);
    }

    /**
     * Loads {@code count} records of one kind for the owner; returns when all are committed, or throws. One loader
     * serves one run into one account: it keeps what {@linkplain SampleGenerator#referenced() referenced} kinds
     * loaded for the kinds after them.
     *
     * @param colleagues the other members of the owner's workspace, see {@link SampleContext#colleagues()}
     * @throws IllegalStateException before writing anything if a kind the generator
     *                               {@linkplain SampleGenerator#requires() requires} was not loaded before it
     */
    public Result load(UUID ownerId, List<UUID> colleagues, SampleGenerator generator, long count, Options options) {
        for (String required : generator.requires()) {
            if (count > 0 && idsOf(required).isEmpty()) {
                throw new IllegalStateException("cannot load " + generator.name() + ": they belong to " + required
                        + " records, and none were loaded before them in this run; nothing was written");
            }
        }
        long batches = (count + options.batchSize() - 1) / options.batchSize();
        MetaData metaData = Actor.of(ownerId, CHANNEL).toMetaData();
        List<UUID> ids = generator.referenced() ? Collections.synchronizedList(new ArrayList<>()) : null;
        AtomicLong nextBatch = new AtomicLong();
        AtomicLong written = new AtomicLong();
        AtomicBoolean failed = new AtomicBoolean();
        long started = System.nanoTime();

        ScheduledExecutorService progress =
                Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "sample-data-progress"));
        long[] previous = {0, started};
        progress.scheduleAtFixedRate(
                () -> {
                    long now = System.nanoTime();
                    long done = written.get();
                    double recent = (done - previous[0]) / ((now - previous[1]) / 1e9);
                    double overall = done / ((now - started) / 1e9);
                    long etaSeconds = overall > 0 ? (long) ((count - done) / overall) : -1;
                    log.info(
                            "{}: {} / {} ({}%) — {} events/s overall, {} events/s recently, about {} left",
                            generator.name(),
                            fmt(done),
                            fmt(count),
                            Math.round(done * 1000.0 / count) / 10.0,
                            fmt(Math.round(overall)),
                            fmt(Math.round(recent)),
                            etaSeconds < 0 ? "?" : Duration.ofSeconds(etaSeconds));
                    previous[0] = done;
                    previous[1] = now;
                },
                options.progressEvery().toMillis(),
                options.progressEvery().toMillis(),
                TimeUnit.MILLISECONDS);

        ExecutorService workers = Executors.newFixedThreadPool(options.threads(), r -> daemon(r, "sample-data-writer"));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < options.threads(); t++) {
                futures.add(workers.submit(() -> {
                    long batch;
                    while (!failed.get() && (batch = nextBatch.getAndIncrement()) < batches) {
                        long from = batch * options.batchSize();
                        int size = (int) Math.min(options.batchSize(), count - from);
                        SampleContext context = new SampleContext(
                                ownerId,
                                colleagues,
                                options.seed(),
                                count,
                                new SplittableRandom(mix(options.seed(), generator.name(), batch)),
                                this::idsOf,
                                this::sharedWith);
                        List<DomainEventMessage<?>> events = new ArrayList<>(size);
                        for (int i = 0; i < size; i++) {
                            UUID id = uuid(context.random());
                            RecordEvent.Created<?> created = generator.create(id, context.at(from + i));
                            validator.validate(created.details());
                            events.add(new GenericDomainEventMessage<>(
                                    generator.aggregateType(), id.toString(), 0L, created, metaData));
                        }
                        try {
                            // the JDBC storage engine inserts a batch's events as one JDBC batch
                            transactions.executeWithoutResult(status -> eventStore.publish(events));
                        } catch (RuntimeException e) {
                            failed.set(true);
                            throw e;
                        }
                        if (ids != null) {
                            for (DomainEventMessage<?> event : events) {
                                RecordEvent.Created<?> created = (RecordEvent.Created<?>) event.getPayload();
                                ids.add(created.recordId());
                                if (created.details() instanceof Shared shared
                                        && !shared.sharedWith().isEmpty()) {
                                    sharedWith.put(created.recordId(), shared.sharedWith());
                                }
                            }
                        }
                        written.addAndGet(size);
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted after " + written.get() + " " + generator.name(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "loading " + generator.name() + " failed after " + written.get()
                            + " committed records (the failed batch was rolled back)",
                    e.getCause());
        } finally {
            workers.shutdownNow();
            progress.shutdownNow();
        }
        if (ids != null) {
            // batches commit in no fixed order; sorted, the same seed refers to the same records
            ids.sort(Comparator.naturalOrder());
            keptIds.put(generator.aggregateType(), List.copyOf(ids));
        }
        Result result = new Result(generator.name(), written.get(), Duration.ofNanos(System.nanoTime() - started));
        log.info(
                "{}: {} records in {} — {} events/s",
                generator.name(),
                fmt(result.records()),
                result.took(),
                fmt(Math.round(result.perSecond())));
        return result;
    }

    List<UUID> idsOf(String aggregateType) {
        return keptIds.getOrDefault(aggregateType, List.of());
    }

    Set<UUID> sharedWith(UUID loadedId) {
        return sharedWith.getOrDefault(loadedId, Set.of());
    }

    /** A random (version 4) UUID drawn from the batch's random source, so a seed reproduces the same ids. */
    static UUID uuid(SplittableRandom random) {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
        return new UUID(high, low);
    }

    private static long mix(long seed, String name, long batch) {
        return new SplittableRandom(seed ^ ((long) name.hashCode() << 32) ^ batch * 0x9E3779B97F4A7C15L).nextLong();
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    private static String fmt(long n) {
        return String.format("%,d", n);
    }
}
