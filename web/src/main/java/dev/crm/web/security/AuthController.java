package dev.crm.web.security;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.crm.application.account.AccountService;
import dev.crm.application.account.RefreshTokenService;
import dev.crm.application.account.Registration;
import dev.crm.application.account.UserAccount;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.RecordNotFoundException;
import dev.crm.web.support.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Accounts and tokens for API clients. */
@RestController
@RequestMapping("/api")
public class AuthController {

    private final AccountService accounts;
    private final RefreshTokenService refreshTokens;
    private final AccessTokens accessTokens;

    public AuthController(AccountService accounts, RefreshTokenService refreshTokens, AccessTokens accessTokens) {
        this.accounts = accounts;
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
    }

    @PostMapping("/auth/register")
    ResponseEntity<Me> register(@RequestBody Registration registration) {
        UserAccount user = accounts.register(registration);
        return ResponseEntity.created(URI.create("/api/me")).body(Me.of(user));
    }

    @PostMapping("/auth/login")
    ResponseEntity<Object> login(@RequestBody Credentials credentials) {
        return accounts.authenticate(credentials.email(), credentials.password())
                .<ResponseEntity<Object>>map(user -> ResponseEntity.ok(tokensFor(user)))
                .orElseGet(() -> unauthorized("Wrong e-mail or password"));
    }

    @PostMapping("/auth/refresh")
    ResponseEntity<Object> refresh(@RequestBody RefreshRequest request) {
        return refreshTokens.redeem(request.refreshToken())
                .flatMap(accounts::find)
                .<ResponseEntity<Object>>map(user -> ResponseEntity.ok(tokensFor(user)))
                .orElseGet(() -> unauthorized("The refresh token is not valid; sign in again"));
    }

    /** Revokes the refresh token and ends the user's access tokens issued so far. */
    @PostMapping("/auth/logout")
    ResponseEntity<Void> logout(@RequestBody RefreshRequest request) {
        if (request.refreshToken() != null) {
            refreshTokens.signOut(request.refreshToken());
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me")
    Me me(Actor actor) {
        return accounts.find(actor.userId()).map(Me::of)
                .orElseThrow(() -> new RecordNotFoundException("User", actor.userId()));
    }

    private Tokens tokensFor(UserAccount user) {
        return new Tokens(accessTokens.issue(user), refreshTokens.issue(user.getId()), "Bearer",
                accessTokens.lifetime().toSeconds());
    }

    private static ResponseEntity<Object> unauthorized(String detail) {
        return Problems.of(HttpStatus.UNAUTHORIZED, detail, List.of());
    }

    record Credentials(String email, String password) {
    }

    record RefreshRequest(String refreshToken) {
    }

    record Tokens(String accessToken, String refreshToken, String tokenType, long expiresIn) {
    }

    record Me(UUID id, String email, String name, UUID workspaceId, String timeZone) {
        static Me of(UserAccount user) {
            return new Me(user.getId(), user.getEmail(), user.getName(), user.getWorkspaceId(), user.getTimeZone());
        }
    }
}
