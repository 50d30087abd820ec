package dev.crm.testsupport;

import dev.crm.application.account.AccountService;
import dev.crm.application.account.Registration;
import dev.crm.application.workspace.WorkspaceService;
import java.util.UUID;

/** Users for browser tests, registered as anyone registers: on their own, or invited into someone's workspace. */
public class Workspaces {

    public static final String PASSWORD = "correct horse battery";

    private final AccountService accounts;
    private final WorkspaceService workspaces;

    public Workspaces(AccountService accounts, WorkspaceService workspaces) {
        this.accounts = accounts;
        this.workspaces = workspaces;
    }

    /** A newly registered user in a workspace of their own, signing in with {@link #PASSWORD}. */
    public TestUser register(String name) {
        return register(name, null);
    }

    /** A newly registered user who joined {@code owner}'s workspace with an invitation from them. */
    public TestUser registerInvitedBy(String name, TestUser owner) {
        return register(name, workspaces.invite(owner.id()).code());
    }

    private TestUser register(String name, String inviteCode) {
        String email = name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID() + "@example.com";
        return new TestUser(
                accounts.register(new Registration(email, PASSWORD, name, inviteCode))
                        .getId(),
                email,
                name);
    }

    public record TestUser(UUID id, String email, String name) {}
}
