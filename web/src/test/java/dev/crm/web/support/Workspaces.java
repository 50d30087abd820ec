package dev.crm.web.support;

import java.util.UUID;

import dev.crm.application.account.AccountService;
import dev.crm.application.account.Registration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Users for browser tests: registered as anyone registers, and put into one workspace when a test needs that. */
public class Workspaces {

    public static final String PASSWORD = "correct horse battery";

    private final AccountService accounts;
    private final JdbcClient jdbc;

    public Workspaces(AccountService accounts, JdbcClient jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /** A newly registered user (in a workspace of their own), signing in with {@link #PASSWORD}. */
    public TestUser register(String name) {
        String email = name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID() + "@example.com";
        return new TestUser(accounts.register(new Registration(email, PASSWORD, name)).getId(), email, name);
    }

    /**
     * Moves {@code member} into {@code owner}'s workspace. Until joining by invitation is available here, this is
     * done directly in the accounts table; the project rules only look at which workspace a user is in.
     */
    public void join(TestUser member, TestUser owner) {
        jdbc.sql("update app_user set workspace_id = (select workspace_id from app_user where id = :owner) where id = :member")
                .param("owner", owner.id()).param("member", member.id()).update();
    }

    public record TestUser(UUID id, String email, String name) {
    }
}
