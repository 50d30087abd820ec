package dev.crm.web.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.web.support.Api;
import dev.crm.web.support.AppProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The packaged jar as an operator deploys it: copied alone into an empty folder, on its own embedded database, and
 * on an existing PostgreSQL server given by URL — once and as two nodes sharing that server.
 */
class JarDeploymentIT {

    @TempDir
    Path folder;

    @Test
    void aCopiedJarStartsInAnEmptyFolderOnItsEmbeddedDatabaseAndServesPagesAndTheApi() throws Exception {
        Path jar = Files.copy(AppProcess.jar(), folder.resolve("crm.jar"));
        long started = System.nanoTime();
        try (AppProcess app = AppProcess.start(folder, jar, Map.of())) {
            System.out.printf(
                    "deploy test: ready in %d ms from an empty folder (first start: initdb and migrations)%n",
                    (System.nanoTime() - started) / 1_000_000);
            assertThat(Files.isDirectory(folder.resolve("data/postgres"))).isTrue();
            assertThat(Files.isRegularFile(folder.resolve("data/secrets/crm.jwt.secret")))
                    .isTrue();
            servesTheLoginPageInProductionMode(app);
            registerSignInCreateAndRead(app);
        }
    }

    @Test
    void onAnExistingPostgresTwoNodesServeTheSameUsersAndSettleConcurrentEditsAsOneNode() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .start()) {
            try (Connection connection = server.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("create database crm");
            }
            Map<String, String> environment = Map.of(
                    "CRM_DB_URL", "jdbc:postgresql://localhost:" + server.getPort() + "/crm",
                    "CRM_DB_OWNER_USER", "postgres",
                    "CRM_DB_APP_USER", "crm_app",
                    "CRM_DB_APP_PASSWORD", "app-password-of-this-test",
                    "CRM_JWT_SECRET", "jwt-secret-of-this-test-0123456789abcdef");
            try (AppProcess node1 = AppProcess.start(folder.resolve("node1"), environment);
                    AppProcess node2 = AppProcess.start(folder.resolve("node2"), environment)) {
                assertThat(folder.resolve("node1/data"))
                        .as("nothing embedded or generated")
                        .doesNotExist();
                servesTheLoginPageInProductionMode(node1);
                Api alice = registerSignInCreateAndRead(node1);
                assertThat(JdbcClient.create(server.getDatabase("postgres", "crm"))
                                .sql(
                                        "select distinct usename from pg_stat_activity where datname = 'crm' and usename <> 'postgres'")
                                .query(String.class)
                                .list())
                        .as("the nodes connect as the app role")
                        .containsExactly("crm_app");

                // one user, either node
                Api aliceOn2 = Api.signIn(node2.http(), alice.email(), Api.PASSWORD);
                String id = alice.post("/api/contacts", "{\"name\":\"Shared Sam\"}")
                        .expect(201)
                        .json()
                        .get("id")
                        .asText();
                assertThat(aliceOn2.get("/api/contacts/" + id)
                                .expect(200)
                                .json()
                                .get("name")
                                .asText())
                        .isEqualTo("Shared Sam");
                Api bob = Api.newUser(node2.http(), "Bob");
                bob.get("/api/contacts/" + id).expect(404);

                // the same field from version 1 on both nodes at once: exactly one wins, the other is a conflict
                List<Integer> statuses = concurrently(
                        () -> alice.put("/api/contacts/" + id, "{\"version\":1,\"phone\":\"+1 555 0101\"}")
                                .status(),
                        () -> aliceOn2.put("/api/contacts/" + id, "{\"version\":1,\"phone\":\"+1 555 0202\"}")
                                .status());
                assertThat(statuses).containsExactlyInAnyOrder(200, 409);
                // other fields from the same old version on both nodes: merged, both kept
                List<Integer> merged = concurrently(
                        () -> alice.put("/api/contacts/" + id, "{\"version\":2,\"jobPosition\":\"CTO\"}")
                                .status(),
                        () -> aliceOn2.put("/api/contacts/" + id, "{\"version\":2,\"email\":\"sam@example.com\"}")
                                .status());
                assertThat(merged).containsExactly(200, 200);
                var contact = aliceOn2.get("/api/contacts/" + id).expect(200).json();
                assertThat(contact.get("jobPosition").asText()).isEqualTo("CTO");
                assertThat(contact.get("email").asText()).isEqualTo("sam@example.com");
                assertThat(contact.get("version").asLong()).isEqualTo(4);
                assertThat(alice.get("/api/contacts/" + id + "/history")
                                .expect(200)
                                .json())
                        .hasSize(4);
            }
        }
    }

    private static void servesTheLoginPageInProductionMode(AppProcess app) {
        var page = app.http().getForEntity("/login", String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody())
                .as("the production bundle, not a dev server")
                .contains("VAADIN/build/")
                .doesNotContain("@vite/client");
    }

    private static Api registerSignInCreateAndRead(AppProcess app) {
        Api user = Api.newUser(app.http(), "Deployer");
        String id = user.post("/api/contacts", "{\"name\":\"Deployed Dana\"}")
                .expect(201)
                .json()
                .get("id")
                .asText();
        assertThat(user.get("/api/contacts/" + id)
                        .expect(200)
                        .json()
                        .get("name")
                        .asText())
                .isEqualTo("Deployed Dana");
        return user;
    }

    @SafeVarargs
    private static List<Integer> concurrently(java.util.function.Supplier<Integer>... requests) {
        List<CompletableFuture<Integer>> futures = new ArrayList<>();
        for (var request : requests) {
            futures.add(CompletableFuture.supplyAsync(request));
        }
        return futures.stream().map(CompletableFuture::join).toList();
    }
}
