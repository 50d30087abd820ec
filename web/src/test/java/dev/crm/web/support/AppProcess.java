package dev.crm.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;

/**
 * The packaged application ({@code target/crm.jar}) run as users run it: its own JVM, started from a folder of its
 * own, in a process group of its own so that a test can kill it — and its embedded PostgreSQL — like a power cut.
 */
public final class AppProcess implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path folder;
    private final int port;
    private final Path log;

    private AppProcess(Process process, Path folder, int port, Path log) {
        this.process = process;
        this.folder = folder;
        this.port = port;
        this.log = log;
    }

    /** The jar the build packaged (failsafe passes its path). */
    public static Path jar() {
        Path jar = Path.of(System.getProperty("crm.jar", "target/crm.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no packaged app at " + jar + ": run ./mvnw verify (it packages first)");
        }
        return jar;
    }

    /**
     * Starts {@code java -jar crm.jar} in {@code folder} (its working directory, where the default data folder is
     * created) and waits until it is ready.
     */
    public static AppProcess start(Path folder, Map<String, String> environment, String... arguments) {
        return start(folder, jar(), environment, arguments);
    }

    /** Starts the given copy of the jar. */
    public static AppProcess start(Path folder, Path jar, Map<String, String> environment, String... arguments) {
        AppProcess app = launch(folder, jar, environment, arguments);
        app.awaitReady(Duration.ofSeconds(90));
        return app;
    }

    /**
     * Runs the jar as a command that stops by itself ({@code --crm.projections.rebuild=true}, a repair) and waits for
     * it to end; it must end with exit code 0 within {@code timeout}.
     *
     * @return what it printed
     */
    public static String runToEnd(Path folder, Map<String, String> environment, Duration timeout, String... arguments) {
        AppProcess command = launch(folder, jar(), environment, arguments);
        try {
            if (!command.process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                command.close();
                throw new IllegalStateException("the command did not end within " + timeout + ":\n" + command.log());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (command.process.exitValue() != 0) {
            throw new IllegalStateException(
                    "the command exited with " + command.process.exitValue() + ":\n" + command.log());
        }
        return command.log();
    }

    private static AppProcess launch(Path folder, Path jar, Map<String, String> environment, String... arguments) {
        int port = freePort();
        List<String> command =
                new ArrayList<>(List.of("setsid", javaExecutable(), "-jar", jar.toString(), "--server.port=" + port));
        command.addAll(List.of(arguments));
        try {
            Files.createDirectories(folder);
            // kept after the test's folder is gone, for a failure's post-mortem
            Path logs = Files.createDirectories(Path.of("target", "it-logs"));
            Path log = logs.resolve(folder.getFileName() + "-" + System.currentTimeMillis() + ".log");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(folder.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
            builder.environment().putAll(environment);
            return new AppProcess(builder.start(), folder, port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public TestRestTemplate http() {
        return new TestRestTemplate(new RestTemplateBuilder()
                .rootUri(baseUrl())
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(30)));
    }

    /** What the app printed, for failure messages. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /**
     * SIGKILL, in one {@code kill} call, to the app's process group and to every process of its embedded PostgreSQL,
     * like a power cut: nothing gets to flush, close or shut down. (The server detaches into a session of its own,
     * and each of its child processes into another, so they are named one by one: the server and its children.)
     */
    public void killWithItsDatabase(Path dataFolder) {
        List<String> kill = new ArrayList<>(List.of("kill", "-KILL", "--", "-" + process.pid()));
        Path postmasterPid = dataFolder.resolve("postgres/postmaster.pid");
        try {
            if (Files.exists(postmasterPid)) {
                long postmaster =
                        Long.parseLong(Files.readAllLines(postmasterPid).get(0).strip());
                kill.add(Long.toString(postmaster));
                ProcessHandle.of(postmaster)
                        .ifPresent(server -> server.children().forEach(child -> kill.add(Long.toString(child.pid()))));
            }
            new ProcessBuilder(kill).inheritIO().start().waitFor();
            process.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGKILL to the app alone (as the out-of-memory killer does): its PostgreSQL goes on running. */
    public void killAppOnly() {
        try {
            new ProcessBuilder("kill", "-KILL", "--", "-" + process.pid())
                    .inheritIO()
                    .start()
                    .waitFor();
            process.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A graceful stop (SIGTERM), as a service manager does it. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(Duration.ofSeconds(60).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2))
                .build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the app exited with " + process.exitValue() + " in " + folder + ":\n" + log());
            }
            try {
                if (HTTP.send(probe, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(200);
        }
        close();
        throw new IllegalStateException("the app was not ready within " + timeout + ":\n" + log());
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
