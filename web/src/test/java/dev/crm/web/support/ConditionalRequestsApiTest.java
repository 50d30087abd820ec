package dev.crm.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * HTTP's own optimistic concurrency beside the body's {@code version}: ETag on every read and write, If-Match on
 * PUT, PATCH and DELETE (412 when the record moved on, with its current ETag), 428 for an update that names no
 * version at all, JSON merge patch (RFC 7396), and If-None-Match for a cheap re-read.
 */
@CrmIntegrationTest
class ConditionalRequestsApiTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Autowired
    TestRestTemplate http;

    Api alice;
    String contact;

    @BeforeEach
    void aContact() {
        alice = Api.newUser(http, "Alice");
        Api.Response created = alice.post("/api/contacts", "{\"name\":\"Ada Lovelace\",\"email\":\"ada@example.com\"}")
                .expect(201);
        assertThat(created.header(HttpHeaders.ETAG)).isEqualTo("\"1\"");
        contact = "/api/contacts/" + created.json().get("id").asText();
    }

    @Test
    void everyReadAndWriteTellsTheVersionAsETag() {
        Api.Response read = alice.get(contact).expect(200);
        assertThat(read.header(HttpHeaders.ETAG)).isEqualTo("\"1\"");
        assertThat(read.header("Accept-Patch")).isEqualTo(MERGE_PATCH);

        Api.Response updated = alice.exchange(HttpMethod.PUT, contact, "{\"phone\":\"+44 1\"}", ifMatch("\"1\""))
                .expect(200);
        assertThat(updated.header(HttpHeaders.ETAG)).isEqualTo("\"2\"");
        assertThat(updated.json().get("version").asLong()).isEqualTo(2);
    }

    @Test
    void ifNoneMatchWithTheCurrentETagAnswersNotModified() {
        assertThat(alice.exchange(HttpMethod.GET, contact, null, header(HttpHeaders.IF_NONE_MATCH, "\"1\""))
                        .status())
                .isEqualTo(304);
        alice.exchange(HttpMethod.GET, contact, null, header(HttpHeaders.IF_NONE_MATCH, "\"0\""))
                .expect(200);
    }

    @Test
    void ifMatchWithAnOldVersionIsRefusedEvenWhereTheBodyVersionWouldMerge() {
        alice.put(contact, "{\"version\":1,\"phone\":\"+44 1\"}").expect(200);

        Api.Response stale = alice.exchange(HttpMethod.PUT, contact, "{\"jobPosition\":\"Analyst\"}", ifMatch("\"1\""));
        stale.expect(412);
        assertThat(stale.contentType()).isEqualTo("application/problem+json");
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(2);
        assertThat(stale.header(HttpHeaders.ETAG)).isEqualTo("\"2\"");
        assertThat(alice.get(contact).json().get("jobPosition").isNull()).isTrue();

        // the body's version keeps its merge rule: another field changed meanwhile is kept
        alice.put(contact, "{\"version\":1,\"jobPosition\":\"Analyst\"}").expect(200);
    }

    @Test
    void anUpdateNamingNoVersionAtAllIsPreconditionRequired() {
        Api.Response response = alice.put(contact, "{\"phone\":\"+44 1\"}");
        response.expect(428);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("version");
        assertThat(alice.get(contact).json().get("version").asLong()).isEqualTo(1);
    }

    @Test
    void bodyVersionAndIfMatchMustAgree() {
        Api.Response response =
                alice.exchange(HttpMethod.PUT, contact, "{\"version\":1,\"phone\":\"+44 1\"}", ifMatch("\"2\""));
        response.expect(400);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("version");
        alice.exchange(HttpMethod.PUT, contact, "{\"version\":1,\"phone\":\"+44 1\"}", ifMatch("\"1\""))
                .expect(200);
    }

    @Test
    void weakUnknownAndMalformedTags() {
        alice.exchange(HttpMethod.PUT, contact, "{\"phone\":\"+44 11\"}", ifMatch("W/\"1\""))
                .expect(412);
        alice.exchange(HttpMethod.PUT, contact, "{\"phone\":\"+44 11\"}", ifMatch("\"abc\""))
                .expect(412);
        alice.exchange(HttpMethod.PUT, contact, "{\"phone\":\"+44 11\"}", ifMatch("\"99999999999999999999999\""))
                .expect(412);
        Api.Response malformed = alice.exchange(HttpMethod.PUT, contact, "{\"phone\":\"+44 11\"}", ifMatch("1"));
        malformed.expect(400);
        assertThat(malformed.json().get("errors").get(0).get("field").asText()).isEqualTo("If-Match");
        // a list matches if any tag does; * matches whatever the version
        alice.exchange(HttpMethod.PUT, contact, "{\"phone\":\"+44 22\"}", ifMatch("\"7\", \"1\""))
                .expect(200);
        alice.exchange(HttpMethod.PUT, contact, "{\"phone\":\"+44 33\"}", ifMatch("*"))
                .expect(200);
        assertThat(alice.get(contact).json().get("phone").asText()).isEqualTo("+44 33");
    }

    @Test
    void mergePatchChangesTheFieldsGivenAndNullClears() {
        JsonNode patched = alice.exchange(
                        HttpMethod.PATCH, contact, "{\"email\":null,\"jobPosition\":\"Analyst\"}", mergePatch("\"1\""))
                .expect(200)
                .json();
        assertThat(patched.get("email").isNull()).isTrue();
        assertThat(patched.get("jobPosition").asText()).isEqualTo("Analyst");
        assertThat(patched.get("name").asText()).isEqualTo("Ada Lovelace");

        // a client that sends back what it read, with one change, is fine too
        JsonNode read = alice.get(contact).json();
        ((com.fasterxml.jackson.databind.node.ObjectNode) read).put("phone", "+44 2");
        alice.exchange(HttpMethod.PATCH, contact, read.toString(), mergePatch(null))
                .expect(200);

        alice.exchange(HttpMethod.PATCH, contact, "{\"jobPosition\":\"Poet\"}", mergePatch("\"1\""))
                .expect(412);
        alice.exchange(HttpMethod.PATCH, contact, "[1]", mergePatch("\"3\"")).expect(400);
        assertThat(alice.exchange(HttpMethod.PATCH, contact, "{\"jobPosition\":\"Poet\"}", ifMatch("\"3\""))
                        .status())
                .as("PATCH speaks merge patch only")
                .isEqualTo(415);
    }

    @Test
    void deleteWithIfMatchOnlyAtThatVersion() {
        alice.put(contact, "{\"version\":1,\"phone\":\"+44 1\"}").expect(200);
        alice.exchange(HttpMethod.DELETE, contact, null, ifMatch("\"1\"")).expect(412);
        alice.get(contact).expect(200);
        alice.exchange(HttpMethod.DELETE, contact, null, ifMatch("\"2\"")).expect(204);
        alice.get(contact).expect(404);
    }

    @Test
    void aProjectWithTasksIsNotTouchedWhenItsDeleteConditionFails() {
        String project = "/api/projects/"
                + alice.post("/api/projects", "{\"name\":\"Apollo\"}")
                        .expect(201)
                        .json()
                        .get("id")
                        .asText();
        alice.post(project + "/tasks", "{\"name\":\"Launch\"}").expect(201);
        alice.put(project, "{\"version\":1,\"status\":\"IN_PROGRESS\"}").expect(200);

        alice.exchange(HttpMethod.DELETE, project, null, ifMatch("\"1\"")).expect(412);
        assertThat(alice.get(project + "/tasks").json().get("items")).hasSize(1);
    }

    @Test
    void aForeignRecordAnswersAsAMissingOneWhateverTheCondition() {
        Api bob = Api.newUser(http, "Bob");
        bob.exchange(HttpMethod.PUT, contact, "{\"phone\":\"+44 11\"}", ifMatch("\"1\""))
                .expect(404);
        bob.exchange(HttpMethod.PUT, contact, "{\"phone\":\"+44 11\"}", ifMatch("\"5\""))
                .expect(404);
        bob.exchange(HttpMethod.DELETE, contact, null, ifMatch("*")).expect(404);
        bob.exchange(HttpMethod.PATCH, contact, "{\"phone\":\"+44 11\"}", mergePatch("\"1\""))
                .expect(404);
    }

    private static HttpHeaders ifMatch(String tags) {
        return header(HttpHeaders.IF_MATCH, tags);
    }

    private static HttpHeaders mergePatch(String ifMatch) {
        HttpHeaders headers = ifMatch == null ? new HttpHeaders() : ifMatch(ifMatch);
        headers.set(HttpHeaders.CONTENT_TYPE, MERGE_PATCH);
        return headers;
    }

    private static HttpHeaders header(String name, String value) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(name, value);
        return headers;
    }
}
