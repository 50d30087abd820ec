package dev.crm.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Client mistakes found by the review answer a 4xx problem that names the field, never a 500, and store nothing. */
@CrmIntegrationTest
class ClientMistakesApiTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Flyway flyway;

    @LocalServerPort
    int port;

    Api alice;
    Api mallory;
    String contact;

    @BeforeEach
    void aliceHasAContact() {
        alice = Api.newUser(http, "Alice");
        mallory = Api.newUser(http, "Mallory");
        contact = alice.post("/api/contacts", "{\"name\":\"Ada\"}")
                .expect(201)
                .json()
                .get("id")
                .asText();
    }

    @Test
    void aVersionFromTheFutureIsAConflictForTheOwnerAndNotFoundForAnyoneElse() {
        for (String kind : new String[] {"contacts", "organizations", "projects", "tasks"}) {
            String id = create(kind);
            Api.Response future = alice.put("/api/" + kind + "/" + id, "{\"version\":7,\"name\":\"Later\"}");
            assertThat(future.status()).as(kind).isEqualTo(409);
            assertThat(future.json().get("currentVersion").asLong()).isEqualTo(1);
            assertThat(future.json().toString()).contains("version");
            alice.put("/api/" + kind + "/" + id, "{\"version\":0,\"name\":\"Zero\"}")
                    .expect(400);
            alice.put("/api/" + kind + "/" + id, "{\"version\":-3,\"name\":\"Negative\"}")
                    .expect(400);

            // a foreign record answers exactly like a missing one, whatever the version
            for (String version : new String[] {"1", "7", "1000000"}) {
                assertThat(mallory.put("/api/" + kind + "/" + id, "{\"version\":" + version + ",\"name\":\"X\"}")
                                .status())
                        .as(kind + " v" + version)
                        .isEqualTo(404);
            }
            assertThat(alice.get("/api/" + kind + "/" + id)
                            .json()
                            .get("version")
                            .asLong())
                    .isEqualTo(1);
        }
    }

    @Test
    void textPostgresCannotStoreFaithfullyIsRefusedNamingTheField() {
        long before = contacts();
        Api.Response nul = alice.post("/api/contacts", "{\"name\":\"Ada\\u0000Lovelace\"}");
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.json().get("errors").get(0).get("field").asText()).isEqualTo("name");
        Api.Response surrogate = alice.post("/api/contacts", "{\"name\":\"Ada\",\"jobPosition\":\"\\ud800x\"}");
        assertThat(surrogate.status()).isEqualTo(400);
        assertThat(surrogate.json().get("errors").get(0).get("field").asText()).isEqualTo("jobPosition");
        assertThat(alice.put("/api/contacts/" + contact, "{\"version\":1,\"phone\":\"1\\u0000\"}")
                        .status())
                .isEqualTo(400);
        HttpResponse<String> search = rawGet("/api/contacts?q=a%00b");
        assertThat(search.statusCode()).isEqualTo(400);
        assertThat(search.body()).contains("\"field\":\"q\"");
        Api.Response register = Api.anonymous(http)
                .post(
                        "/api/auth/register",
                        "{\"email\":\"nul@example.com\",\"password\":\"a long passphrase\",\"name\":\"N\\u0000\"}");
        assertThat(register.status()).isEqualTo(400);
        assertThat(register.json().get("errors").get(0).get("field").asText()).isEqualTo("name");
        assertThat(contacts()).isEqualTo(before);
    }

    @Test
    void controlCharactersAndNamesThatShowNothingAreRefusedLineBreaksAreNot() {
        long before = contacts();
        for (String name :
                new String[] {"\\u200B\\u200B", "\\u200D \\u2060", "\\u3164", "Ada\\u0007", "Ada\\u001B[31m"}) {
            Api.Response refused = alice.post("/api/contacts", "{\"name\":\"" + name + "\"}");
            assertThat(refused.status()).as(name).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asText())
                    .as(name)
                    .isEqualTo("name");
        }
        assertThat(contacts()).isEqualTo(before);
        alice.post("/api/organizations", "{\"name\":\"Acme\",\"description\":\"Line one\\nLine two\\tend\"}")
                .expect(201);
        alice.post("/api/contacts", "{\"name\":\"Zoë \\uD83D\\uDE00 O\\u2019Brien\"}")
                .expect(201);
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() {
        Api.Response huge = alice.post("/api/contacts", "{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}");
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.contentType()).contains("application/problem+json");
    }

    @Test
    void createBodiesAreReadAsStrictlyAsUpdates() {
        long before = contacts();
        Api.Response unknown = alice.post("/api/contacts", "{\"name\":\"Ada\",\"nickname\":\"A\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asText()).isEqualTo("nickname");
        assertThat(alice.post("/api/contacts", "{\"name\":\"Ada\"} trailing").status())
                .isEqualTo(400);
        assertThat(alice.post("/api/contacts", "{\"name\":\"Ada\",\"name\":\"Eve\"}")
                        .status())
                .isEqualTo(400);
        assertThat(alice.put("/api/contacts/" + contact, "{\"version\":1,\"name\":\"A\",\"name\":\"B\"}")
                        .status())
                .isEqualTo(400);
        assertThat(contacts()).isEqualTo(before);
    }

    @Test
    void passwordsLongerThanBcryptTakesAreRefusedNamingTheField() {
        String tooLong = "é".repeat(40); // 80 bytes in UTF-8
        Api.Response register = Api.anonymous(http)
                .post(
                        "/api/auth/register",
                        "{\"email\":\"long@example.com\",\"password\":\"" + tooLong + "\",\"name\":\"Long\"}");
        assertThat(register.status()).isEqualTo(400);
        assertThat(register.json().get("errors").get(0).get("field").asText()).isEqualTo("password");
        Api.Response change = alice.post(
                "/api/settings/password",
                "{\"currentPassword\":\"" + Api.PASSWORD + "\",\"newPassword\":\"" + tooLong + "\"}");
        assertThat(change.status()).isEqualTo(400);
        assertThat(change.json().get("errors").get(0).get("field").asText()).isEqualTo("newPassword");
    }

    @Test
    void datesBeyondWhatPostgresStoresAreRefusedNamingTheField() {
        Api.Response project = alice.post("/api/projects", "{\"name\":\"Far\",\"dueDate\":\"+6000000-01-01\"}");
        assertThat(project.status()).isEqualTo(400);
        assertThat(project.json().get("errors").get(0).get("field").asText()).isEqualTo("dueDate");
        Api.Response bc = alice.post("/api/projects", "{\"name\":\"Old\",\"dueDate\":\"-5000-01-01\"}");
        assertThat(bc.status()).isEqualTo(400);
    }

    @Test
    void forgedCursorsAreRefusedNamingTheCursor() {
        for (String sort : new String[] {"name", "-updatedAt", "createdAt"}) {
            for (String cursor : new String[] {"x", "eyJhIjoxfQ", "WyJub3QgYSBkYXRlIiwiMSJd", "AAAA"}) {
                Api.Response page = alice.get("/api/contacts?sort=" + sort + "&cursor=" + cursor);
                assertThat(page.status()).as(sort + " " + cursor).isEqualTo(400);
                assertThat(page.json().get("errors").get(0).get("field").asText())
                        .isEqualTo("cursor");
            }
        }
    }

    @Test
    void aMultipartBodyWithoutBoundaryIsAProblem() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/feedback"))
                                .header("Authorization", "Bearer " + alice.token())
                                .header("Content-Type", "multipart/form-data")
                                .POST(HttpRequest.BodyPublishers.ofString("--x\r\n"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
    }

    @Test
    void anApiPathThatDoesNotExistIsANotFoundProblemAndAWrongMethodAMethodNotAllowedProblem() {
        for (HttpMethod method : new HttpMethod[] {HttpMethod.GET, HttpMethod.POST, HttpMethod.DELETE}) {
            Api.Response missing = alice.exchange(method, "/api/no-such-thing", method == HttpMethod.GET ? null : "{}");
            assertThat(missing.status()).as(method.name()).isEqualTo(404);
            assertThat(missing.contentType()).contains("application/problem+json");
        }
        Api.Response anonymous = Api.anonymous(http).get("/api/no-such-thing");
        assertThat(anonymous.status()).isIn(401, 404);
        assertThat(anonymous.contentType()).contains("application/problem+json");
        Api.Response wrongMethod = alice.exchange(HttpMethod.PATCH, "/api/contacts", "{}");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.contentType()).contains("application/problem+json");
    }

    @Test
    void aClientThatSendsBackExactlyWhatItGotUpdatesTheRecord() {
        for (String kind : new String[] {"contacts", "organizations", "projects", "tasks"}) {
            String id = create(kind);
            ObjectNode record = (ObjectNode)
                    alice.get("/api/" + kind + "/" + id).expect(200).json();
            record.put("name", "Round trip");
            Api.Response updated = alice.put("/api/" + kind + "/" + id, record.toString());
            assertThat(updated.status())
                    .as(kind + ": " + updated.entity().getBody())
                    .isEqualTo(200);
            assertThat(updated.json().get("name").asText()).isEqualTo("Round trip");

            ObjectNode stale = (ObjectNode) updated.json();
            stale.put("createdAt", "2001-01-01T00:00:00Z");
            Api.Response changedReadOnly = alice.put("/api/" + kind + "/" + id, stale.toString());
            assertThat(changedReadOnly.status()).as(kind).isEqualTo(400);
            assertThat(changedReadOnly.json().get("errors").get(0).get("field").asText())
                    .isEqualTo("createdAt");
        }
    }

    /** A GET sent exactly as written (TestRestTemplate would encode the % again). */
    private HttpResponse<String> rawGet(String pathAndQuery) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                                    .header("Authorization", "Bearer " + alice.token())
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String create(String kind) {
        return switch (kind) {
            case "tasks" ->
                alice.post("/api/projects/" + create("projects") + "/tasks", "{\"name\":\"T\"}")
                        .expect(201)
                        .json()
                        .get("id")
                        .asText();
            default ->
                alice.post("/api/" + kind, "{\"name\":\"N\"}")
                        .expect(201)
                        .json()
                        .get("id")
                        .asText();
        };
    }

    private long contacts() {
        return eventStoreAsOwner()
                .sql("select count(*) from domain_event_entry where type = 'Contact'")
                .query(Long.class)
                .single();
    }

    /** The whole event store, read as the owner role: the app role sees a stream only as a user who may see its record. */
    private JdbcClient eventStoreAsOwner() {
        return JdbcClient.create(flyway.getConfiguration().getDataSource());
    }
}
