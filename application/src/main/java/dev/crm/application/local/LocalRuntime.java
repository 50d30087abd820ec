package dev.crm.application.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Decides, before anything connects, where the database and the secrets come from. With {@code CRM_DB_URL} set,
 * everything must come from the environment (production); without it the app runs on an embedded PostgreSQL in
 * its data directory and generates the secrets it needs there once (a newcomer's machine, and the tests).
 *
 * <p>It also decides which role the data source connects as: the app role, except for the start-up commands that
 * rebuild the read models ({@link #rebuildCommand}), which connect as the rebuild role and serve no HTTP. A process
 * that serves requests therefore never has the rebuild role's connections.
 */
public class LocalRuntime implements EnvironmentPostProcessor, Ordered {

    static final String[] SECRETS = {"crm.jwt.secret", "crm.db.app-password"};
    /** Generated in embedded mode; with an external database needed only by the rebuild commands. */
    static final String REBUILD_PASSWORD = "crm.db.rebuild-password";

    private final Log log;

    /** Boot hands post-processors a deferred log: what they report is written once logging is set up. */
    public LocalRuntime(DeferredLogFactory logs) {
        this.log = logs.getLog(LocalRuntime.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> derived = new HashMap<>();
        String externalUrl = environment.getProperty("crm.db.url");
        if (StringUtils.hasText(externalUrl)) {
            derived.put("spring.datasource.url", externalUrl);
            for (String secret : SECRETS) {
                if (!StringUtils.hasText(environment.getProperty(secret))) {
                    throw new IllegalStateException(secret + " must be set (environment variable "
                            + secret.toUpperCase().replace('.', '_').replace('-', '_') + ") when CRM_DB_URL is set");
                }
            }
            if (rebuildCommand(environment) && !StringUtils.hasText(environment.getProperty(REBUILD_PASSWORD))) {
                throw new IllegalStateException(REBUILD_PASSWORD + " must be set (environment variable "
                        + "CRM_DB_REBUILD_PASSWORD) to rebuild the read models when CRM_DB_URL is set");
            }
        } else {
            Path dataDirectory = dataDirectory(environment);
            boolean unsafe = environment.getProperty("crm.db.embedded.test-speedups", Boolean.class, false);
            String superuserPassword = LocalSecrets.loadOrCreate(dataDirectory, "postgres-superuser-password");
            int port =
                    EmbeddedPostgresServers.acquire(dataDirectory.resolve("postgres"), !unsafe, superuserPassword, log);
            if (unsafe) {
                derived.put("crm.db.require-durable", "false");
            }
            application.addListeners((ApplicationListener<ContextClosedEvent>) event -> {
                if (event.getApplicationContext().getParent() == null) {
                    EmbeddedPostgresServers.release(dataDirectory.resolve("postgres"));
                }
            });
            derived.put(
                    "spring.datasource.url",
                    "jdbc:postgresql://localhost:" + port + "/" + EmbeddedPostgresServers.DATABASE);
            derived.put("spring.flyway.user", "postgres");
            derived.put("spring.flyway.password", superuserPassword);
            derived.put("crm.db.embedded", "true");
            derived.put("crm.data-dir.resolved", dataDirectory.toString());
            for (String secret : SECRETS) {
                if (!StringUtils.hasText(environment.getProperty(secret))) {
                    derived.put(secret, LocalSecrets.loadOrCreate(dataDirectory, secret));
                }
            }
            if (!StringUtils.hasText(environment.getProperty(REBUILD_PASSWORD))) {
                derived.put(REBUILD_PASSWORD, LocalSecrets.loadOrCreate(dataDirectory, REBUILD_PASSWORD));
            }
        }
        if (rebuildCommand(environment)) {
            derived.put("spring.datasource.username", "${crm.db.rebuild-user}");
            derived.put("spring.datasource.password", "${" + REBUILD_PASSWORD + "}");
            derived.put("crm.rebuild-command", "true");
            // a web application context whose server never starts: no port is opened (arguments cannot override it)
            derived.put("server.port", "-1");
            log.info("A rebuild command: connecting as the rebuild role, serving no HTTP");
        }
        environment.getPropertySources().addFirst(new MapPropertySource("crmLocalRuntime", derived));
    }

    /**
     * {@code --crm.projections.rebuild=true} and {@code --crm.repair.cross-kind-events=…}: start-up commands that
     * (may) rebuild the read models and then stop.
     */
    public static boolean rebuildCommand(Environment environment) {
        return environment.getProperty("crm.projections.rebuild", Boolean.class, false)
                || environment.containsProperty("crm.repair.cross-kind-events");
    }

    private static Path dataDirectory(ConfigurableEnvironment environment) {
        try {
            Path dir = environment.getProperty("crm.data-dir.temporary", Boolean.class, false)
                    ? Files.createTempDirectory("crm-data-")
                    : Path.of(environment.getProperty("crm.data-dir", "data"))
                            .toAbsolutePath()
                            .normalize();
            Files.createDirectories(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory", e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
