package dev.crm.application.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Decides, before anything connects, where the database and the secrets come from. With {@code CRM_DB_URL} set,
 * everything must come from the environment (production); without it the app runs on an embedded PostgreSQL in
 * its data directory and generates the secrets it needs there once (a newcomer's machine, and the tests).
 */
public class LocalRuntime implements EnvironmentPostProcessor, Ordered {

    static final String[] SECRETS = {"crm.jwt.secret", "crm.db.app-password"};

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
        } else {
            Path dataDirectory = dataDirectory(environment);
            boolean unsafe = environment.getProperty("crm.db.embedded.test-speedups", Boolean.class, false);
            String superuserPassword = LocalSecrets.loadOrCreate(dataDirectory, "postgres-superuser-password");
            int port = EmbeddedPostgresServers.acquire(dataDirectory.resolve("postgres"), !unsafe,
                    superuserPassword, log);
            if (unsafe) {
                derived.put("crm.db.require-durable", "false");
            }
            application.addListeners((ApplicationListener<ContextClosedEvent>) event -> {
                if (event.getApplicationContext().getParent() == null) {
                    EmbeddedPostgresServers.release(dataDirectory.resolve("postgres"));
                }
            });
            derived.put("spring.datasource.url",
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
        }
        environment.getPropertySources().addFirst(new MapPropertySource("crmLocalRuntime", derived));
    }

    private static Path dataDirectory(ConfigurableEnvironment environment) {
        try {
            Path dir = environment.getProperty("crm.data-dir.temporary", Boolean.class, false)
                    ? Files.createTempDirectory("crm-data-")
                    : Path.of(environment.getProperty("crm.data-dir", "data")).toAbsolutePath().normalize();
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
