package dev.crm.web.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crm.web.support.Api;
import dev.crm.web.support.CrmIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Walks the OpenAPI document the app serves and sends every operation what a careless or hostile client would:
 * malformed JSON, wrong types, oversized strings and numbers, deep nesting, NUL and lone surrogates, unknown enum
 * values, absurd paging parameters, invalid ids, another kind's ids and another user's ids. Each answer must be a
 * 4xx problem body without a trace of our code, and afterwards nothing anywhere has changed.
 */
@CrmIntegrationTest
class ApiFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> KINDS = List.of("contacts", "organizations", "projects", "tasks");

    @Autowired
    TestRestTemplate http;

    @Autowired
    Flyway flyway;

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> failures = new ArrayList<>();
    private int sent;

    @Test
    void everyOperationAnswersClientMistakesWithA4xxProblemAndStoresNothing() throws Exception {
        Api alice = Api.newUser(http, "Alice");
        Api mallory = Api.newUser(http, "Mallory");
        Map<String, String> aliceIds = recordsOf(alice);
        Map<String, String> malloryIds = recordsOf(mallory);
        JsonNode api = Api.anonymous(http).get("/v3/api-docs").expect(200).json();
        JdbcTemplate owner = new JdbcTemplate(flyway.getConfiguration().getDataSource());
        Map<String, Object> before = state(owner, alice, mallory, aliceIds, malloryIds);

        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                operations++;
                fuzz(api, path.getKey(), op.getKey().toUpperCase(), op.getValue(), mallory, aliceIds, malloryIds);
            }
        }

        System.out.printf(
                "ApiFuzzTest: %d requests to %d operations, %d answered wrongly%n", sent, operations, failures.size());
        java.nio.file.Files.write(java.nio.file.Path.of("target", "api-fuzz-failures.txt"), failures);
        assertThat(failures)
                .as("answers that were not a clean 4xx problem (all in target/api-fuzz-failures.txt)")
                .isEmpty();
        assertThat(state(owner, alice, mallory, aliceIds, malloryIds))
                .as("nothing stored or changed")
                .isEqualTo(before);
        assertThat(sent).isGreaterThan(1000);
    }

    private void fuzz(
            JsonNode api,
            String template,
            String method,
            JsonNode operation,
            Api mallory,
            Map<String, String> aliceIds,
            Map<String, String> malloryIds)
            throws Exception {
        String kind = kindOf(template);
        String ownId = template.contains("{id}")
                ? malloryIds.getOrDefault(kind, UUID.randomUUID().toString())
                : null;
        ObjectNode schema = requestSchema(api, operation);
        String validBody = schema == null ? null : ascii(validBody(schema, malloryIds, mallory));

        // ids: another user's, another kind's, none at all, not an id
        if (template.contains("{id}")) {
            List<String> ids = new ArrayList<>(List.of(
                    aliceIds.getOrDefault(kind, UUID.randomUUID().toString()),
                    UUID.randomUUID().toString(),
                    "not-a-uuid",
                    "%00",
                    "%ED%A0%80",
                    "..%2F..%2Fapi%2Fme",
                    "1".repeat(5000),
                    "00000000-0000-0000-0000-00000000000g"));
            KINDS.stream()
                    .filter(other -> !other.equals(kind))
                    .map(malloryIds::get)
                    .forEach(ids::add);
            for (String id : ids) {
                check(method, template.replace("{id}", id), validBody, mallory, Map.of());
            }
            if (List.of("PUT", "PATCH", "DELETE").contains(method)) {
                for (String tag : List.of("\"0\"", "W/\"1\"", "garbage", "\"1\" \"2\"", "")) {
                    check(method, template.replace("{id}", ownId), validBody, mallory, Map.of("If-Match", tag));
                }
            }
        }
        String target = template.replace("{id}", ownId == null ? "" : ownId);

        // query parameters, one absurd value at a time
        for (JsonNode parameter : operation.path("parameters")) {
            if (!parameter.path("in").asText().equals("query")) {
                continue;
            }
            String name = parameter.get("name").asText();
            for (String value : absurdQueryValues(name, parameter.path("schema"))) {
                check(
                        method,
                        target + "?" + name + "=" + value,
                        method.equals("GET") ? null : validBody,
                        mallory,
                        Map.of());
            }
        }

        // bodies: broken JSON, then each field spoiled in an otherwise valid body
        if (schema != null) {
            for (String body : List.of(
                    "{\"name\":",
                    "not json",
                    "[]",
                    "\"text\"",
                    "null",
                    "",
                    "{} {}",
                    "42",
                    "{\"name\":\"a\",\"name\":\"b\"}",
                    nested(20_000),
                    "{\"unknownField\":1}")) {
                check(method, target, body, mallory, Map.of());
            }
            ObjectNode valid = validBody(schema, malloryIds, mallory);
            for (Iterator<Map.Entry<String, JsonNode>> fields =
                            schema.path("properties").fields();
                    fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                for (JsonNode spoiled : spoiledValues(field.getValue())) {
                    ObjectNode body = valid.deepCopy();
                    body.set(field.getKey(), spoiled);
                    check(method, target, ascii(body), mallory, Map.of());
                }
            }
        }
    }

    /** Sends one request as Mallory and records any answer that is not a 4xx problem body. */
    private void check(String method, String pathAndQuery, String body, Api as, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.getRootUri() + pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + as.token())
                .header("Accept", "application/json, application/problem+json")
                .header("Content-Type", method.equals("PATCH") ? "application/merge-patch+json" : "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        sent++;
        String answer = response.body();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        boolean clean = response.statusCode() >= 400
                && response.statusCode() < 500
                && contentType.startsWith("application/problem+json")
                && !answer.contains("Exception")
                && !answer.contains("dev.crm.")
                && !answer.contains("\tat ")
                && !answer.contains("org.springframework");
        if (!clean) {
            failures.add("%s %s %s -> %d %s"
                    .formatted(
                            method,
                            abbreviate(pathAndQuery),
                            abbreviate(body),
                            response.statusCode(),
                            abbreviate(answer)));
        }
    }

    private static List<String> absurdQueryValues(String name, JsonNode schema) {
        String type = schema.path("type").asText();
        if (type.equals("integer")) {
            return List.of("abc", "-1", "0", "1.5", "99999999999999999999", "1e9", "%00");
        }
        if (type.equals("boolean")) {
            return List.of("maybe", "2", "%00");
        }
        if (schema.has("enum")) {
            return List.of("NOT_A_VALUE", "%00", "todo%00");
        }
        if (schema.path("format").asText().equals("uuid")) {
            return List.of("not-a-uuid", "%00", "1".repeat(3000));
        }
        if (name.equals("q")) { // free text: any words may be searched for, but not NUL or a novel
            return List.of("%00", "x%00y", "x".repeat(3000));
        }
        // cursor, sort: NUL, far too long, and values no cursor or sort key can have
        return List.of("%00", "x%00y", "x".repeat(3000), "garbage%22%27%3B--", "%2Dnope", "eyJ4IjoxfQ", "-");
    }

    private static List<JsonNode> spoiledValues(JsonNode property) {
        List<JsonNode> values = new ArrayList<>(List.of(
                JSON.createObjectNode().put("nested", 1), // an object where a scalar or list belongs
                JSON.getNodeFactory().numberNode(new java.math.BigInteger("9".repeat(400)))));
        String type = property.path("type").asText();
        switch (type) {
            case "integer" ->
                values.addAll(List.of(
                        text("abc"),
                        JSON.getNodeFactory().numberNode(1.5),
                        JSON.getNodeFactory().numberNode(-1),
                        JSON.getNodeFactory().booleanNode(true)));
            case "array" ->
                values.addAll(List.of(
                        text("x"),
                        JSON.createArrayNode().add("not-a-uuid"),
                        JSON.createArrayNode().add(JSON.createObjectNode()),
                        manyIds(500)));
            case "boolean" -> values.add(text("maybe"));
            default -> {
                values.addAll(List.of(
                        JSON.getNodeFactory().numberNode(12345),
                        JSON.getNodeFactory().booleanNode(true),
                        JSON.createArrayNode().add("a"),
                        text("a\u0000b"),
                        text("a\uD800b"),
                        text("\uDC00"),
                        text("x".repeat(100_000))));
                if (property.has("enum")) {
                    values.addAll(List.of(text("NOT_A_VALUE"), text("todo")));
                }
                switch (property.path("format").asText()) {
                    case "uuid" ->
                        values.addAll(List.of(
                                text("not-a-uuid"), text(UUID.randomUUID().toString())));
                    case "date" ->
                        values.addAll(List.of(text("+6000000-01-01"), text("2024-13-45"), text("0000-01-01")));
                    case "email" -> values.addAll(List.of(text("not an e-mail"), text("a@b@c")));
                    default -> {}
                }
            }
        }
        return values;
    }

    /** A body that would succeed, so that the one spoiled field is what is refused. */
    private static ObjectNode validBody(ObjectNode schema, Map<String, String> ids, Api owner) {
        String name = schema.path("x-name").asText();
        ObjectNode body = JSON.createObjectNode();
        switch (name) {
            case "Registration" ->
                body.put("email", "fuzz@example.com").put("name", "Fuzz").put("password", "a long passphrase");
            case "Credentials" -> body.put("email", owner.email()).put("password", "not the password");
            case "RefreshRequest" -> body.put("refreshToken", "not-a-token");
            case "FeedbackInput" -> body.put("category", "BUG").put("message", "Fuzz");
            case "ProfileUpdate" ->
                body.put("name", "Mallory").put("email", owner.email()).put("timeZone", "UTC");
            case "PasswordChange" ->
                body.put("currentPassword", "not the password").put("newPassword", "another long passphrase");
            case "ProjectDetails" -> body.put("name", "Fuzz").put("status", "PLANNED");
            case "TaskRequest" -> body.put("name", "Fuzz").put("projectId", ids.get("projects"));
            default -> {
                if (name.endsWith("Changes")) {
                    body.put("version", 1);
                } else {
                    body.put("name", "Fuzz");
                }
            }
        }
        return body;
    }

    private static ObjectNode requestSchema(JsonNode api, JsonNode operation) {
        JsonNode content = operation.path("requestBody").path("content");
        JsonNode media = content.has("application/json")
                ? content.get("application/json")
                : content.path("application/merge-patch+json");
        String ref = media.path("schema").path("$ref").asText();
        if (ref.isEmpty()) {
            return null;
        }
        String name = ref.substring(ref.lastIndexOf('/') + 1);
        ObjectNode schema = api.path("components").path("schemas").path(name).deepCopy();
        return schema.put("x-name", name);
    }

    /** The resource an {id} names ({@code /api/projects/{id}/tasks} → projects), else the first segment. */
    private static String kindOf(String template) {
        String[] segments = template.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equals("{id}")) {
                return segments[i - 1];
            }
        }
        return segments[2];
    }

    private Map<String, String> recordsOf(Api user) {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put(
                "contacts",
                user.post("/api/contacts", "{\"name\":\"Kept\"}")
                        .expect(201)
                        .json()
                        .get("id")
                        .asText());
        ids.put(
                "organizations",
                user.post("/api/organizations", "{\"name\":\"Kept\"}")
                        .expect(201)
                        .json()
                        .get("id")
                        .asText());
        String project = user.post("/api/projects", "{\"name\":\"Kept\",\"status\":\"PLANNED\"}")
                .expect(201)
                .json()
                .get("id")
                .asText();
        ids.put("projects", project);
        ids.put(
                "tasks",
                user.post("/api/projects/" + project + "/tasks", "{\"name\":\"Kept\"}")
                        .expect(201)
                        .json()
                        .get("id")
                        .asText());
        ids.put(
                "feedback",
                user.post("/api/feedback", "{\"category\":\"IDEA\",\"message\":\"Kept\"}")
                        .expect(201)
                        .json()
                        .get("id")
                        .asText());
        return ids;
    }

    /** Everything a stray request could have changed: rows anywhere, and each record and profile as read. */
    private Map<String, Object> state(
            JdbcTemplate owner, Api alice, Api mallory, Map<String, String> aliceIds, Map<String, String> malloryIds) {
        Map<String, Object> state = new LinkedHashMap<>();
        for (String table :
                List.of("domain_event_entry", "app_user", "workspace", "workspace_invite", "feedback", "audit_entry")) {
            state.put(table, owner.queryForObject("select count(*) from " + table, Long.class));
        }
        for (Api user : List.of(alice, mallory)) {
            Map<String, String> ids = user == alice ? aliceIds : malloryIds;
            for (String kind : KINDS) {
                state.put(
                        user.email() + " " + kind,
                        user.get("/api/" + kind + "/" + ids.get(kind)).json().toString());
            }
            state.put(
                    user.email() + " profile",
                    user.get("/api/settings/profile").json().toString());
        }
        return state;
    }

    /** JSON with every non-ASCII character escaped: the only way to send a lone surrogate as it is. */
    private static String ascii(JsonNode body) throws Exception {
        return JSON.writer()
                .with(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII)
                .writeValueAsString(body);
    }

    private static JsonNode manyIds(int count) {
        var array = JSON.createArrayNode();
        for (int i = 0; i < count; i++) {
            array.add(UUID.randomUUID().toString());
        }
        return array;
    }

    private static JsonNode text(String value) {
        return JSON.getNodeFactory().textNode(value);
    }

    private static String nested(int depth) {
        return "{\"name\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "-";
        }
        String shown = text.length() <= 160 ? text : text.substring(0, 160) + "...(" + text.length() + ")";
        StringBuilder printable = new StringBuilder();
        shown.chars()
                .forEach(c -> printable.append(
                        c < 0x20 || Character.isSurrogate((char) c)
                                ? "\\u%04x".formatted(c)
                                : String.valueOf((char) c)));
        return printable.toString();
    }
}
