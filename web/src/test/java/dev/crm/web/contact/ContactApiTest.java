package dev.crm.web.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crm.web.support.Api;
import dev.crm.web.support.CrmIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

@CrmIntegrationTest
class ContactApiTest {

    @Autowired
    TestRestTemplate http;

    Api alice;
    Api bob;

    @BeforeEach
    void users() {
        alice = Api.newUser(http, "Alice");
        bob = Api.newUser(http, "Bob");
    }

    @Test
    void createThenReadYourWrites() {
        JsonNode created = alice.post("/api/contacts", """
                {"name":" Ada Lovelace ","email":"ada@example.com","phone":"+44 20 7946 0000",
                 "jobPosition":"Analyst","organization":"Engines Ltd"}""").expect(201).json();
        assertThat(created.get("name").asText()).isEqualTo("Ada Lovelace");
        assertThat(created.get("version").asLong()).isEqualTo(1);
        assertThat(created.get("createdAt").asText()).isNotBlank();

        JsonNode read = alice.get("/api/contacts/" + created.get("id").asText())
                .expect(200)
                .json();
        assertThat(read).isEqualTo(created);
        assertThat(names(alice.get("/api/contacts").expect(200).json())).containsExactly("Ada Lovelace");
    }

    @Test
    void updateChangesOnlyTheFieldsSentAndNullClears() {
        String id = create(alice, "Grace Hopper", "grace@navy.example");
        JsonNode updated = alice.put("/api/contacts/" + id, """
                {"version":1,"jobPosition":"Rear Admiral","email":null}""").expect(200).json();
        assertThat(updated.get("jobPosition").asText()).isEqualTo("Rear Admiral");
        assertThat(updated.get("email").isNull()).isTrue();
        assertThat(updated.get("name").asText()).isEqualTo("Grace Hopper");
        assertThat(updated.get("version").asLong()).isEqualTo(2);
    }

    @Test
    void concurrentEditsOfOtherFieldsAreMerged() {
        String id = create(alice, "Alan Turing", "alan@example.com");
        alice.put("/api/contacts/" + id, "{\"version\":1,\"phone\":\"+44 161 000\"}")
                .expect(200);
        JsonNode merged = alice.put("/api/contacts/" + id, "{\"version\":1,\"jobPosition\":\"Mathematician\"}")
                .expect(200)
                .json();
        assertThat(merged.get("phone").asText()).isEqualTo("+44 161 000");
        assertThat(merged.get("jobPosition").asText()).isEqualTo("Mathematician");
        assertThat(merged.get("version").asLong()).isEqualTo(3);
    }

    @Test
    void concurrentEditOfTheSameFieldIsAConflictNamingFieldAndCurrentValue() {
        String id = create(alice, "Alan Turing", "alan@example.com");
        alice.put("/api/contacts/" + id, "{\"version\":1,\"phone\":\"+44 161 000\"}")
                .expect(200);
        Api.Response conflict = alice.put("/api/contacts/" + id, "{\"version\":1,\"phone\":\"+44 161 999\"}");

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.contentType()).startsWith("application/problem+json");
        JsonNode body = conflict.json();
        assertThat(body.get("errors").get(0).get("field").asText()).isEqualTo("phone");
        assertThat(body.get("conflicts").get(0).get("currentValue").asText()).isEqualTo("+44 161 000");
        assertThat(body.get("conflicts").get(0).get("yourValue").asText()).isEqualTo("+44 161 999");
        assertThat(body.get("currentVersion").asLong()).isEqualTo(2);
        assertThat(alice.get("/api/contacts/" + id).json().get("phone").asText())
                .isEqualTo("+44 161 000");

