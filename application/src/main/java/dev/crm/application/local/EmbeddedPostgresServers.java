package dev.crm.application.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Real PostgreSQL servers run from a data directory, shared by every application context of this JVM that uses
 * the same directory and stopped when the last of them closes (so a restart test really restarts the server).
 */
final class EmbeddedPostgresServers {

    static final String DATABASE = "crm";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServers.class);
    private static final Map<Path, Running> RUNNING = new HashMap<>();

    private EmbeddedPostgresServers() {
    }

    /**
     * @param durable false only for throw-away test databases: the server then runs without fsync, synchronous
     *                commit and full-page writes, which is faster and loses acknowledged commits on a crash
     */
    static synchronized int acquire(Path dataDirectory, boolean durable) {
        Running running = RUNNING.get(dataDirectory);
        if (running == null) {
            running = new Running(start(dataDirectory, durable));
            RUNNING.put(dataDirectory, running);
        }
        running.users++;
        return running.server.getPort();
    }

    static synchronized void release(Path dataDirectory) {
        Running running = RUNNING.get(dataDirectory);
        if (running != null && --running.users == 0) {
            RUNNING.remove(dataDirectory);
            try {
                running.server.close();
            } catch (IOException e) {
                log.warn("Embedded PostgreSQL in {} did not stop cleanly", dataDirectory, e);
            }
        }
    }

    private static EmbeddedPostgres start(Path dataDirectory, boolean durable) {
        // The embedded library starts the server with -F (fsync off) and synchronous_commit=off, its test speed-ups:
        // a crash then loses commits the app already acknowledged. Each -c below comes after -F, so it wins.
        String setting = durable ? "on" : "off";
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", setting)
                    .setServerConfig("synchronous_commit", setting)
                    .setServerConfig("full_page_writes", setting)
                    .start();
            try (Connection connection = server.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                var exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
                if (!exists.next()) {
                    statement.execute("create database " + DATABASE);
                }
            }
            log.info("Embedded PostgreSQL started on port {} with data in {}", server.getPort(), dataDirectory);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + dataDirectory, e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database in " + dataDirectory, e);
        }
    }

    private static final class Running {
        private final EmbeddedPostgres server;
        private int users;

        private Running(EmbeddedPostgres server) {
            this.server = server;
        }
    }
}
