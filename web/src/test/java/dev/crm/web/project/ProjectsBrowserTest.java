package dev.crm.web.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.application.account.AccountService;
import dev.crm.application.organization.OrganizationService;
import dev.crm.application.project.ProjectService;
import dev.crm.application.workspace.WorkspaceService;
import dev.crm.domain.organization.OrganizationDetails;
import dev.crm.domain.project.ProjectDetails;
import dev.crm.domain.project.ProjectStatus;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.Channel;
import dev.crm.testsupport.Browser;
import dev.crm.testsupport.Workspaces;
import dev.crm.testsupport.Workspaces.TestUser;
import dev.crm.web.support.CrmIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The projects screens in a real browser: a project with an organization and an assignee, and its tasks. */
@CrmIntegrationTest
class ProjectsBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    OrganizationService organizations;

    @Autowired
    ProjectService projects;

    @Autowired
    WorkspaceService workspaceService;

    TestUser owner;
    TestUser assignee;

    @BeforeEach
    void twoUsersOfOneWorkspace() {
        Workspaces workspaces = new Workspaces(accounts, workspaceService);
        owner = workspaces.register("Olivia Owner");
        assignee = workspaces.registerInvitedBy("Abel Assignee", owner);
    }

    @Test
    void theOwnerCreatesAProjectOpensItAndAddsEditsAndDeletesATask() {
        organizations.create(actor(owner), new OrganizationDetails("Apollo Program", null, "Space"));
        try (Browser browser = Browser.open(port)) {
            browser.signIn(owner.email(), Workspaces.PASSWORD);
            browser.visit("projects");

            browser.click("new-project");
            browser.type("project-name", "Moon landing");
            browser.choose("project-organizationId", "Apollo Program");
            browser.choose("project-assigneeIds", assignee.name());
            browser.typeDate("project-dueDate", LocalDate.of(2030, 7, 20));
            browser.click("project-save");
            browser.waitForGridCell("Moon landing");
            assertThat(browser.gridCells()).contains("Planned", "Apollo Program", assignee.name(), "Jul 20, 2030");

            browser.clickGridCell("Moon landing");
            browser.waitForText("Olivia Owner (you)");
            assertThat(browser.text()).contains("Apollo Program", assignee.name(), "Jul 20, 2030");

            browser.click("add-task");
            browser.type("task-name", "Build the rocket");
            browser.select("task-priority", "High");
            browser.choose("task-assigneeId", assignee.name());
            browser.click("task-save");
            browser.waitForGridCell("Build the rocket");
            assertThat(browser.gridCells()).contains("To do", "High", assignee.name(), "Moon landing");

            browser.clickLabelled("Edit Build the rocket");
            browser.select("task-status", "Done");
            browser.click("task-save");
            browser.waitForGridCells(List.of("Build the rocket", "Done"), List.of("To do"));

            browser.clickLabelled("Delete Build the rocket");
            browser.click("confirm-delete");
            browser.waitForGridCells(List.of(), List.of("Build the rocket"));
        }
    }

    @Test
    void anAssigneeMayChangeOnlyTheStatusAndAnyoneElseFindsNothing() {
        UUID projectId = projects.create(
                        actor(owner),
                        new ProjectDetails("Mars rover", ProjectStatus.PLANNED, null, Set.of(assignee.id()), null))
                .id();
        try (Browser browser = Browser.open(port)) {
            browser.signIn(assignee.email(), Workspaces.PASSWORD);
            browser.visit("projects/" + projectId);
            browser.waitForText("Mars rover");
            assertThat(browser.driver().findElements(By.id("project-delete"))).isEmpty();

            browser.click("project-edit");
            assertThat(browser.driver().findElement(By.id("project-name")).getAttribute("readonly"))
                    .isNotNull();
            browser.select("project-status", "In progress");
            browser.click("project-save");
            browser.waitForText("project-facts", "In progress");

            browser.visit("projects/" + UUID.randomUUID());
            browser.waitForText("Project not found");
        }
    }

    private static Actor actor(TestUser user) {
        return Actor.of(user.id(), Channel.UI);
    }
}
