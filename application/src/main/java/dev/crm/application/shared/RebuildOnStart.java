package dev.crm.application.shared;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** {@code --crm.projections.rebuild=true}: rebuild every read model from the event store once the app has started. */
@Component
@ConditionalOnProperty("crm.projections.rebuild")
class RebuildOnStart implements ApplicationRunner {

    private final ProjectionRebuild rebuild;

    RebuildOnStart(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Override
    public void run(ApplicationArguments args) {
        rebuild.rebuildAll();
    }
}
