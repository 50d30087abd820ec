package dev.crm.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.CrmApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The app refuses a database that can lose what it acknowledged (its own embedded one: EmbeddedDatabaseTest). */
class DurabilityCheckTest {

    @Test
    void aDatabaseGivenByUrlThatCanLoseCommitsIsRefusedUnlessExplicitlyAllowed() throws Exception {
        // the embedded library's defaults: -F (fsync off) and synchronous_commit=off
        try (EmbeddedPostgres unsafe = EmbeddedPostgres.builder().start()) {
            try (Connection connection = unsafe.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("create database crm");
            }
            String[] arguments = {
                "--crm.db.url=jdbc:postgresql://localhost:" + unsafe.getPort() + "/crm",
                "--spring.flyway.user=postgres",
                "--crm.db.app-password=app-password-for-this-test",
                "--crm.jwt.secret=jwt-secret-for-this-test-only-0123456789",
                "--server.port=0"
            };

            assertThatThrownBy(() -> new SpringApplicationBuilder(CrmApplication.class)
                            .run(arguments)
                            .close())
                    .rootCause()
                    .hasMessageContaining("fsync=off")
                    .hasMessageContaining("synchronous_commit=off")
                    .hasMessageContaining("CRM_DB_REQUIRE_DURABLE");

            String[] allowed = Stream.concat(Stream.of(arguments), Stream.of("--crm.db.require-durable=false"))
                    .toArray(String[]::new);
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CrmApplication.class).run(allowed)) {
                assertThat(app.isRunning()).isTrue();
            }
        }
    }
}
