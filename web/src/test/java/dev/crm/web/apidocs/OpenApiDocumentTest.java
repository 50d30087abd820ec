package dev.crm.web.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crm.web.support.Api;
import dev.crm.web.support.CrmIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The OpenAPI document the app serves is one a client can be generated from: it passes Redocly CLI's
 * {@code recommended} rules (run from the npm registry, pinned), and each operation has its own id, a summary, the
 * errors it answers and, but for signing in, the bearer scheme.
 */
@CrmIntegrationTest
class OpenApiDocumentTest {

    /** Pinned: a new release may add rules; raise it on purpose. */
    static final String REDOCLY_CLI = "@redocly/cli@2.77.0";

    @Autowired
    TestRestTemplate http;

    @Test
    void passesTheRecommendedLintRules() throws Exception {
        String document =
                Api.anonymous(http).get("/v3/api-docs").expect(200).entity().getBody();
        Path file = Path.of("target", "openapi.json").toAbsolutePath();
        Files.writeString(file, document, StandardCharsets.UTF_8);

        Process lint = new ProcessBuilder(
                        "npx",
                        "--yes",
                        REDOCLY_CLI,
                        "lint",
                        file.toString(),
                        "--extends=recommended",
                        "--format=stylish")
                .redirectErrorStream(true)
                .start();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(5, TimeUnit.MINUTES)).as("redocly finished").isTrue();
        assertThat(lint.exitValue())
                .as("redocly lint found problems:%n%s", output)
                .isZero();
        assertThat(output).as("no warnings either").contains("Your API description is valid");
    }

    @Test
    void everyOperationIsNamedDescribedAndSecured() throws IOException {
        JsonNode api = Api.anonymous(http).get("/v3/api-docs").expect(200).json();
        assertThat(api.at("/components/securitySchemes/bearerAuth/scheme").asText())
                .isEqualTo("bearer");
        Set<String> ids = new HashSet<>();
        api.get("paths").fields().forEachRemaining(path -> {
            assertThat(path.getKey()).as("only the REST API is described").startsWith("/api/");
            path.getValue().fields().forEachRemaining(entry -> {
                JsonNode operation = entry.getValue();
                String where = entry.getKey() + " " + path.getKey();
                assertThat(ids.add(operation.get("operationId").asText()))
                        .as("unique id at %s", where)
                        .isTrue();
                assertThat(operation.get("operationId").asText()).as(where).matches("[a-z][A-Za-z]+");
                assertThat(operation.get("summary").asText()).as(where).isNotBlank();
                assertThat(operation.get("tags")).as(where).hasSize(1);
                assertThat(operation.toString())
                        .as("no */* media type at %s", where)
                        .doesNotContain("\"*/*\"");
                boolean signIn = path.getKey().startsWith("/api/auth/");
                assertThat(operation.has("security")
                                && operation.get("security").isEmpty())
                        .as("anonymous only to sign in: %s", where)
                        .isEqualTo(signIn);
                JsonNode problem = operation.at(
                        "/responses/" + (signIn ? "429" : "401") + "/content/application~1problem+json/schema/$ref");
                assertThat(problem.asText()).as(where).isEqualTo("#/components/schemas/Problem");
            });
        });
        assertThat(ids)
                .contains(
                        "getContact",
                        "updateContact",
                        "patchContact",
                        "deleteContact",
                        "getTaskHistory",
                        "listProjects",
                        "createOrganization",
                        "login");
        assertThat(api.at("/paths/~1api~1contacts~1{id}/patch/requestBody/content/application~1merge-patch+json"
                                + "/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/ContactChanges");
        assertThat(api.at("/components/schemas/ContactChanges/properties/version/type")
                        .toString())
                .contains("integer");
        assertThat(api.at("/components/schemas/TaskChanges/properties/priority").isMissingNode())
                .isFalse();
    }
}
