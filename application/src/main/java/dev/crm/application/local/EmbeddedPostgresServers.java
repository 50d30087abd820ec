package dev.crm.application.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.commons.logging.Log;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Real PostgreSQL servers run from a data directory, shared by every application context of this JVM that uses
 * the same directory and stopped when the last of them closes (so a restart test really restarts the server).
 */
final class EmbeddedPostgresServers {

    static final String DATABASE = "crm";
    static final Duration STARTUP_WAIT = Duration.ofMinutes(10);
    private static final Logger stopLog = LoggerFactory.getLogger(EmbeddedPostgresServers.class);
    private static final Map<Path, Running> RUNNING = new HashMap<>();

    private EmbeddedPostgresServers() {}

    /**
     * @param startLog  where to report the start: it happens before the app's logging is set up, so messages logged the
     *                  usual way would be lost (Spring Boot's deferred log replays these)
     * @param durable false only for throw-away test databases: the server then runs without fsync, synchronous
     *                commit and full-page writes, which is faster and loses acknowledged commits on a crash
     */
    static synchronized int acquire(Path dataDirectory, boolean durable, String superuserPassword, Log startLog) {
        Running running = RUNNING.get(dataDirectory);
        if (running == null) {
            running = new Running(start(dataDirectory, durable, superuserPassword, startLog));
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
                stopLog.warn("Embedded PostgreSQL in {} did not stop cleanly", dataDirectory, e);
            }
        }
    }

    private static EmbeddedPostgres start(Path dataDirectory, boolean durable, String superuserPassword, Log log) {
        // The embedded library starts the server with -F (fsync off) and synchronous_commit=off, its test speed-ups:
        // a crash then loses commits the app already acknowledged. Each -c below comes after -F, so it wins.
        String setting = durable ? "on" : "off";
        stopOrphanedServer(dataDirectory, log);
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", setting)
                    .setServerConfig("synchronous_commit", setting)
                    .setServerConfig("full_page_writes", setting)
                    .setConnectConfig("password", superuserPassword)
                    // after a crash the server first replays its write-ahead log, which can take far longer than
                    // the library's 10 s (seen: a restart after SIGKILL under load gave up while still recovering)
                    .setPGStartupWait(STARTUP_WAIT)
                    .start();
            requirePasswords(server, dataDirectory, superuserPassword, log);
            try (Connection connection = server.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                var exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
                if (!exists.next()) {
                    statement.execute("create database " + DATABASE);
                }
            }
            log.info("Embedded PostgreSQL started on port " + server.getPort() + " with data in " + dataDirectory);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + dataDirectory, e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database in " + dataDirectory, e);
        }
    }

    /**
     * What a run that was killed leaves behind. An app killed outright (SIGKILL, the out-of-memory killer) leaves its
     * PostgreSQL running, since the server detaches from it: that server is asked to shut down (SIGINT, PostgreSQL's
     * fast shutdown: it writes a checkpoint and loses nothing committed). A server killed too leaves its lock file,
     * and where no init process has reaped the dead server yet (a container's), its pid still answers as a process:
     * PostgreSQL would then refuse to start, so the lock file of a server that is gone is removed.
     */
    private static void stopOrphanedServer(Path dataDirectory, Log log) {
        Path lockFile = dataDirectory.resolve("postmaster.pid");
        try {
            if (!Files.exists(lockFile)) {
                return;
            }
            long pid = Long.parseLong(Files.readAllLines(lockFile).get(0).strip());
            Optional<ProcessHandle> server =
                    ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(process -> !isZombie(pid));
            if (server.isEmpty()) {
                log.warn("Removing the lock file of a PostgreSQL (pid " + pid + ") that is gone, in " + dataDirectory);
                Files.delete(lockFile);
            } else if (server.get()
                    .info()
                    .command()
                    .map(command -> command.endsWith("postgres"))
                    .orElse(false)) {
                log.warn("Stopping the PostgreSQL (pid " + pid + ") a previous run left in " + dataDirectory);
                new ProcessBuilder("kill", "-INT", Long.toString(pid))
                        .inheritIO()
                        .start()
                        .waitFor();
                server.get().onExit().get(STARTUP_WAIT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (IOException | RuntimeException | ExecutionException | TimeoutException e) {
            log.warn("Could not clear what a previous PostgreSQL left in " + dataDirectory, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A process that has exited but not been reaped (Linux: state Z in /proc); elsewhere never. */
    private static boolean isZombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException | RuntimeException noProcFileSystem) {
            return false;
        }
    }

    /**
     * The embedded library initialises the cluster with {@code trust}: anyone on this machine could connect as the
     * superuser without a password. On the first start (and on a cluster made by an older version) the superuser
     * gets the generated password and every connection must then prove its role's password (SCRAM-SHA-256).
     */
    private static void requirePasswords(EmbeddedPostgres server, Path dataDirectory, String superuserPassword, Log log)
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
        log.info("Embedded PostgreSQL in " + dataDirectory + " now requires passwords (SCRAM-SHA-256)");
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
