package dev.crm.web.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crm.web.support.Api;
import dev.crm.web.support.CrmIntegrationTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

@CrmIntegrationTest
class ProjectTaskApiTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    Api alice;
    Api bob;
    Api carol;

    @BeforeEach
    void aliceAndBobShareAWorkspaceCarolDoesNot() {
        alice = Api.newUser(http, "Alice");
        String invite = alice.post("/api/workspace/invites", "{}")
                .expect(201)
                .json()
                .get("code")
                .asText();
        bob = Api.newUser(http, "Bob", invite);
        carol = Api.newUser(http, "Carol");
    }

    @Test
    void aProjectIsSeenByItsOwnerAndAssigneesOnly() {
        String org = alice.post("/api/organizations", "{\"name\":\"Acme\"}")
                .expect(201)
                .json()
                .get("id")
                .asText();
        JsonNode project = createProject(alice, "Launch", org, bob.userId());
        String id = project.get("id").asText();
        assertThat(project.get("status").asText()).isEqualTo("PLANNED");
        assertThat(project.get("organizationName").asText()).isEqualTo("Acme");
        assertThat(project.get("assignees").get(0).get("name").asText()).isEqualTo("Bob");
        assertThat(project.get("assigneeIds").get(0).asText()).isEqualTo(bob.userId());

        assertThat(bob.get("/api/projects/" + id).expect(200).json().get("name").asText())
                .isEqualTo("Launch");
        assertThat(names(bob.get("/api/projects?assignedToMe=true").json())).containsExactly("Launch");
        assertThat(names(alice.get("/api/projects?assignedToMe=true").json())).isEmpty();
        carol.get("/api/projects/" + id).expect(404);
        carol.get("/api/projects/" + id + "/tasks").expect(404);
        carol.get("/api/projects/" + id + "/history").expect(404);
        assertThat(names(carol.get("/api/projects").json())).isEmpty();
    }

    @Test
    void referencesMustBeTheOwnersOrganizationAndWorkspaceMembers() {
        String carolsOrg = carol.post("/api/organizations", "{\"name\":\"Carol Inc\"}")
                .expect(201)
                .json()
                .get("id")
                .asText();
        JsonNode refused = alice.post("/api/projects", """
                {"name":"X","organizationId":"%s","assigneeIds":["%s"]}""".formatted(carolsOrg, carol.userId()))
                .expect(400)
                .json();
        assertThat(refused.get("errors").findValuesAsText("field")).containsExactly("organizationId", "assigneeIds");
        assertThat(alice.post("/api/projects", "{\"name\":\"X\",\"status\":\"SOMEDAY\"}")
                        .expect(400)
                        .json()
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asText())
                .isEqualTo("status");
        assertThat(alice.post("/api/projects", "{\"name\":\" \",\"dueDate\":\"2027-02-30\"}")
                        .expect(400)
                        .json()
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asText())
                .isEqualTo("dueDate");
        assertThat(names(alice.get("/api/projects").json())).isEmpty();
    }

    @Test
    void assigneesChangeOnlyTheStatusAndOnlyTheOwnerDeletes() {
        String id = createProject(alice, "Launch", null, bob.userId()).get("id").asText();
        assertThat(bob.put("/api/projects/" + id, "{\"version\":1,\"status\":\"IN_PROGRESS\"}")
                        .expect(200)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("IN_PROGRESS");
        JsonNode refused = bob.put("/api/projects/" + id, "{\"version\":2,\"name\":\"Mine now\"}")
                .expect(403)
                .json();
        assertThat(refused.get("errors").get(0).get("field").asText()).isEqualTo("name");
        bob.delete("/api/projects/" + id).expect(403);

        // owner and assignee edit the status concurrently: the second one learns of the first
        alice.put("/api/projects/" + id, "{\"version\":2,\"status\":\"COMPLETED\"}")
                .expect(200);
        JsonNode conflict = bob.put("/api/projects/" + id, "{\"version\":2,\"status\":\"PLANNED\"}")
                .expect(409)
                .json();
        assertThat(conflict.get("conflicts").get(0).get("currentValue").asText())
                .isEqualTo("COMPLETED");

        JsonNode history =
                bob.get("/api/projects/" + id + "/history").expect(200).json();
        assertThat(history.findValuesAsText("actorName")).containsExactly("Alice", "Bob", "Alice");
    }

    @Test
    void whoeverWorksOnTheProjectWorksOnItsTasks() {
        String project =
                createProject(alice, "Launch", null, bob.userId()).get("id").asText();
        JsonNode task = bob.post(
                        "/api/projects/" + project + "/tasks",
                        "{\"name\":\"Write press release\",\"priority\":\"HIGH\",\"assigneeId\":\"%s\"}"
                                .formatted(alice.userId()))
                .expect(201)
                .json();
        String taskId = task.get("id").asText();
        assertThat(task.get("status").asText()).isEqualTo("TODO");
        assertThat(task.get("projectName").asText()).isEqualTo("Launch");
        assertThat(task.get("assigneeName").asText()).isEqualTo("Alice");

        alice.put("/api/tasks/" + taskId, "{\"version\":1,\"status\":\"DONE\"}").expect(200);
        assertThat(names(alice.get("/api/projects/" + project + "/tasks").json()))
                .containsExactly("Write press release");
        carol.get("/api/tasks/" + taskId).expect(404);
        carol.put("/api/tasks/" + taskId, "{\"version\":2,\"status\":\"TODO\"}").expect(404);
        assertThat(carol.post("/api/tasks", "{\"name\":\"Sneak in\",\"projectId\":\"%s\"}".formatted(project))
                        .expect(400)
                        .json()
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asText())
                .isEqualTo("projectId");
        assertThat(alice.put("/api/tasks/" + taskId, "{\"version\":2,\"assigneeId\":\"%s\"}".formatted(carol.userId()))
                        .expect(400)
                        .json()
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asText())
                .isEqualTo("assigneeId");

        JsonNode history =
                bob.get("/api/tasks/" + taskId + "/history").expect(200).json();
        assertThat(history.findValuesAsText("eventType")).containsExactly("TaskCreated", "TaskUpdated");
        carol.get("/api/tasks/" + taskId + "/history").expect(404);
    }

    @Test
    void removingAnAssigneeTakesAwayTheProjectItsTasksAndTheirHistory() {
        String project =
                createProject(alice, "Launch", null, bob.userId()).get("id").asText();
        String task = bob.post("/api/projects/" + project + "/tasks", "{\"name\":\"Draft\"}")
                .expect(201)
                .json()
                .get("id")
                .asText();
        alice.put("/api/projects/" + project, "{\"version\":1,\"assigneeIds\":[]}")
                .expect(200);

        bob.get("/api/projects/" + project).expect(404);
        bob.get("/api/tasks/" + task).expect(404);
        bob.get("/api/tasks/" + task + "/history").expect(404);
        assertThat(names(bob.get("/api/tasks").json())).isEmpty();
        assertThat(alice.get("/api/tasks/" + task)
                        .expect(200)
                        .json()
                        .get("name")
                        .asText())
                .isEqualTo("Draft");
    }

    @Test
    void deletingAProjectDeletesItsTasksLeavingNoOrphans() {
        String project =
                createProject(alice, "Launch", null, bob.userId()).get("id").asText();
        String first = alice.post("/api/tasks", "{\"name\":\"One\",\"projectId\":\"%s\"}".formatted(project))
                .expect(201)
                .json()
                .get("id")
                .asText();
        alice.post("/api/tasks", "{\"name\":\"Two\",\"projectId\":\"%s\"}".formatted(project))
                .expect(201);

        alice.delete("/api/projects/" + project).expect(204);
        alice.get("/api/projects/" + project).expect(404);
        alice.get("/api/tasks/" + first).expect(404);
        assertThat(names(alice.get("/api/tasks").json())).isEmpty();
        assertThat(jdbc.sql("select count(*) from task where project_id = :id")
                        .param("id", UUID.fromString(project))
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(alice.get("/api/tasks/" + first + "/history")
                        .expect(200)
                        .json()
                        .findValuesAsText("eventType"))
                .containsExactly("TaskCreated", "TaskDeleted");
    }

    @Test
    void deletingAnOrganizationDetachesItsProjects() {
        String org = alice.post("/api/organizations", "{\"name\":\"Acme\"}")
                .expect(201)
                .json()
                .get("id")
                .asText();
        String project = createProject(alice, "Launch", org, null).get("id").asText();
        alice.delete("/api/organizations/" + org).expect(204);
        JsonNode detached = alice.get("/api/projects/" + project).expect(200).json();
        assertThat(detached.get("organizationId").isNull()).isTrue();
        assertThat(detached.get("organizationName").isNull()).isTrue();
    }

    @Test
    void taskListFiltersAndSorts() {
        String project =
                createProject(alice, "Launch", null, bob.userId()).get("id").asText();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        addTask(project, "Late", "HIGH", "TODO", today.minusDays(10), null);
        addTask(project, "Late but done", "LOW", "DONE", today.minusDays(10), null);
        addTask(project, "This week", "URGENT", "IN_PROGRESS", monday.plusDays(6), bob.userId());
        addTask(project, "Someday", "MEDIUM", "TODO", null, bob.userId());

        assertThat(names(alice.get("/api/tasks?overdue=true").json())).containsExactly("Late");
        assertThat(names(alice.get("/api/tasks?dueThisWeek=true").json()))
                .contains("This week")
                .doesNotContain("Someday");
        assertThat(names(alice.get("/api/tasks?status=TODO&sort=name").json())).containsExactly("Late", "Someday");
        assertThat(names(alice.get("/api/tasks?assigneeId=" + bob.userId() + "&sort=name")
                        .json()))
                .containsExactly("Someday", "This week");
        assertThat(names(bob.get("/api/tasks?sort=-priority").json()))
                .containsExactly("This week", "Late", "Someday", "Late but done");
        assertThat(names(alice.get("/api/tasks?priority=LOW").json())).containsExactly("Late but done");
        assertThat(alice.get("/api/tasks?priority=SOON")
                        .expect(400)
                        .json()
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asText())
                .isEqualTo("priority");
    }

    @Test
    void projectListFiltersByStatusAndPagesByCursor() {
        for (int i = 1; i <= 5; i++) {
            createProject(alice, "P" + i, null, null);
        }
        String inProgress =
                createProject(alice, "Running", null, null).get("id").asText();
        alice.put("/api/projects/" + inProgress, "{\"version\":1,\"status\":\"IN_PROGRESS\"}")
                .expect(200);
        assertThat(names(alice.get("/api/projects?status=IN_PROGRESS").json())).containsExactly("Running");

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = alice.get("/api/projects?limit=4&sort=name" + (cursor == null ? "" : "&cursor=" + cursor))
                    .json();
            seen.addAll(names(page));
            cursor = page.get("nextCursor").isNull()
                    ? null
                    : page.get("nextCursor").asText();
        } while (cursor != null);
        assertThat(seen).containsExactly("P1", "P2", "P3", "P4", "P5", "Running");
    }

    private JsonNode createProject(Api owner, String name, String organizationId, String assigneeId) {
        String json = "{\"name\":\"%s\"%s%s}"
                .formatted(
                        name,
                        organizationId == null ? "" : ",\"organizationId\":\"" + organizationId + "\"",
                        assigneeId == null ? "" : ",\"assigneeIds\":[\"" + assigneeId + "\"]");
        return owner.post("/api/projects", json).expect(201).json();
    }

    private void addTask(String project, String name, String priority, String status, LocalDate due, String assignee) {
        alice.post(
                        "/api/projects/" + project + "/tasks",
                        "{\"name\":\"%s\",\"priority\":\"%s\",\"status\":\"%s\"%s%s}"
                                .formatted(
                                        name,
                                        priority,
                                        status,
                                        due == null ? "" : ",\"dueDate\":\"" + due + "\"",
                                        assignee == null ? "" : ",\"assigneeId\":\"" + assignee + "\""))
                .expect(201);
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(item -> names.add(item.get("name").asText()));
        return names;
    }
}
