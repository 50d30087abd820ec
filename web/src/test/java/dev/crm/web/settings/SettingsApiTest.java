package dev.crm.web.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crm.web.support.Api;
import dev.crm.web.support.CrmIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Profile and password settings through the REST API. */
@CrmIntegrationTest
class SettingsApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate http;

    @Test
    void aUserReadsAndChangesTheirProfile() {
        Api user = Api.newUser(http, "Paula Profile");
        JsonNode profile = user.get("/api/settings/profile").expect(200).json();
        assertThat(profile.get("name").asText()).isEqualTo("Paula Profile");
        assertThat(profile.get("timeZone").asText()).isEqualTo("UTC");

        String email = "Paula.New." + UUID.randomUUID() + "@Example.com";
        JsonNode changed = user.put("/api/settings/profile", profile("Paula P.", email, "Europe/Berlin"))
                .expect(200)
                .json();
        assertThat(changed.get("name").asText()).isEqualTo("Paula P.");
        assertThat(changed.get("email").asText()).isEqualTo(email.toLowerCase());
        assertThat(changed.get("timeZone").asText()).isEqualTo("Europe/Berlin");

        JsonNode me = user.get("/api/me").json();
        assertThat(me.get("name").asText()).isEqualTo("Paula P.");
        assertThat(me.get("timeZone").asText()).isEqualTo("Europe/Berlin");
        Api.signIn(http, email, Api.PASSWORD); // signs in with the new address
    }

    @Test
    void badProfileInputNamesEveryField() {
        Api user = Api.newUser(http, "Vera Valid");
        JsonNode bad = user.put("/api/settings/profile", profile("", "not-an-address", "Mars/Olympus_Mons"))
                .expect(400)
                .json();
        assertThat(bad.get("errors").findValuesAsText("field")).containsExactly("email", "name", "timeZone");

        JsonNode missing = user.put("/api/settings/profile", "{}").expect(400).json();
        assertThat(missing.get("errors").findValuesAsText("field")).containsExactly("email", "name", "timeZone");
        assertThat(user.put("/api/settings/profile", profile("x".repeat(101), "v@example.com", "UTC"))
                        .expect(400)
                        .json()
                        .get("errors")
                        .findValuesAsText("field"))
                .containsExactly("name");
        assertThat(user.get("/api/settings/profile").json().get("name").asText())
                .isEqualTo("Vera Valid");
    }

    @Test
    void anEmailOfAnotherAccountIsRefused() {
        Api taken = Api.newUser(http, "Tom Taken");
        String takenEmail = taken.get("/api/me").json().get("email").asText();
        Api user = Api.newUser(http, "Una User");

        JsonNode refused = user.put("/api/settings/profile", profile("Una", takenEmail.toUpperCase(), "UTC"))
                .expect(409)
                .json();
        assertThat(refused.get("errors").findValuesAsText("field")).containsExactly("email");

        String own = user.get("/api/me").json().get("email").asText();
        user.put("/api/settings/profile", profile("Una Renamed", own, "UTC")).expect(200); // keeping one's own is fine
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsOldSessions() {
        String email = "pat." + UUID.randomUUID() + "@example.com";
        Api.anonymous(http)
                .post(
                        "/api/auth/register",
                        JSON.createObjectNode()
                                .put("email", email)
                                .put("password", "the old passphrase")
                                .put("name", "Pat")
                                .toString())
                .expect(201);
        JsonNode tokens = login(email, "the old passphrase").expect(200).json();
        Api pat = Api.signIn(http, email, "the old passphrase");

        JsonNode wrong = pat.post("/api/settings/password", password("not the old one", "the new passphrase"))
                .expect(400)
                .json();
        assertThat(wrong.get("errors").findValuesAsText("field")).containsExactly("currentPassword");
        JsonNode both = pat.post("/api/settings/password", password("not the old one", "short"))
                .expect(400)
                .json();
        assertThat(both.get("errors").findValuesAsText("field")).containsExactly("currentPassword", "newPassword");
        assertThat(pat.post("/api/settings/password", "{}")
                        .expect(400)
                        .json()
                        .get("errors")
                        .findValuesAsText("field"))
                .containsExactly("currentPassword", "newPassword");
        login(email, "the old passphrase").expect(200); // refused changes changed nothing

        pat.post("/api/settings/password", password("the old passphrase", "the new passphrase"))
                .expect(204);

        login(email, "the old passphrase").expect(401);
        login(email, "the new passphrase").expect(200);
        Api.anonymous(http)
                .post(
                        "/api/auth/refresh",
                        "{\"refreshToken\":\"%s\"}"
                                .formatted(tokens.get("refreshToken").asText()))
                .expect(401);
    }

    private Api.Response login(String email, String password) {
        return Api.anonymous(http)
                .post(
                        "/api/auth/login",
                        JSON.createObjectNode()
                                .put("email", email)
                                .put("password", password)
                                .toString());
    }

    private static String profile(String name, String email, String timeZone) {
        return JSON.createObjectNode()
                .put("name", name)
                .put("email", email)
                .put("timeZone", timeZone)
                .toString();
    }

    private static String password(String current, String next) {
        return JSON.createObjectNode()
                .put("currentPassword", current)
                .put("newPassword", next)
                .toString();
    }
}
