package dev.crm.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.web.support.Api;
import dev.crm.web.support.CrmIntegrationTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An id of one record kind sent where another kind belongs — by the very user who created that record — is a
 * record that does not exist: 404 for every verb, and not one event appended to the record's stream.
 */
@CrmIntegrationTest
class CrossKindIdTest {

    /** Each kind's path, and a valid edit of that kind. */
    private static final Map<String, String> KINDS = Map.of(
            "contacts", "{\"name\":\"Renamed\"}",
            "organizations", "{\"name\":\"Renamed\"}",
            "projects", "{\"status\":\"COMPLETED\"}",
            "tasks", "{\"status\":\"DONE\"}");

    @Autowired
    TestRestTemplate http;

    @Autowired
    Flyway flyway;

    @Test
    void everyVerbOnEveryOtherKindsIdIsNotFoundAndAppendsNothing() {
        Api owner = Api.newUser(http, "Owner");
        String invite = owner.post("/api/workspace/invites", "{}")
                .expect(201)
                .json()
                .get("code")
                .asText();
        Api assignee = Api.newUser(http, "Assignee", invite);

        String organization = owner.post("/api/organizations", "{\"name\":\"Acme\"}")
                .expect(201)
                .json()
                .get("id")
                .asText();
        String project = owner.post(
                        "/api/projects", "{\"name\":\"Launch\",\"assigneeIds\":[\"" + assignee.userId() + "\"]}")
                .expect(201)
                .json()
                .get("id")
                .asText();
        // as in the review: an assignee creates a task in someone else's project, then aims at it as a contact
        Map<String, Created> records = new LinkedHashMap<>();
        records.put(
                "contacts",
                new Created(
                        owner,
                        owner.post("/api/contacts", "{\"name\":\"Ada\"}")
                                .expect(201)
                                .json()
                                .get("id")
                                .asText()));
        records.put("organizations", new Created(owner, organization));
        records.put("projects", new Created(owner, project));
        records.put(
                "tasks",
                new Created(
                        assignee,
                        assignee.post("/api/projects/" + project + "/tasks", "{\"name\":\"Ship\"}")
                                .expect(201)
                                .json()
                                .get("id")
                                .asText()));

        List<String> failures = new ArrayList<>();
        records.forEach((kind, record) -> {
            long eventsBefore = events(record.id());
            KINDS.forEach((otherKind, edit) -> {
                if (otherKind.equals(kind)) {
                    return;
                }
                String path = "/api/" + otherKind + "/" + record.id();
                expectNotFound(failures, "GET " + path, record.api().get(path));
                expectNotFound(
                        failures, "GET " + path + "/history", record.api().get(path + "/history"));
                expectNotFound(failures, "PUT " + path, record.api().put(path, edit.replace("{", "{\"version\":1,")));
                expectNotFound(failures, "DELETE " + path, record.api().delete(path));
            });
            if (!kind.equals("projects")) {
                String tasksOf = "/api/projects/" + record.id() + "/tasks";
                expectNotFound(failures, "GET " + tasksOf, record.api().get(tasksOf));
                expectNotFound(failures, "POST " + tasksOf, record.api().post(tasksOf, "{\"name\":\"Stray\"}"));
            }
            assertThat(events(record.id())).as("events in the %s stream", kind).isEqualTo(eventsBefore);
        });
        assertThat(failures).isEmpty();

        // every record still works for its owner afterwards
        owner.put("/api/tasks/" + records.get("tasks").id(), "{\"version\":1,\"status\":\"DONE\"}")
                .expect(200);
        owner.delete("/api/projects/" + project).expect(204);
        owner.delete("/api/organizations/" + organization).expect(204);
        owner.delete("/api/contacts/" + records.get("contacts").id()).expect(204);
    }

    @Test
    void aReferenceToARecordOfAnotherKindIsRefusedNamingTheField() {
        Api owner = Api.newUser(http, "Referrer");
        String contact = owner.post("/api/contacts", "{\"name\":\"Ada\"}")
                .expect(201)
                .json()
                .get("id")
                .asText();

        Api.Response project = owner.post("/api/projects", "{\"name\":\"P\",\"organizationId\":\"" + contact + "\"}");
        assertThat(project.status()).isBetween(400, 422);
        assertThat(project.json().toString()).contains("organizationId");
        Api.Response task = owner.post("/api/tasks", "{\"name\":\"T\",\"projectId\":\"" + contact + "\"}");
        assertThat(task.status()).isIn(400, 404, 422);
        assertThat(events(contact)).isEqualTo(1);
    }

    /** Counted as the owner role: the app role sees a stream only when acting as a user who may see the record. */
    private long events(String aggregateId) {
        return JdbcClient.create(flyway.getConfiguration().getDataSource())
                .sql("select count(*) from domain_event_entry where aggregate_identifier = ?")
                .param(aggregateId)
                .query(Long.class)
                .single();
    }

    private static void expectNotFound(List<String> failures, String request, Api.Response response) {
        if (response.status() != 404) {
            failures.add(request + " → " + response.status() + " "
                    + response.entity().getBody());
        }
    }

    private record Created(Api api, String id) {}
}
