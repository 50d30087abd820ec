package dev.crm.web.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import dev.crm.application.account.TokenGenerations;
import dev.crm.application.account.UserAccount;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/** Short-lived access tokens (HS256 JWT) signed with a key derived from {@code CRM_JWT_SECRET}. */
@Component
public class AccessTokens {

    static final String ISSUER = "crm";
    /** The user's token generation the token was issued in ({@link TokenGenerations}). */
    static final String GENERATION = "gen";

    private final JwtEncoder encoder;
    private final JwtDecoder decoder;
    private final Duration lifetime;
    private final Clock clock;
    private final TokenGenerations generations;

    public AccessTokens(
            @Value("${crm.jwt.secret}") String secret,
            @Value("${crm.auth.access-token-lifetime}") Duration lifetime,
            Clock clock,
            TokenGenerations generations) {
        SecretKey key = new SecretKeySpec(sha256(secret), "HmacSHA256");
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
        JwtDecoder verified = new CachingJwtDecoder(
                NimbusJwtDecoder.withSecretKey(key)
                        .macAlgorithm(MacAlgorithm.HS256)
                        .build(),
                10_000);
        // the signature is checked once per token, whether its generation is still current on every request
        this.decoder = token -> current(verified.decode(token));
        this.lifetime = lifetime;
        this.clock = clock;
        this.generations = generations;
    }

    public String issue(UserAccount user) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(user.getId().toString())
                .issuedAt(now)
                .expiresAt(now.plus(lifetime))
                .claim("email", user.getEmail())
                .claim("name", user.getName())
                .claim("workspaceId", user.getWorkspaceId().toString())
                .claim(GENERATION, generations.fresh(user.getId()))
                .build();
        return encoder.encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }

    public Duration lifetime() {
        return lifetime;
    }

    JwtDecoder decoder() {
        return decoder;
    }

    private Jwt current(Jwt jwt) {
        Object generation = jwt.getClaims().get(GENERATION);
        if (!(generation instanceof Number number)
                || jwt.getSubject() == null
                || number.longValue() != generations.of(UUID.fromString(jwt.getSubject()))) {
            throw new BadJwtException("The token was ended by signing out or a password change");
        }
        return jwt;
    }

    /** Any secret string becomes a full-strength 256-bit HMAC key. */
    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
