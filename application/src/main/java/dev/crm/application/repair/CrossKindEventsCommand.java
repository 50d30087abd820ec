package dev.crm.application.repair;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code --crm.repair.cross-kind-events=report} lists the events one record kind appended to another kind's stream;
 * {@code =apply} removes them and rebuilds the read models. Either way the app then stops ({@code
 * --crm.maintenance.exit=false} leaves the JVM running, for tests). Like a rebuild, the process connects as the rebuild
 * role and serves no HTTP ({@code LocalRuntime}); the repair itself works as the owner role.
 */
@Component
@ConditionalOnProperty("crm.repair.cross-kind-events")
class CrossKindEventsCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CrossKindEventsCommand.class);

    private final CrossKindEvents events;
    private final ConfigurableApplicationContext context;
    private final String mode;
    private final boolean exit;

    CrossKindEventsCommand(
            CrossKindEvents events,
            ConfigurableApplicationContext context,
            org.springframework.core.env.Environment environment) {
        this.events = events;
        this.context = context;
        this.mode = environment.getProperty("crm.repair.cross-kind-events", "");
        this.exit = environment.getProperty("crm.maintenance.exit", Boolean.class, true);
    }

    @Override
    public void run(ApplicationArguments args) {
        switch (mode) {
            case "report" -> {
                var found = events.find();
                found.forEach(event -> log.warn(
                        "{} #{} ({}) sits in the stream of {} {}",
                        event.foreignKind(),
                        event.sequenceNumber(),
                        event.payloadType(),
                        event.kind(),
                        event.recordId()));
                log.info(
                        "{} events of another record kind found; --crm.repair.cross-kind-events=apply removes them",
                        found.size());
            }
            case "apply" ->
                log.info(
                        "Removed {} events of another record kind",
                        events.repair().size());
            default ->
                throw new IllegalArgumentException(
                        "crm.repair.cross-kind-events must be 'report' or 'apply', not '" + mode + "'");
        }
        if (exit) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }
}
