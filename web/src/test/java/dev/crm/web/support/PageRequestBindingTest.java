package dev.crm.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The list parameters as one {@code PageRequest}: bound on every list, failing by name, described in OpenAPI. */
@CrmIntegrationTest
class PageRequestBindingTest {

    private static final List<String> LISTS =
            List.of("/api/contacts", "/api/organizations", "/api/projects", "/api/tasks");

    @Autowired
    TestRestTemplate http;

    @Test
    void everyListNamesTheBadPageParameter() {
        Api user = Api.newUser(http, "Paula");
        for (String list : LISTS) {
            assertThat(user.get(list + "?limit=2&sort=-createdAt&q=x")
                            .expect(200)
                            .json()
                            .get("items"))
                    .isEmpty();
            assertThat(fields(user.get(list + "?limit=ten").expect(400).json())).containsExactly("limit");
            assertThat(fields(user.get(list + "?limit=201").expect(400).json())).containsExactly("limit");
            assertThat(fields(user.get(list + "?cursor=garbage").expect(400).json()))
                    .containsExactly("cursor");
            assertThat(fields(user.get(list + "?sort=salary").expect(400).json()))
                    .containsExactly("sort");
        }
    }

    @Test
    void theApiDescriptionShowsTheFourQueryParameters() {
        JsonNode paths =
                Api.anonymous(http).get("/v3/api-docs").expect(200).json().get("paths");
        for (String list : List.of(
                "/api/contacts", "/api/organizations", "/api/projects", "/api/tasks", "/api/projects/{id}/tasks")) {
            List<String> names = new ArrayList<>();
            paths.get(list).get("get").get("parameters").forEach(parameter -> {
                names.add(parameter.get("name").asText());
                assertThat(parameter.get("in").asText()).isIn("query", "path");
            });
            assertThat(names).as(list).contains("limit", "cursor", "sort", "q").doesNotContain("page", "actor");
        }
        JsonNode limit = null;
        for (JsonNode parameter : paths.get("/api/contacts").get("get").get("parameters")) {
            limit = parameter.get("name").asText().equals("limit") ? parameter : limit;
        }
        assertThat(limit.get("schema").get("default").asInt()).isEqualTo(50);
        assertThat(limit.get("schema").get("maximum").asInt()).isEqualTo(200);
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }
}
