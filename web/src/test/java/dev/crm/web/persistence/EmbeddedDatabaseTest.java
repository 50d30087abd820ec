package dev.crm.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.CrmApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The product's own embedded PostgreSQL: durable, every role behind a password, its secrets readable by the owner
 * only, and the app's role unable to change or remove events.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void durablePasswordProtectedOwnerOnlySecretsAndAnAppendOnlyEventStore() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CrmApplication.class)
                .run("--crm.data-dir=" + dataDir, "--server.port=0")) {
            JdbcClient jdbc = JdbcClient.create(app.getBean(DataSource.class));
            assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("show synchronous_commit").query(String.class).single())
                    .isEqualTo("on");
            assertThat(jdbc.sql("show full_page_writes").query(String.class).single())
                    .isEqualTo("on");

            String url = app.getEnvironment().getProperty("spring.datasource.url");
            String superuserPassword = Files.readString(dataDir.resolve("secrets/postgres-superuser-password"));
            for (String password : new String[] {"", "wrong"}) {
                assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", password)
                                .close())
                        .as("superuser with password '%s'", password)
                        .isInstanceOf(SQLException.class)
                        .hasMessageMatching(
                                "(?s).*(password authentication failed|requested SCRAM-based authentication).*");
            }
            assertThatThrownBy(() ->
                            DriverManager.getConnection(url, "crm_app", "").close())
                    .isInstanceOf(SQLException.class);
            try (Connection superuser = DriverManager.getConnection(url, "postgres", superuserPassword)) {
                assertThat(superuser.isValid(1)).isTrue();
            }

            assertThat(Files.getPosixFilePermissions(dataDir.resolve("secrets")))
                    .isEqualTo(PosixFilePermissions.fromString("rwx------"));
            try (var secrets = Files.list(dataDir.resolve("secrets"))) {
                assertThat(secrets.toList())
                        .isNotEmpty()
                        .allSatisfy(secret -> assertThat(Files.getPosixFilePermissions(secret))
                                .isEqualTo(PosixFilePermissions.fromString("rw-------")));
            }

            // as the app's own role: the event store is append-only
            for (String statement : List.of(
                    "update domain_event_entry set payload_type = payload_type",
                    "delete from domain_event_entry",
                    "truncate domain_event_entry",
                    "update snapshot_event_entry set payload_type = payload_type",
                    "delete from snapshot_event_entry")) {
                assertThatThrownBy(() -> jdbc.sql(statement).update())
                        .as(statement)
                        .rootCause()
                        .hasMessageContaining("permission denied");
            }
            assertThat(jdbc.sql("select current_user").query(String.class).single())
                    .isEqualTo("crm_app");
        }
    }
}
