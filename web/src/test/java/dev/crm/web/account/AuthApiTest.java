package dev.crm.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crm.web.support.Api;
import dev.crm.web.support.CrmIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

@CrmIntegrationTest
class AuthApiTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void registerLoginAndReadMe() {
        Api anonymous = Api.anonymous(http);
        String email = "Carol." + UUID.randomUUID() + "@Example.com";
        JsonNode registered = anonymous
                .post(
                        "/api/auth/register",
                        "{\"email\":\"%s\",\"password\":\"a long passphrase\",\"name\":\"Carol\"}".formatted(email))
                .expect(201)
                .json();
        assertThat(registered.get("email").asText()).isEqualTo(email.toLowerCase());
        assertThat(registered.get("workspaceId").asText()).isNotBlank();
        assertThat(registered.has("password")).isFalse();

        JsonNode tokens =
                login(email.toUpperCase(), "a long passphrase").expect(200).json();
        assertThat(tokens.get("tokenType").asText()).isEqualTo("Bearer");
        assertThat(tokens.get("expiresIn").asLong()).isEqualTo(900);
        assertThat(tokens.get("refreshToken").asText()).isNotBlank();

        JsonNode me = bearer(tokens.get("accessToken").asText(), "/api/me");
        assertThat(me.get("id").asText()).isEqualTo(registered.get("id").asText());
        assertThat(me.get("name").asText()).isEqualTo("Carol");
    }

    @Test
    void registrationRefusesBadInputAndTakenEmails() {
        Api anonymous = Api.anonymous(http);
        JsonNode bad = anonymous
                .post("/api/auth/register", "{\"email\":\"nope\",\"password\":\"short\",\"name\":\"\"}")
                .expect(400)
                .json();
        assertThat(bad.get("errors").findValuesAsText("field")).containsExactly("email", "name", "password");

        String email = "dave." + UUID.randomUUID() + "@example.com";
        String body = "{\"email\":\"%s\",\"password\":\"a long passphrase\",\"name\":\"Dave\"}".formatted(email);
        anonymous.post("/api/auth/register", body).expect(201);
        JsonNode taken = anonymous.post("/api/auth/register", body).expect(409).json();
        assertThat(taken.get("errors").get(0).get("field").asText()).isEqualTo("email");
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        String email = "erin." + UUID.randomUUID() + "@example.com";
        Api.anonymous(http)
                .post(
                        "/api/auth/register",
                        "{\"email\":\"%s\",\"password\":\"a long passphrase\",\"name\":\"Erin\"}".formatted(email))
                .expect(201);
        String wrong = login(email, "not the passphrase").expect(401).entity().getBody();
        String unknown = login("nobody@example.com", "not the passphrase")
                .expect(401)
                .entity()
                .getBody();
        assertThat(wrong.replace("/api/auth/login", "")).isEqualTo(unknown.replace("/api/auth/login", ""));
    }

    @Test
    void refreshTokensRotateAndAReusedOneRevokesTheFamily() {
        String email = "frank." + UUID.randomUUID() + "@example.com";
        Api.anonymous(http)
                .post(
                        "/api/auth/register",
                        "{\"email\":\"%s\",\"password\":\"a long passphrase\",\"name\":\"Frank\"}".formatted(email))
                .expect(201);
        String first =
                login(email, "a long passphrase").json().get("refreshToken").asText();

        String second = refresh(first).expect(200).json().get("refreshToken").asText();
        assertThat(second).isNotEqualTo(first);
        refresh(first).expect(401); // replayed: revokes every token of the user
        refresh(second).expect(401);

        String third =
                login(email, "a long passphrase").json().get("refreshToken").asText();
        Api.anonymous(http)
                .post("/api/auth/logout", "{\"refreshToken\":\"%s\"}".formatted(third))
                .expect(204);
        refresh(third).expect(401);
    }

    @Test
    void signingOutChangingThePasswordOrReplayingARefreshTokenEndsTheAccessTokensIssuedBefore() {
        String email = "gwen." + UUID.randomUUID() + "@example.com";
        Api.anonymous(http)
                .post(
                        "/api/auth/register",
                        "{\"email\":\"%s\",\"password\":\"a long passphrase\",\"name\":\"Gwen\"}".formatted(email))
                .expect(201);

        var session = login(email, "a long passphrase").json();
        var otherDevice = login(email, "a long passphrase").json();
        me(session.get("accessToken").asText()).expect(200);
        Api.anonymous(http)
                .post(
                        "/api/auth/logout",
                        "{\"refreshToken\":\"%s\"}"
                                .formatted(session.get("refreshToken").asText()))
                .expect(204);
        me(session.get("accessToken").asText()).expect(401);
        me(otherDevice.get("accessToken").asText()).expect(401);
        // the other device's refresh token still works and gets it a valid access token
        String renewed = refresh(otherDevice.get("refreshToken").asText())
                .expect(200)
                .json()
                .get("accessToken")
                .asText();
        me(renewed).expect(200);

        Api gwen = Api.signIn(http, email, "a long passphrase");
        gwen.post(
                        "/api/settings/password",
                        "{\"currentPassword\":\"a long passphrase\",\"newPassword\":\"another long passphrase\"}")
                .expect(204);
        me(renewed).expect(401);
        gwen.get("/api/me").expect(401);

        var stolen = login(email, "another long passphrase").json();
        String rotated = refresh(stolen.get("refreshToken").asText())
                .expect(200)
                .json()
                .get("accessToken")
                .asText();
        me(rotated).expect(200);
        refresh(stolen.get("refreshToken").asText()).expect(401); // the replay ends the family and its access tokens
        me(rotated).expect(401);
    }

    private Api.Response me(String accessToken) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(accessToken);
        return new Api.Response(http.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(headers), String.class));
    }

    @Test
    void theApiNeedsAValidBearerToken() {
        Api.Response missing = Api.anonymous(http).get("/api/contacts");
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.forged");
        assertThat(http.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(headers), String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(401);
    }

    @Test
    void healthIsPublicWithItsStatusOnlySignedInUsersSeeTheDatabaseOtherActuatorEndpointsAreClosed() {
        JsonNode health =
                Api.anonymous(http).get("/actuator/health").expect(200).json();
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.has("components"))
                .as("nothing about the installation for anonymous callers")
                .isFalse();
        JsonNode detailed =
                Api.newUser(http, "Hal").get("/actuator/health").expect(200).json();
        assertThat(detailed.get("components").get("db").get("status").asText()).isEqualTo("UP");
        assertThat(Api.anonymous(http)
                        .get("/actuator/health/readiness")
                        .expect(200)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("UP");
        assertThat(Api.anonymous(http)
                        .get("/actuator/health/liveness")
                        .expect(200)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("UP");
        assertThat(Api.anonymous(http).get("/actuator/env").status()).isIn(401, 403);
        assertThat(Api.newUser(http, "Gina").get("/actuator/env").status()).isEqualTo(403);
    }

    @Test
    void theApiDescribesItselfInOpenApi() {
        JsonNode docs = Api.anonymous(http).get("/v3/api-docs").expect(200).json();
        assertThat(docs.get("paths").has("/api/contacts/{id}/history")).isTrue();
        assertThat(docs.get("paths").has("/api/auth/login")).isTrue();
    }

    private Api.Response login(String email, String password) {
        return Api.anonymous(http)
                .post("/api/auth/login", "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password));
    }

    private Api.Response refresh(String token) {
        return Api.anonymous(http).post("/api/auth/refresh", "{\"refreshToken\":\"%s\"}".formatted(token));
    }

    private JsonNode bearer(String token, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        String body = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class)
                .getBody();
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
        } catch (Exception e) {
            throw new AssertionError(body, e);
        }
    }
}
