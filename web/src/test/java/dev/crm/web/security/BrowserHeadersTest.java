package dev.crm.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.web.support.Api;
import dev.crm.web.support.CrmIntegrationTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What browsers are told: a content security policy, referrer policy, HSTS and cookie flags; no login CSRF. */
@CrmIntegrationTest
class BrowserHeadersTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate rest;

    @Test
    void pagesAndTheApiCarryTheSecurityHeadersAndTheSessionCookieIsLaxAndNeverInAUrl() throws Exception {
        for (String path : new String[] {"/login", "/api/me"}) {
            HttpResponse<String> response = get(path, false);
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .get()
                    .asString()
                    .contains("frame-ancestors 'none'")
                    .contains("object-src 'none'")
                    .contains("form-action 'self'");
            assertThat(response.headers().firstValue("Referrer-Policy"))
                    .as(path)
                    .contains("strict-origin-when-cross-origin");
            assertThat(response.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .contains("nosniff");
            assertThat(response.headers().firstValue("Strict-Transport-Security"))
                    .as("no HSTS over plain HTTP")
                    .isEmpty();
        }
        HttpResponse<String> login = get("/login", false);
        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("JSESSIONID=")
                        .contains("SameSite=Lax")
                        .contains("HttpOnly")
                        .doesNotContain("Secure"));
        assertThat(login.body()).doesNotContainIgnoringCase(";jsessionid=");
    }

    @Test
    void behindATlsProxyTheAnswersCarryHstsAndTheCookieIsSecure() throws Exception {
        HttpResponse<String> login = get("/login", true);
        assertThat(login.headers().firstValue("Strict-Transport-Security"))
                .get()
                .asString()
                .contains("max-age=");
        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(
                        cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("Secure"));
    }

    @Test
    void theSignInFormRefusesAPostFromAnotherSite() throws Exception {
        Api user = Api.newUser(rest, "Csrf Target");
        String form = "username=" + URLEncoder.encode(user.email(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(Api.PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", "https://evil.example")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as("a cross-site form may not sign anyone in")
                .isEqualTo(403);
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
    }

    private HttpResponse<String> get(String path, boolean viaTlsProxy) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (viaTlsProxy) {
            request.header("X-Forwarded-Proto", "https");
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
