package dev.crm.application.shared;

import java.util.ArrayList;
import java.util.List;

import dev.crm.projections.support.RowSecurity;
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
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds every read model and the audit trail from the event store: each projector's reset handler empties its
 * tables, then every event is handed to every projector again, in the order it was stored. The result is the state
 * the projectors built live. A maintenance operation: run it while no commands are handled.
 */
@Component
public class ProjectionRebuild {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);
    private static final int BATCH = 500;

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final TransactionTemplate transaction;
    private final RowSecurity rowSecurity;

    public ProjectionRebuild(EventProcessingConfiguration processing, EventStore eventStore,
                             TransactionTemplate transaction, RowSecurity rowSecurity) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.transaction = transaction;
        this.rowSecurity = rowSecurity;
    }

    /** @return how many events were replayed */
    public long rebuildAll() {
        List<EventHandlerInvoker> projectors = processing.eventProcessors().values().stream()
                .map(processor -> ((AbstractEventProcessor) processor).eventHandlerInvoker())
                .toList();
        long started = System.nanoTime();
        transaction.executeWithoutResult(status -> {
            rowSecurity.rebuilding();
            projectors.forEach(EventHandlerInvoker::performReset);
        });
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
        log.info("Rebuilt {} projections from {} events in {} ms", projectors.size(), replayed,
                (System.nanoTime() - started) / 1_000_000);
        return replayed;
    }

    private void replay(List<TrackedEventMessage<?>> batch, List<EventHandlerInvoker> projectors) {
        transaction.executeWithoutResult(status -> {
            rowSecurity.rebuilding();
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
