package dev.crm.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.application.account.TokenGenerations;
import dev.crm.application.account.UserAccount;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;

class CachingJwtDecoderTest {

    private static final String SECRET = "a test secret, not used anywhere else";
    /** Every user's tokens in their first generation (the database's part is tested in AuthApiTest). */
    private static final TokenGenerations GENERATION_ZERO = new TokenGenerations(null) {
        @Override
        public long of(UUID userId) {
            return 0;
        }

        @Override
        public long fresh(UUID userId) {
            return 0;
        }
    };

    @Test
    void aValidTokenIsVerifiedOnceAndKept() {
        AccessTokens tokens = tokens(Clock.systemUTC(), Duration.ofMinutes(15));
        String token = tokens.issue(user());
        Jwt first = tokens.decoder().decode(token);
        assertThat(tokens.decoder().decode(token)).isSameAs(first);
        assertThat(first.getSubject()).isNotBlank();
    }

    @Test
    void aTamperedTokenIsRefusedEveryTime() {
        AccessTokens tokens = tokens(Clock.systemUTC(), Duration.ofMinutes(15));
        String token = tokens.issue(user());
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> tokens.decoder().decode(tampered)).isInstanceOf(JwtException.class);
        }
        assertThatThrownBy(() -> tokens.decoder().decode("not a token")).isInstanceOf(JwtException.class);
    }

    @Test
    void anExpiredTokenIsRefusedAndNotKept() {
        Clock twoHoursAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(2)), ZoneOffset.UTC);
        AccessTokens tokens = tokens(twoHoursAgo, Duration.ofMinutes(15));
        String expired = tokens.issue(user());
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> tokens.decoder().decode(expired)).isInstanceOf(JwtException.class);
        }
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRefused() {
        String foreign = new AccessTokens("another secret", Duration.ofMinutes(15), Clock.systemUTC(), GENERATION_ZERO)
                .issue(user());
        assertThatThrownBy(() -> tokens(Clock.systemUTC(), Duration.ofMinutes(15))
                        .decoder()
                        .decode(foreign))
                .isInstanceOf(JwtException.class);
    }

    private static AccessTokens tokens(Clock clock, Duration lifetime) {
        return new AccessTokens(SECRET, lifetime, clock, GENERATION_ZERO);
    }

    private static UserAccount user() {
        UUID id = UUID.randomUUID();
        UUID workspaceId = UUID.randomUUID();
        return new UserAccount() {
            @Override
            public UUID getId() {
                return id;
            }

            @Override
            public UUID getWorkspaceId() {
                return workspaceId;
            }

            @Override
            public String getEmail() {
                return "token@example.com";
            }

            @Override
            public String getName() {
                return "Token Tester";
            }
        };
    }
}
