package dev.crm.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.CrmApplication;
import dev.crm.application.contact.ContactService;
import dev.crm.domain.contact.ContactDetails;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.Channel;
import dev.crm.projections.contact.ContactView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The default run keeps everything in its data directory: stop the app (and its PostgreSQL), start it, all is there. */
class RestartTest {

    @TempDir
    Path dataDir;

    @Test
    void dataAndGeneratedSecretsSurviveARestart() throws Exception {
        UUID owner = UUID.randomUUID();
        ContactView created;
        try (ConfigurableApplicationContext app = start()) {
            created = app.getBean(ContactService.class)
                    .create(
                            Actor.of(owner, Channel.API),
                            new ContactDetails("Persistent Pat", "pat@example.com", null, null, null));
        }
        String jwtSecret = Files.readString(dataDir.resolve("secrets/crm.jwt.secret"));

        try (ConfigurableApplicationContext app = start()) {
            ContactService contacts = app.getBean(ContactService.class);
            assertThat(contacts.get(owner, created.id())).isEqualTo(created);
            assertThat(contacts.history(owner, created.id())).hasSize(1);
            assertThat(app.getEnvironment().getProperty("crm.jwt.secret")).isEqualTo(jwtSecret);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CrmApplication.class)
                .run("--crm.data-dir=" + dataDir, "--server.port=0", "--axoniq.update-checker.disabled=true");
    }
}
