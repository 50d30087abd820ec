package dev.crm.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crm.application.workspace.WorkspaceService;
import dev.crm.web.support.Api;
import dev.crm.web.support.CrmIntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Invitations into a workspace and the member list, through the REST API. */
@CrmIntegrationTest
class WorkspaceApiTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    WorkspaceService workspaces;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void theOwnerInvitesAColleagueWhoJoinsTheWorkspaceWithTheCode() {
        Api owner = Api.newUser(http, "Olga Owner");
        JsonNode invite = owner.post("/api/workspace/invites", null).expect(201).json();
        String code = invite.get("code").asText();
        assertThat(code).hasSizeGreaterThanOrEqualTo(20);
        Instant expiresAt = Instant.parse(invite.get("expiresAt").asText());
        assertThat(expiresAt)
                .isBetween(
                        Instant.now().plus(Duration.ofDays(7)).minusSeconds(60),
                        Instant.now().plus(Duration.ofDays(7)).plusSeconds(60));

        Api colleague = Api.newUser(http, "Carl Colleague", code);

        assertThat(colleague
                        .get("/api/me")
                        .expect(200)
                        .json()
                        .get("workspaceId")
                        .asText())
                .isEqualTo(owner.get("/api/me").json().get("workspaceId").asText());
        for (Api member : new Api[] {owner, colleague}) {
            JsonNode users = member.get("/api/users").expect(200).json().get("items");
            assertThat(users.findValuesAsText("name")).containsExactly("Carl Colleague", "Olga Owner");
            assertThat(users.get(1).get("owner").asBoolean()).isTrue();
            assertThat(users.get(0).get("owner").asBoolean()).isFalse();
            assertThat(users.get(0).get("email").asText()).startsWith("carl.colleague.");
            assertThat(users.get(0).has("id")).isTrue();
        }
        assertThat(jdbc.sql("select count(*) from workspace_invite where code_hash = ?")
                        .param(code)
                        .query(Long.class)
                        .single())
                .as("only the hash of the code is stored")
                .isZero();
    }

    @Test
    void onlyTheOwnerInvites() {
        Api owner = Api.newUser(http, "Olga Owner");
        Api colleague = Api.newUser(http, "Carl Colleague", inviteCode(owner));

        Api.Response refused = colleague.post("/api/workspace/invites", null).expect(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asText()).contains("owner");
    }

    @Test
    void aCodeIsSpentByTheRegistrationThatUsesItAndARefusedRegistrationStoresNoUser() {
        Api owner = Api.newUser(http, "Olga Owner");
        String code = inviteCode(owner);
        Api.newUser(http, "First Joiner", code);

        String email = "second." + UUID.randomUUID() + "@example.com";
        JsonNode refused = register(email, code).expect(400).json();
        assertThat(refused.get("errors").findValuesAsText("field")).containsExactly("inviteCode");
        assertThat(owner.get("/api/users").json().get("items").findValuesAsText("name"))
                .containsExactly("First Joiner", "Olga Owner");
        // nothing of the refused registration was kept: the e-mail is still free
        register(email, null).expect(201);
    }

    @Test
    void unknownAndExpiredCodesAreRefusedNamingTheField() {
        assertThat(register("x." + UUID.randomUUID() + "@example.com", "not-a-code")
                        .expect(400)
                        .json()
                        .get("errors")
                        .findValuesAsText("field"))
                .containsExactly("inviteCode");

        Api owner = Api.newUser(http, "Olga Owner");
        UUID ownerId = UUID.fromString(owner.get("/api/me").json().get("id").asText());
        // The same service, its clock eight days back: the code it issues expired a day ago.
        WorkspaceService lastWeek =
                new WorkspaceService(jdbc, Clock.offset(clock, Duration.ofDays(-8)), Duration.ofDays(7));
        String expired = lastWeek.invite(ownerId).code();

        JsonNode refused = register("late." + UUID.randomUUID() + "@example.com", expired)
                .expect(400)
                .json();
        assertThat(refused.get("errors").findValuesAsText("field")).containsExactly("inviteCode");
        assertThat(refused.get("errors").get(0).get("message").asText()).contains("expired");
    }

    @Test
    void registrationStillChecksEveryOtherFieldWithACode() {
        Api owner = Api.newUser(http, "Olga Owner");
        JsonNode bad = Api.anonymous(http)
                .post(
                        "/api/auth/register",
                        "{\"email\":\"nope\",\"password\":\"short\",\"name\":\"\",\"inviteCode\":\"%s\"}"
                                .formatted(inviteCode(owner)))
                .expect(400)
                .json();
        assertThat(bad.get("errors").findValuesAsText("field")).containsExactly("email", "name", "password");
    }

    @Test
    void usersListsOnlyTheMembersOfMyOwnWorkspace() {
        Api alice = Api.newUser(http, "Alice");
        Api bob = Api.newUser(http, "Bob");
        Api ann = Api.newUser(http, "Ann", inviteCode(alice));

        assertThat(alice.get("/api/users").json().get("items").findValuesAsText("name"))
                .containsExactly("Alice", "Ann");
        assertThat(ann.get("/api/users").json().get("items").findValuesAsText("name"))
                .containsExactly("Alice", "Ann");
        assertThat(bob.get("/api/users").json().get("items").findValuesAsText("name"))
                .containsExactly("Bob");
        assertThat(Api.anonymous(http).get("/api/users").status()).isEqualTo(401);

        UUID aliceId = id(alice);
        UUID annId = id(ann);
        UUID bobId = id(bob);
        assertThat(workspaces.sameWorkspace(aliceId, annId)).isTrue();
        assertThat(workspaces.sameWorkspace(annId, aliceId)).isTrue();
        assertThat(workspaces.sameWorkspace(aliceId, aliceId)).isTrue();
        assertThat(workspaces.sameWorkspace(aliceId, bobId)).isFalse();
        assertThat(workspaces.sameWorkspace(aliceId, UUID.randomUUID())).isFalse();
        assertThat(workspaces.workspaceMembers(bobId)).extracting("name").containsExactly("Bob");
    }

    private String inviteCode(Api owner) {
        return owner.post("/api/workspace/invites", null)
                .expect(201)
                .json()
                .get("code")
                .asText();
    }

    private Api.Response register(String email, String inviteCode) {
        return Api.anonymous(http)
                .post(
                        "/api/auth/register",
                        new ObjectMapper()
                                .createObjectNode()
                                .put("email", email)
                                .put("password", "a long passphrase")
                                .put("name", "Newcomer")
                                .put("inviteCode", inviteCode)
                                .toString());
    }

    private static UUID id(Api user) {
        return UUID.fromString(user.get("/api/me").json().get("id").asText());
    }
}
