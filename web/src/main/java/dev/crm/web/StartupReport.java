package dev.crm.web;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says on start which database and which event store this instance uses, so nobody has to guess from a log dump. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final DataSource dataSource;
    private final EventStore eventStore;
    private final Environment environment;

    StartupReport(DataSource dataSource, EventStore eventStore, Environment environment) {
        this.dataSource = dataSource;
        this.eventStore = eventStore;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            boolean embedded = environment.getProperty("crm.db.embedded", Boolean.class, false);
            log.info(
                    "Database: {} {} at {} as {} ({})",
                    meta.getDatabaseProductName(),
                    meta.getDatabaseProductVersion(),
                    meta.getURL(),
                    meta.getUserName(),
                    embedded ? "embedded, data in " + environment.getProperty("crm.data-dir.resolved") : "external");
        }
        boolean axonServer = environment.getProperty("axon.axonserver.enabled", Boolean.class, true);
        log.info(
                "Event store: {}",
                axonServer
                        ? "Axon Server at " + environment.getProperty("axon.axonserver.servers", "localhost:8124")
                        : "PostgreSQL via Axon's JDBC storage engine ("
                                + eventStore.getClass().getSimpleName() + ")");
    }
}
