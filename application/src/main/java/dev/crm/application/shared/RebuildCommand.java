package dev.crm.application.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code --crm.projections.rebuild=true}: a maintenance command. The process connects as the rebuild role and serves
 * no HTTP ({@code LocalRuntime}), rebuilds every read model and the audit trail from the event store, and stops.
 * Run it while the app is stopped. {@code --crm.maintenance.exit=false} leaves the JVM running (tests).
 */
@Component
@ConditionalOnProperty("crm.projections.rebuild")
class RebuildCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RebuildCommand.class);

    private final ProjectionRebuild rebuild;
    private final ConfigurableApplicationContext context;
    private final boolean exit;

    RebuildCommand(ProjectionRebuild rebuild, ConfigurableApplicationContext context, Environment environment) {
        this.rebuild = rebuild;
        this.context = context;
        this.exit = environment.getProperty("crm.maintenance.exit", Boolean.class, true);
    }

    @Override
    public void run(ApplicationArguments args) {
        long replayed = rebuild.rebuildAll();
        if (exit) {
            log.info("Read models rebuilt from {} events; stopping", replayed);
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }
}
