package dev.crm.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.CrmApplication;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs a start-up command (a rebuild, the cross-kind repair) as operators run it: a second application on the
 * integration tests' database, in this JVM, which must connect as the rebuild role and serve no HTTP. It is left
 * running until the command is done ({@code crm.maintenance.exit=false} instead of {@code System.exit}).
 */
public final class MaintenanceCommand {

    private MaintenanceCommand() {}

    /** @param testApp the environment of the integration tests' application, whose database the command works on */
    public static void run(Environment testApp, String... command) {
        List<String> arguments = new ArrayList<>(List.of(
                "--crm.db.embedded.test-speedups=true",
                "--crm.maintenance.exit=false",
                "--axoniq.update-checker.disabled=true"));
        String dataDir = testApp.getProperty("crm.data-dir.resolved");
        if (dataDir != null) {
            arguments.add("--crm.data-dir=" + dataDir); // the same embedded server (EmbeddedPostgresServers)
        }
        arguments.addAll(List.of(command));
        try (ConfigurableApplicationContext app =
                new SpringApplicationBuilder(CrmApplication.class).run(arguments.toArray(String[]::new))) {
            assertThat(((WebServerApplicationContext) app).getWebServer().getPort())
                    .as("a rebuild command serves no HTTP")
                    .isNegative();
            assertThat(JdbcClient.create(app.getBean(DataSource.class))
                            .sql("select current_user")
                            .query(String.class)
                            .single())
                    .as("a rebuild command connects as the rebuild role")
                    .isEqualTo(testApp.getProperty("crm.db.rebuild-user"));
        }
    }
}
