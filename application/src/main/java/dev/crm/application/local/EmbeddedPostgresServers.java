package dev.crm.application.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
    static synchronized int acquire(Path dataDirectory, boolean durable, String superuserPassword) {
        Running running = RUNNING.get(dataDirectory);
        if (running == null) {
            running = new Running(start(dataDirectory, durable, superuserPassword));
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

    private static EmbeddedPostgres start(Path dataDirectory, boolean durable, String superuserPassword) {
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
                    .setConnectConfig("password", superuserPassword)
                    .start();
            requirePasswords(server, dataDirectory, superuserPassword);
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

    /**
     * The embedded library initialises the cluster with {@code trust}: anyone on this machine could connect as the
     * superuser without a password. On the first start (and on a cluster made by an older version) the superuser
     * gets the generated password and every connection must then prove its role's password (SCRAM-SHA-256).
     */
    private static void requirePasswords(EmbeddedPostgres server, Path dataDirectory, String superuserPassword)
            throws SQLException, IOException {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        if (Files.readString(hba).equals(HBA)) {
            return;
        }
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("set password_encryption = 'scram-sha-256'");
            statement.execute("alter role postgres password '" + superuserPassword.replace("'", "''") + "'");
            Files.writeString(hba, HBA);
            statement.execute("select pg_reload_conf()");
        }
        log.info("Embedded PostgreSQL in {} now requires passwords (SCRAM-SHA-256)", dataDirectory);
    }

    private static final String HBA = """
            # Written by the CRM: every connection proves its role's password.
            local all all scram-sha-256
            host  all all 127.0.0.1/32 scram-sha-256
            host  all all ::1/128 scram-sha-256
            """;

    private static final class Running {
        private final EmbeddedPostgres server;
        private int users;

        private Running(EmbeddedPostgres server) {
            this.server = server;
        }
    }
}