        // reapplying on the current version is an ordinary edit
        alice.put("/api/contacts/" + id, "{\"version\":2,\"phone\":\"+44 161 999\"}")
                .expect(200);
    }

    @Test
    void historyListsEveryChangeWithActorChannelAndOldAndNewValues() {
        String id = create(alice, "Ada", "ada@example.com");
        alice.put("/api/contacts/" + id, "{\"version\":1,\"email\":\"countess@example.com\"}")
                .expect(200);
        alice.delete("/api/contacts/" + id).expect(204);

        JsonNode history =
                alice.get("/api/contacts/" + id + "/history").expect(200).json();
        assertThat(history).hasSize(3);
        JsonNode update = history.get(1);
        assertThat(update.get("version").asLong()).isEqualTo(2);
        assertThat(update.get("eventType").asText()).isEqualTo("ContactUpdated");
        assertThat(update.get("actorName").asText()).isEqualTo("Alice");
        assertThat(update.get("channel").asText()).isEqualTo("api");
        assertThat(update.get("occurredAt").asText()).isNotBlank();
        assertThat(update.get("changes")).hasSize(1);
        assertThat(update.get("changes").get(0).get("field").asText()).isEqualTo("email");
        assertThat(update.get("changes").get(0).get("oldValue").asText()).isEqualTo("ada@example.com");
        assertThat(update.get("changes").get(0).get("newValue").asText()).isEqualTo("countess@example.com");
        assertThat(history.get(2).get("eventType").asText()).isEqualTo("ContactDeleted");
    }

    @Test
    void deletedContactsAreGoneFromListsAndReads() {
        String id = create(alice, "Temp", null);
        alice.delete("/api/contacts/" + id).expect(204);
        alice.get("/api/contacts/" + id).expect(404);
        alice.put("/api/contacts/" + id, "{\"version\":1,\"name\":\"Back\"}").expect(404);
        assertThat(names(alice.get("/api/contacts").json())).doesNotContain("Temp");
    }

    @Test
    void anotherUsersContactsDoNotExistForBob() {
        String id = create(alice, "Secret Source", "source@example.com");
        bob.get("/api/contacts/" + id).expect(404);
        bob.put("/api/contacts/" + id, "{\"version\":1,\"name\":\"Stolen\"}").expect(404);
        bob.delete("/api/contacts/" + id).expect(404);
        bob.get("/api/contacts/" + id + "/history").expect(404);
        assertThat(names(bob.get("/api/contacts").json())).isEmpty();
        assertThat(names(bob.get("/api/contacts?q=secret").json())).isEmpty();
        assertThat(alice.get("/api/contacts/" + id)
                        .expect(200)
                        .json()
                        .get("name")
                        .asText())
                .isEqualTo("Secret Source");
    }

    @Test
    void badInputIsRefusedNamingEachFieldAndNothingIsStored() {
        Api.Response bad = alice.post("/api/contacts", """
                {"name":"  ","email":"not-an-email","phone":"call me","jobPosition":"%s"}""".formatted("x".repeat(201)));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(fields(bad.json())).containsExactly("email", "jobPosition", "name", "phone");

        assertThat(fields(alice.post("/api/contacts", "{\"name\": {\"first\": \"x\"}}")
                        .expect(400)
                        .json()))
                .containsExactly("name");
        assertThat(fields(alice.post("/api/contacts", "{\"name\": \"x\"")
                        .expect(400)
                        .json()))
                .containsExactly("body");
        assertThat(names(alice.get("/api/contacts").json())).isEmpty();

        String id = create(alice, "Valid", null);
        assertThat(fields(alice.put("/api/contacts/" + id, "{\"email\":\"bad\"}")
                        .expect(400)
                        .json()))
                .containsExactly("email");
        // a valid edit that names no version is missing its precondition (RFC 6585)
        assertThat(fields(alice.put("/api/contacts/" + id, "{\"email\":\"a@b.example\"}")
                        .expect(428)
                        .json()))
                .containsExactly("version");
        assertThat(fields(alice.put("/api/contacts/" + id, "{\"version\":1,\"salary\":1}")
                        .expect(400)
                        .json()))
                .containsExactly("salary");
        assertThat(fields(alice.put("/api/contacts/" + id, "{\"version\":1,\"name\":\"\"}")
                        .expect(400)
                        .json()))
                .containsExactly("name");
        assertThat(alice.get("/api/contacts/" + id).json().get("version").asLong())
                .isEqualTo(1);
        assertThat(fields(alice.get("/api/contacts/not-a-uuid").expect(400).json()))
                .containsExactly("id");
        assertThat(fields(alice.get("/api/contacts?limit=0").expect(400).json()))
                .containsExactly("limit");
        assertThat(fields(alice.get("/api/contacts?sort=salary").expect(400).json()))
                .containsExactly("sort");
        assertThat(fields(alice.get("/api/contacts?cursor=garbage").expect(400).json()))
                .containsExactly("cursor");
    }

    @Test
    void keysetPagesWalkTheWholeListInOrderWithoutRepeats() {
        for (String name : List.of("Eve", "bob", "Carol", "alice", "Dave", "Frank", "Grace")) {
            create(alice, name, null);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = alice.get("/api/contacts?limit=3&sort=-name" + (cursor == null ? "" : "&cursor=" + cursor))
                    .expect(200)
                    .json();
            seen.addAll(names(page));
            cursor = page.get("nextCursor").isNull()
                    ? null
                    : page.get("nextCursor").asText();
            pages++;
        } while (cursor != null);
        assertThat(seen).containsExactly("Grace", "Frank", "Eve", "Dave", "Carol", "bob", "alice");
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void searchFindsByNameEmailOrOrganizationCaseInsensitively() {
        alice.post("/api/contacts", "{\"name\":\"Ada\",\"organization\":\"Analytical Engines\"}")
                .expect(201);
        alice.post("/api/contacts", "{\"name\":\"Charles\",\"email\":\"babbage@engines.example\"}")
                .expect(201);
        alice.post("/api/contacts", "{\"name\":\"Mary\",\"email\":\"mary@shelley.example\"}")
                .expect(201);
        assertThat(names(alice.get("/api/contacts?q=ENGINE").json())).containsExactly("Ada", "Charles");
        assertThat(names(alice.get("/api/contacts?q=50%25_off").json())).isEmpty();
    }

    private static String create(Api user, String name, String email) {
        String json = email == null
                ? "{\"name\":\"%s\"}".formatted(name)
                : "{\"name\":\"%s\",\"email\":\"%s\"}".formatted(name, email);
        return user.post("/api/contacts", json).expect(201).json().get("id").asText();
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(item -> names.add(item.get("name").asText()));
        return names;
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }
}
