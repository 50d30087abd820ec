package dev.crm.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.application.limits.RateBuckets;
import dev.crm.web.support.Api;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sign-in limits hold however a path is spelled, per client address (as a proxy forwards it) and per account
 * across addresses, and in buckets every app node shares.
 */
@SpringBootTest(
        classes = dev.crm.CrmApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "crm.data-dir.temporary=true",
            "crm.db.embedded.test-speedups=true",
            "axoniq.update-checker.disabled=true",
            "crm.rate-limit.auth-per-minute=5",
            "crm.rate-limit.auth-per-account-per-hour=3"
        })
class AuthRateLimitTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    DataSource dataSource;

    @Test
    void anAddressPastItsBudgetIsRefusedOnEverySpellingOfEverySignInPath() throws Exception {
        String address = "198.51.100.1";
        for (int i = 0; i < 5; i++) {
            assertThat(post("/api/auth/login", address, login("nobody" + i + "@example.com", "wrong password"))
                            .statusCode())
                    .isEqualTo(401);
        }
        Map<String, HttpResponse<String>> variants = new LinkedHashMap<>();
        for (String path : new String[] {
            "/api/auth/login",
            "/api/%61uth/login",
            "/api/auth/%6Cogin",
            "/api/%61%75%74%68/login",
            "/api/auth/register",
            "/api/auth/%72egister",
            "/api/auth/refresh",
            "/api/auth/%72efresh"
        }) {
            variants.put(path, post(path, address, login("someone@example.com", "a long passphrase")));
        }
        variants.put("/login (form)", postForm("/login", address));
        variants.put("/%6cogin (form)", postForm("/%6cogin", address));
        variants.forEach((path, response) -> {
            assertThat(response.statusCode()).as(path).isEqualTo(429);
            assertThat(response.headers().firstValue("Retry-After")).as(path).isPresent();
            assertThat(response.body()).as(path).contains("\"status\":429");
        });
        assertThat(post("/api/auth/login", "198.51.100.2", login("nobody@example.com", "wrong password"))
                        .statusCode())
                .as("another address keeps its budget")
                .isEqualTo(401);
    }

    @Test
    void anAccountPastItsBudgetIsRefusedFromEveryAddressEvenWithTheRightPassword() throws Exception {
        String email = "target." + UUID.randomUUID() + "@example.com";
        Api.anonymous(rest)
                .post(
                        "/api/auth/register",
                        "{\"email\":\"" + email + "\",\"password\":\"" + Api.PASSWORD + "\",\"name\":\"Target\"}")
                .expect(201);
        // registration counted once for the account; two guesses from two more addresses use up its budget
        assertThat(post("/api/auth/login", "203.0.113.1", login(email, "guess one"))
                        .statusCode())
                .isEqualTo(401);
        assertThat(post("/api/auth/login", "203.0.113.2", login(email.toUpperCase(), "guess two"))
                        .statusCode())
                .isEqualTo(401);
        HttpResponse<String> refused = post("/api/auth/login", "203.0.113.3", login(email, Api.PASSWORD));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(post("/api/auth/login", "203.0.113.3", login("other@example.com", "x"))
                        .statusCode())
                .as("other accounts from that address are unaffected")
                .isEqualTo(401);
    }

    @Test
    void everyNodeDrawsFromTheSameBuckets() {
        AuthAttemptLimits nodeA = new AuthAttemptLimits(new RateBuckets(dataSource), 2, 100);
        AuthAttemptLimits nodeB = new AuthAttemptLimits(new RateBuckets(dataSource), 2, 100);
        assertThat(nodeA.attempt("192.0.2.7", null)).isEmpty();
        assertThat(nodeB.attempt("192.0.2.7", null)).isEmpty();
        assertThat(nodeA.attempt("192.0.2.7", null))
                .as("the third attempt, on either node")
                .isPresent();
        assertThat(nodeB.attempt("192.0.2.7", null)).isPresent();
    }

    @Test
    void anOversizedSignInBodyIsRefusedUnread() throws Exception {
        String huge = "{\"email\":\"big@example.com\",\"password\":\"" + "x".repeat(100_000) + "\",\"name\":\"B\"}";
        HttpResponse<String> response = post("/api/auth/register", "198.51.100.50", huge);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"status\":413");
    }

    private static String login(String email, String password) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    }

    private HttpResponse<String> post(String rawPath, String clientAddress, String json) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + rawPath))
                        .header("Content-Type", "application/json")
                        .header("X-Forwarded-For", clientAddress)
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(String rawPath, String clientAddress) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + rawPath))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Forwarded-For", clientAddress)
                        .POST(HttpRequest.BodyPublishers.ofString("username=someone%40example.com&password=guess"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
