package dev.crm.assistant.usage;

import dev.crm.application.workspace.WorkspaceService;
import dev.crm.domain.shared.InvalidInputException;
import dev.crm.projections.support.RowSecurity;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tokens a workspace's turns cost this month (UTC), as the providers counted them, and the workspace's optional
 * monthly budget: past it, the assistant says so instead of calling the provider.
 */
@Component
public class AiUsage {

    private final JdbcClient jdbc;
    private final RowSecurity rowSecurity;
    private final WorkspaceService workspaces;
    private final Clock clock;

    public AiUsage(JdbcClient jdbc, RowSecurity rowSecurity, WorkspaceService workspaces, Clock clock) {
        this.jdbc = jdbc;
        this.rowSecurity = rowSecurity;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    /** @param budget tokens (in + out) a month, or null for no limit */
    public record MonthlyUsage(LocalDate month, long tokensIn, long tokensOut, long turns, Long budget) {

        public long tokens() {
            return tokensIn + tokensOut;
        }

        public boolean exhausted() {
            return budget != null && tokens() >= budget;
        }
    }

    /** Adds one turn's tokens to the user's workspace's month. */
    @Transactional
    public void add(UUID userId, long tokensIn, long tokensOut) {
        rowSecurity.actAs(userId);
        jdbc.sql("""
                        insert into ai_usage (workspace_id, month, tokens_in, tokens_out, turns)
                        select u.workspace_id, :month, :in, :out, 1 from app_user u where u.id = :me
                        on conflict (workspace_id, month) do update
                        set tokens_in = ai_usage.tokens_in + excluded.tokens_in,
                            tokens_out = ai_usage.tokens_out + excluded.tokens_out,
                            turns = ai_usage.turns + 1""")
                .param("month", month())
                .param("in", tokensIn)
                .param("out", tokensOut)
                .param("me", userId)
                .update();
    }

    /** The user's workspace's usage this month, with its budget. */
    @Transactional(readOnly = true)
    public MonthlyUsage thisMonth(UUID userId) {
        rowSecurity.actAs(userId);
        LocalDate month = month();
        return jdbc.sql("""
                        select w.monthly_token_budget, coalesce(a.tokens_in, 0), coalesce(a.tokens_out, 0),
                               coalesce(a.turns, 0)
                        from app_user u join workspace w on w.id = u.workspace_id
                        left join ai_usage a on a.workspace_id = w.id and a.month = :month
                        where u.id = :me""")
                .param("month", month)
                .param("me", userId)
                .query((rs, n) -> {
                    long budget = rs.getLong(1);
                    Long maybeBudget = rs.wasNull() ? null : budget;
                    return new MonthlyUsage(month, rs.getLong(2), rs.getLong(3), rs.getLong(4), maybeBudget);
                })
                .single();
    }

    /** The workspace owner sets or (null) lifts the monthly budget. */
    @Transactional
    public MonthlyUsage setBudget(UUID ownerId, Long tokens) {
        if (tokens != null && (tokens < 1_000 || tokens > 1_000_000_000_000L)) {
            throw InvalidInputException.of("monthlyTokenBudget", "Between 1000 and 1000000000000 tokens, or none");
        }
        UUID workspaceId = workspaces.requireOwnedWorkspace(ownerId);
        jdbc.sql("update workspace set monthly_token_budget = :tokens where id = :id")
                .param("tokens", tokens)
                .param("id", workspaceId)
                .update();
        return thisMonth(ownerId);
    }

    /** @throws BudgetExhaustedException when the workspace has used its month's tokens */
    @Transactional(readOnly = true)
    public void requireWithinBudget(UUID userId) {
        MonthlyUsage usage = thisMonth(userId);
        if (usage.exhausted()) {
            throw new BudgetExhaustedException(
                    usage, workspaces.ownerOf(userId).id().equals(userId));
        }
    }

    private LocalDate month() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC)).withDayOfMonth(1);
    }

    /** The workspace's monthly token budget is used up; the owner can raise it, members are told to ask. */
    public static class BudgetExhaustedException extends RuntimeException {
        BudgetExhaustedException(MonthlyUsage usage, boolean owner) {
            super("Your workspace has used its AI budget of " + usage.budget() + " tokens for this month"
                    + (owner ? "; raise it in Settings → AI keys." : "; ask its owner to raise it."));
        }
    }
}
