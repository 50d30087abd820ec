package dev.crm.application.shared;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds every read model and the audit trail from the event store: each projector's reset handler empties its
 * tables, then every event is handed to every projector again, in the order it was stored. The result is the state
 * the projectors built live. A maintenance operation: run it while no commands are handled.
 *
 * <p>Only the rebuild role may empty the read models and the audit trail and see every user's rows (migration V18):
 * it runs in a process started as a rebuild command ({@code --crm.projections.rebuild=true}, see {@code RebuildCommand}
 * and {@code LocalRuntime}), never in one that serves requests, whose app role cannot.
 */
@Component
public class ProjectionRebuild {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);
    private static final int BATCH = 500;

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final String rebuildRole;

    public ProjectionRebuild(
            EventProcessingConfiguration processing,
            EventStore eventStore,
            TransactionTemplate transaction,
            JdbcClient jdbc,
            @Value("${crm.db.rebuild-user}") String rebuildRole) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.rebuildRole = rebuildRole;
    }

    /**
     * @return how many events were replayed
     * @throws IllegalStateException unless this process connects as the rebuild role
     */
    public long rebuildAll() {
        String role = jdbc.sql("select current_user").query(String.class).single();
        if (!role.equals(rebuildRole)) {
            throw new IllegalStateException("the read models are rebuilt by the rebuild role (" + rebuildRole
                    + "), not by " + role + ": run the app with --crm.projections.rebuild=true");
        }
        List<EventHandlerInvoker> projectors = processing.eventProcessors().values().stream()
                .map(processor -> ((AbstractEventProcessor) processor).eventHandlerInvoker())
                .toList();
        long started = System.nanoTime();
        transaction.executeWithoutResult(status -> projectors.forEach(EventHandlerInvoker::performReset));
        long replayed = 0;
        try (BlockingStream<TrackedEventMessage<?>> events = eventStore.openStream(null)) {
            List<TrackedEventMessage<?>> batch = new ArrayList<>(BATCH);
            while (events.hasNextAvailable()) {
                batch.add(events.nextAvailable());
                if (batch.size() == BATCH || !events.hasNextAvailable()) {
                    replay(batch, projectors);
                    replayed += batch.size();
                    batch.clear();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rebuild interrupted after " + replayed + " events", e);
        }
        log.info(
                "Rebuilt {} projections from {} events in {} ms",
                projectors.size(),
                replayed,
                (System.nanoTime() - started) / 1_000_000);
        return replayed;
    }

    private void replay(List<TrackedEventMessage<?>> batch, List<EventHandlerInvoker> projectors) {
        transaction.executeWithoutResult(status -> {
            for (TrackedEventMessage<?> event : batch) {
                DefaultUnitOfWork.startAndGet(event).execute(() -> {
                    for (EventHandlerInvoker projector : projectors) {
                        try {
                            projector.handle(event, Segment.ROOT_SEGMENT);
                        } catch (Exception e) {
                            throw new IllegalStateException("cannot replay " + event.getPayloadType(), e);
                        }
                    }
                });
            }
        });
    }
}
