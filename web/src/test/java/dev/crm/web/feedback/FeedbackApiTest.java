package dev.crm.web.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crm.projections.support.RowSecurity;
import dev.crm.web.support.Api;
import dev.crm.web.support.CrmIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.dao.DataAccessException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Feedback through the REST API: validation, attachments, and who sees what. */
@CrmIntegrationTest
class FeedbackApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RowSecurity rowSecurity;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void badFeedbackIsRefusedNamingEachField() {
        Api user = Api.newUser(http, "Val");
        assertThat(fields(user.post("/api/feedback", "{}").expect(400))).containsExactly("category", "message");
        assertThat(fields(user.post("/api/feedback", feedback("BUG", "   ")).expect(400)))
                .containsExactly("message");
        assertThat(fields(user.post("/api/feedback", feedback("RANT", "hello")).expect(400)))
                .containsExactly("category");
        assertThat(fields(user.post("/api/feedback", feedback("IDEA", "x".repeat(5001)))
                        .expect(400)))
                .containsExactly("message");
        user.post("/api/feedback", feedback("IDEA", "x".repeat(5000))).expect(201);

        assertThat(fields(user.postMultipart("/api/feedback", parts("RANT", "", file("a.png", new byte[0])))
                        .expect(400)))
                .containsExactly("category", "file", "message");
    }

    @Test
    void attachmentsAreCheckedByTheirContentAndSize() {
        Api user = Api.newUser(http, "Ada Attach");
        JsonNode created = user.postMultipart("/api/feedback", parts("BUG", "The grid jumps", file("shot.png", PNG)))
                .expect(201)
                .json();
        assertThat(created.get("attachment").get("name").asText()).isEqualTo("shot.png");
        assertThat(created.get("attachment").get("contentType").asText()).isEqualTo("image/png");
        assertThat(created.get("attachment").get("size").asInt()).isEqualTo(PNG.length);

        ResponseEntity<byte[]> download =
                user.download("/api/feedback/" + created.get("id").asText() + "/attachment");
        assertThat(download.getStatusCode().value()).isEqualTo(200);
        assertThat(download.getBody()).isEqualTo(PNG);
        assertThat(download.getHeaders().getContentType()).hasToString("image/png");
        assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo("shot.png");
        assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");

        byte[] executable = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};
        JsonNode disguised = user.postMultipart(
                        "/api/feedback", parts("BUG", "see file", file("photo.png", executable)))
                .expect(400)
                .json();
        assertThat(disguised.get("errors").findValuesAsText("field")).containsExactly("file");
        assertThat(disguised.get("errors").get(0).get("message").asText()).contains("PNG");

        byte[] large = Arrays.copyOf(PNG, 2 * 1024 * 1024 + 1);
        JsonNode tooLarge = user.postMultipart("/api/feedback", parts("BUG", "big", file("big.png", large)))
                .expect(400)
                .json();
        assertThat(tooLarge.get("errors").get(0).get("field").asText()).isEqualTo("file");
        assertThat(tooLarge.get("errors").get(0).get("message").asText()).contains("2 MB");
        user.postMultipart(
                        "/api/feedback",
                        parts("BUG", "just fits", file("fits.png", Arrays.copyOf(PNG, 2 * 1024 * 1024))))
                .expect(201);

        JsonNode text = user.postMultipart(
                        "/api/feedback",
                        parts(
                                "OTHER",
                                "log",
                                file("page.html", "<b>plain words</b>\n".getBytes(StandardCharsets.UTF_8))))
                .expect(201)
                .json()
                .get("attachment");
        assertThat(text.get("name").asText()).isEqualTo("page.html.txt");
        assertThat(text.get("contentType").asText()).startsWith("text/plain");

        assertThat(user.postMultipart("/api/feedback", parts("IDEA", "no file", null))
                        .expect(201)
                        .json()
                        .get("attachment")
                        .isNull())
                .isTrue();
    }

    @Test
    void theOwnerSeesTheWorkspacesFeedbackAMemberOnlyTheirOwnAndOthersNothing() {
        Api owner = Api.newUser(http, "Olga Owner");
        String code = owner.post("/api/workspace/invites", null)
                .expect(201)
                .json()
                .get("code")
                .asText();
        Api member = Api.newUser(http, "Max Member", code);
        Api outsider = Api.newUser(http, "Otto Outsider");

        JsonNode fromMember = member.postMultipart(
                        "/api/feedback", parts("QUESTION", "How do I export?", file("q.png", PNG)))
                .expect(201)
                .json();
        owner.post("/api/feedback", feedback("IDEA", "Dark mode")).expect(201);
        outsider.post("/api/feedback", feedback("BUG", "Outside bug")).expect(201);

        JsonNode ownersView = owner.get("/api/feedback").expect(200).json();
        assertThat(ownersView.get("items").findValuesAsText("message"))
                .containsExactly("Dark mode", "How do I export?");
        assertThat(ownersView.get("items").findValuesAsText("authorName")).containsExactly("Olga Owner", "Max Member");
        JsonNode memberEntry = ownersView.get("items").get(1);
        assertThat(memberEntry.get("category").asText()).isEqualTo("QUESTION");
        assertThat(memberEntry.get("createdAt").asText()).isNotBlank();
        assertThat(memberEntry.get("attachment").get("name").asText()).isEqualTo("q.png");
        assertThat(memberEntry.get("attachment").get("size").asInt()).isEqualTo(PNG.length);

        assertThat(member.get("/api/feedback").json().get("items").findValuesAsText("message"))
                .containsExactly("How do I export?");
        assertThat(outsider.get("/api/feedback").json().get("items").findValuesAsText("message"))
                .containsExactly("Outside bug");

        String attachment = "/api/feedback/" + fromMember.get("id").asText() + "/attachment";
        assertThat(owner.download(attachment).getStatusCode().value()).isEqualTo(200);
        assertThat(member.download(attachment).getStatusCode().value()).isEqualTo(200);
        assertThat(outsider.download(attachment).getStatusCode().value()).isEqualTo(404);
        assertThat(outsider.get("/api/feedback/" + UUID.randomUUID() + "/attachment")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theListIsPagedNewestFirst() {
        Api user = Api.newUser(http, "Paige");
        for (String message : List.of("one", "two", "three")) {
            user.post("/api/feedback", feedback("OTHER", message)).expect(201);
        }
        JsonNode first = user.get("/api/feedback?limit=2").expect(200).json();
        assertThat(first.get("items").findValuesAsText("message")).containsExactly("three", "two");
        JsonNode second = user.get("/api/feedback?limit=2&cursor="
                        + first.get("nextCursor").asText())
                .expect(200)
                .json();
        assertThat(second.get("items").findValuesAsText("message")).containsExactly("one");
        assertThat(second.get("nextCursor").isNull()).isTrue();
    }

    @Test
    void rowLevelSecurityHidesFeedbackFromAQueryWithoutFilter() {
        Api owner = Api.newUser(http, "Rita Owner");
        String code = owner.post("/api/workspace/invites", null)
                .expect(201)
                .json()
                .get("code")
                .asText();
        Api member = Api.newUser(http, "Rolf Member", code);
        member.post("/api/feedback", feedback("BUG", "rls: member's")).expect(201);
        UUID ownerId = id(owner);
        UUID memberId = id(member);
        UUID stranger = id(Api.newUser(http, "Stan Stranger"));

        assertThat(unfiltered(memberId)).containsExactly("rls: member's");
        assertThat(unfiltered(ownerId)).containsExactly("rls: member's");
        assertThat(unfiltered(stranger)).isEmpty();
        Long withoutActor = transaction.execute(tx ->
                jdbc.sql("select count(*) from feedback").query(Long.class).single());
        assertThat(withoutActor).as("no acting user, no rows").isZero();
        assertThatThrownBy(() -> transaction.executeWithoutResult(tx -> {
                    rowSecurity.actAs(
                            ownerId); // the owner reads the workspace's feedback but cannot write as the member
                    jdbc.sql("update feedback set message = 'edited' where author_id = ?")
                            .param(memberId)
                            .update();
                    assertThat(jdbc.sql("select message from feedback where author_id = ?")
                                    .param(memberId)
                                    .query(String.class)
                                    .single())
                            .isEqualTo("rls: member's");
                    jdbc.sql("""
                    insert into feedback (id, author_id, workspace_id, workspace_owner, category, message, created_at)
                    select gen_random_uuid(), ?, workspace_id, workspace_owner, 'BUG', 'planted', now()
                    from feedback where author_id = ?""").params(memberId, memberId).update();
                }))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("row-level security");
    }

    private List<String> unfiltered(UUID actingUser) {
        return transaction.execute(tx -> {
            rowSecurity.actAs(actingUser);
            return jdbc.sql("select message from feedback where message like 'rls:%'")
                    .query(String.class)
                    .list();
        });
    }

    private static UUID id(Api user) {
        return UUID.fromString(user.get("/api/me").json().get("id").asText());
    }

    private static List<String> fields(Api.Response response) {
        return response.json().get("errors").findValuesAsText("field");
    }

    private static String feedback(String category, String message) {
        return JSON.createObjectNode()
                .put("category", category)
                .put("message", message)
                .toString();
    }

    private static MultiValueMap<String, Object> parts(String category, String message, ByteArrayResource file) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("category", category);
        parts.add("message", message);
        if (file != null) {
            parts.add("file", file);
        }
        return parts;
    }

    private static ByteArrayResource file(String name, byte[] content) {
        return new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }
}
