package dev.crm.web.task;

import dev.crm.application.account.AccountService;
import dev.crm.application.project.ProjectService;
import dev.crm.application.task.TaskService;
import dev.crm.application.workspace.WorkspaceService;
import dev.crm.domain.project.ProjectDetails;
import dev.crm.domain.project.ProjectStatus;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.Channel;
import dev.crm.domain.task.TaskDetails;
import dev.crm.domain.task.TaskPriority;
import dev.crm.domain.task.TaskStatus;
import dev.crm.testsupport.Browser;
import dev.crm.testsupport.Workspaces;
import dev.crm.testsupport.Workspaces.TestUser;
import dev.crm.web.support.CrmIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The task list in a real browser: each filter shows exactly the tasks it should. */
@CrmIntegrationTest
class TasksBrowserTest {

    private static final List<String> ALL = List.of("Draft agenda", "Book venue", "Send invites", "Call caterer");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    ProjectService projects;

    @Autowired
    WorkspaceService workspaceService;

    @Autowired
    TaskService tasks;

    @Test
    void filtersByStatusPriorityAndDueDate() {
        TestUser user = new Workspaces(accounts, workspaceService).register("Tess Tasks");
        Actor actor = Actor.of(user.id(), Channel.UI);
        UUID project = projects.create(
                        actor, new ProjectDetails("Conference", ProjectStatus.IN_PROGRESS, null, Set.of(), null))
                .id();
        // The user's time zone is UTC until they change it: "today" and "this week" go by it.
        LocalDate today =
                LocalDate.now(ZoneId.of(accounts.find(user.id()).orElseThrow().getTimeZone()));
        tasks.create(
                actor,
                project,
                new TaskDetails("Draft agenda", TaskStatus.TODO, TaskPriority.HIGH, null, LocalDate.of(2020, 1, 10)));
        tasks.create(
                actor,
                project,
                new TaskDetails("Book venue", TaskStatus.DONE, TaskPriority.LOW, null, LocalDate.of(2020, 1, 10)));
        tasks.create(
                actor,
                project,
                new TaskDetails(
                        "Send invites", TaskStatus.IN_PROGRESS, TaskPriority.URGENT, null, LocalDate.of(2999, 1, 1)));
        tasks.create(
                actor, project, new TaskDetails("Call caterer", TaskStatus.TODO, TaskPriority.MEDIUM, null, today));

        try (Browser browser = Browser.open(port)) {
            browser.signIn(user.email(), Workspaces.PASSWORD);
            browser.visit("tasks");
            browser.waitForGridCells(ALL, List.of());

            browser.select("task-status-filter", "Done");
            expectOnly(browser, "Book venue");
            browser.select("task-status-filter", "All statuses");
            browser.waitForGridCells(ALL, List.of());

            browser.select("task-priority-filter", "Urgent");
            expectOnly(browser, "Send invites");
            browser.select("task-priority-filter", "All priorities");
            browser.waitForGridCells(ALL, List.of());

            browser.click("task-overdue-filter");
            expectOnly(browser, "Draft agenda");
            browser.click("task-overdue-filter");
            browser.click("task-due-this-week-filter");
            expectOnly(browser, "Call caterer");
        }
    }

    private static void expectOnly(Browser browser, String task) {
        browser.waitForGridCells(
                List.of(task), ALL.stream().filter(other -> !other.equals(task)).toList());
    }
}
