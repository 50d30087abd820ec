package dev.crm.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.application.account.AccountService;
import dev.crm.application.account.RefreshTokenService;
import dev.crm.application.account.Registration;
import dev.crm.projections.support.RowSecurity;
import dev.crm.web.support.CrmIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refresh tokens under row-level security (V21), as the app role: a transaction sees its user's tokens, or the one
 * token whose hash it presents, and writes tokens only for its user.
 */
@CrmIntegrationTest
class RefreshTokenRowSecurityTest {

    @Autowired
    AccountService accounts;

    @Autowired
    RefreshTokenService tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RowSecurity rowSecurity;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aTransactionSeesItsUsersTokensOrTheOneItPresents() throws Exception {
        UUID alice = register("Alice");
        UUID bob = register("Bob");
        String alicesToken = tokens.issue(alice);
        tokens.issue(alice);
        tokens.issue(bob);

        Long withoutUser = transaction.execute(tx ->
                jdbc.sql("select count(*) from refresh_token").query(Long.class).single());
        assertThat(withoutUser).as("no user, no token presented").isZero();
        List<UUID> alicesView = transaction.execute(tx -> {
            rowSecurity.actAs(alice);
            return jdbc.sql("select user_id from refresh_token")
                    .query(UUID.class)
                    .list(); // no filter on purpose
        });
        assertThat(alicesView).containsExactly(alice, alice);
        String hash = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(alicesToken.getBytes(StandardCharsets.UTF_8)));
        List<String> presented = transaction.execute(tx -> {
            rowSecurity.presentRefreshToken(hash);
            return jdbc.sql("select token_hash from refresh_token")
                    .query(String.class)
                    .list();
        });
        assertThat(presented).containsExactly(hash);

        // revoking "everything" as Alice ends Alice's tokens only
        transaction.executeWithoutResult(tx -> {
            rowSecurity.actAs(alice);
            jdbc.sql("update refresh_token set revoked_at = now()").update();
        });
        Long bobsLive = transaction.execute(tx -> {
            rowSecurity.actAs(bob);
            return jdbc.sql("select count(*) from refresh_token where revoked_at is null")
                    .query(Long.class)
                    .single();
        });
        assertThat(bobsLive).isEqualTo(1);

        assertThatThrownBy(() -> transaction.executeWithoutResult(tx -> {
                    rowSecurity.actAs(alice);
                    jdbc.sql("""
                    insert into refresh_token (token_hash, user_id, created_at, expires_at)
                    values ('planted', :bob, now(), now() + interval '1 day')""").param("bob", bob).update();
                }))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("row-level security");
    }

    @Test
    void refreshAndSignOutStillWorkBeforeAnyoneIsSignedIn() {
        UUID carol = register("Carol");
        String token = tokens.issue(carol);
        String other = tokens.issue(carol);
        assertThat(tokens.redeem(token)).isEqualTo(Optional.of(carol));
        assertThat(tokens.redeem(token)).as("replayed").isEmpty();
        assertThat(tokens.redeem(other))
                .as("the replay revoked every token of the user")
                .isEmpty();
        String last = tokens.issue(carol);
        tokens.signOut(last);
        assertThat(tokens.redeem(last)).isEmpty();
    }

    private UUID register(String name) {
        return accounts.register(new Registration(
                        name.toLowerCase() + "." + UUID.randomUUID() + "@example.com", "a long passphrase", name, null))
                .getId();
    }
}
