package dev.crm.application.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code crm-application.properties} — the database, event store and account settings of the modules below the
 * web layer — as the lowest-precedence defaults, so that the app and each module's tests start from the same
 * settings, and the app's own properties, environment variables and arguments still override them.
 */
public class ApplicationDefaults implements EnvironmentPostProcessor, Ordered {

    static final String FILE = "crm-application.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            new PropertiesPropertySourceLoader()
                    .load("crmApplicationDefaults", new ClassPathResource(FILE))
                    .forEach(defaults -> environment.getPropertySources().addLast(defaults));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
    }

    /** Before {@link LocalRuntime}, which reads {@code crm.data-dir} and the database settings. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 1;
    }
}
