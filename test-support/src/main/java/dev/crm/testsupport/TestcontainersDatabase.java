package dev.crm.testsupport;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * With {@code -Dcrm.test.db=testcontainers} (and Docker) the tests run on a PostgreSQL container instead of the
 * embedded server: it sets {@code crm.db.url}, which makes the application treat the database as external.
 */
public class TestcontainersDatabase implements EnvironmentPostProcessor, Ordered {

    private static PostgreSQLContainer<?> container;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!"testcontainers".equals(System.getProperty("crm.test.db"))) {
            return;
        }
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "testcontainersDatabase",
                        Map.of(
                                "crm.db.url",
                                start().getJdbcUrl(),
                                "spring.flyway.user",
                                container.getUsername(),
                                "spring.flyway.password",
                                container.getPassword(),
                                "crm.db.app-password",
                                "crm-app-test",
                                "crm.db.rebuild-password",
                                "crm-rebuild-test",
                                "crm.jwt.secret",
                                "test-only-jwt-secret-for-the-container-run")));
    }

    private static synchronized PostgreSQLContainer<?> start() {
        if (container == null) {
            container = new PostgreSQLContainer<>("postgres:17");
            container.start();
        }
        return container;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
