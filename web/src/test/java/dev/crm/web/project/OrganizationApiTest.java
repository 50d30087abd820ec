package dev.crm.web.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crm.web.support.Api;
import dev.crm.web.support.CrmIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

@CrmIntegrationTest
class OrganizationApiTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void organizationsHaveTheSameLifeCycleAsContacts() {
        Api alice = Api.newUser(http, "Alice");
        Api bob = Api.newUser(http, "Bob");
        JsonNode acme = alice.post(
                        "/api/organizations",
                        "{\"name\":\"Acme\",\"industry\":\"Manufacturing\",\"description\":\"Anvils and rockets\"}")
                .expect(201)
                .json();
        String id = acme.get("id").asText();
        assertThat(acme.get("version").asLong()).isEqualTo(1);
        assertThat(acme.get("createdAt").asText()).isNotBlank();

        alice.put("/api/organizations/" + id, "{\"version\":1,\"industry\":\"Aerospace\"}")
                .expect(200);
        JsonNode merged = alice.put("/api/organizations/" + id, "{\"version\":1,\"description\":\"Rockets\"}")
                .expect(200)
                .json();
        assertThat(merged.get("industry").asText()).isEqualTo("Aerospace");
        assertThat(alice.put("/api/organizations/" + id, "{\"version\":1,\"industry\":\"Retail\"}")
                        .expect(409)
                        .json()
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asText())
                .isEqualTo("industry");

        assertThat(alice.get("/api/organizations?q=rocket").json().get("items")).hasSize(1);
        assertThat(alice.get("/api/organizations/" + id + "/history").json()).hasSize(3);
        bob.get("/api/organizations/" + id).expect(404);
        assertThat(bob.get("/api/organizations").json().get("items")).isEmpty();

        assertThat(alice.post("/api/organizations", "{\"name\":\"\",\"industry\":\"%s\"}".formatted("x".repeat(101)))
                        .expect(400)
                        .json()
                        .get("errors")
                        .findValuesAsText("field"))
                .containsExactly("industry", "name");

        alice.delete("/api/organizations/" + id).expect(204);
        alice.get("/api/organizations/" + id).expect(404);
    }
}
