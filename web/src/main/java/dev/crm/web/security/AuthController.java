package dev.crm.web.security;

import dev.crm.application.account.AccountService;
import dev.crm.application.account.RefreshTokenService;
import dev.crm.application.account.Registration;
import dev.crm.application.account.UserAccount;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.InvalidInputException;
import dev.crm.domain.shared.RecordNotFoundException;
import dev.crm.web.support.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Accounts and tokens for API clients. */
@Tag(name = "Account", description = "Sign up, sign in, tokens and the signed-in user")
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

    @Operation(
            operationId = "register",
            summary = "Create an account: a new workspace, or the one an invitation code names")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping("/auth/register")
    ResponseEntity<Me> register(@RequestBody Registration registration) {
        UserAccount user = accounts.register(registration);
        return ResponseEntity.created(URI.create("/api/me")).body(Me.of(user));
    }

    @Operation(operationId = "login", summary = "Sign in with e-mail and password: an access and a refresh token")
    @ApiResponse(
            responseCode = "200",
            description = "Signed in",
            content = @Content(schema = @Schema(implementation = Tokens.class)))
    @PostMapping("/auth/login")
    ResponseEntity<Object> login(@RequestBody Credentials credentials) {
        return accounts.authenticate(credentials.email(), credentials.password())
                .<ResponseEntity<Object>>map(user -> ResponseEntity.ok(tokensFor(user)))
                .orElseGet(() -> unauthorized("Wrong e-mail or password"));
    }

    @Operation(
            operationId = "refreshTokens",
            summary = "Exchange a refresh token for new tokens; the one sent is spent")
    @ApiResponse(
            responseCode = "200",
            description = "New tokens",
            content = @Content(schema = @Schema(implementation = Tokens.class)))
    @PostMapping("/auth/refresh")
    ResponseEntity<Object> refresh(@RequestBody RefreshRequest request) {
        return refreshTokens
                .redeem(request.refreshToken())
                .flatMap(accounts::find)
                .<ResponseEntity<Object>>map(user -> ResponseEntity.ok(tokensFor(user)))
                .orElseGet(() -> unauthorized("The refresh token is not valid; sign in again"));
    }

    /** Revokes the refresh token and ends the user's access tokens issued so far. */
    @Operation(
            operationId = "logout",
            summary = "Sign out: revoke the refresh token and end the access tokens issued so far")
    @ApiResponse(responseCode = "204", description = "Signed out")
    @PostMapping("/auth/logout")
    ResponseEntity<Void> logout(@RequestBody RefreshRequest request) {
        if (request.refreshToken() != null) {
            if (!request.refreshToken().matches("[A-Za-z0-9_-]{1,512}")) {
                throw InvalidInputException.of("refreshToken", "Not a refresh token");
            }
            refreshTokens.signOut(request.refreshToken());
        }
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "getMe", summary = "The signed-in user")
    @GetMapping("/me")
    Me me(Actor actor) {
        return accounts.find(actor.userId())
                .map(Me::of)
                .orElseThrow(() -> new RecordNotFoundException("User", actor.userId()));
    }

    private Tokens tokensFor(UserAccount user) {
        return new Tokens(
                accessTokens.issue(user),
                refreshTokens.issue(user.getId()),
                "Bearer",
                accessTokens.lifetime().toSeconds());
    }

    private static ResponseEntity<Object> unauthorized(String detail) {
        return Problems.of(HttpStatus.UNAUTHORIZED, detail, List.of());
    }

    record Credentials(String email, String password) {}

    record RefreshRequest(String refreshToken) {}

    record Tokens(String accessToken, String refreshToken, String tokenType, long expiresIn) {}

    record Me(UUID id, String email, String name, UUID workspaceId, String timeZone) {
        static Me of(UserAccount user) {
            return new Me(user.getId(), user.getEmail(), user.getName(), user.getWorkspaceId(), user.getTimeZone());
        }
    }
}
