package dev.crm.web.settings;

import dev.crm.application.account.AccountService;
import dev.crm.application.account.PasswordChange;
import dev.crm.application.account.ProfileUpdate;
import dev.crm.application.account.UserAccount;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.RecordNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own settings: profile and password. */
@Tag(name = "Settings", description = "The signed-in user's profile and password")
@RestController
@RequestMapping("/api/settings")
public class SettingsController {

    private final AccountService accounts;

    public SettingsController(AccountService accounts) {
        this.accounts = accounts;
    }

    @Operation(operationId = "getProfile", summary = "The signed-in user's name, e-mail and time zone")
    @GetMapping("/profile")
    Profile profile(Actor actor) {
        return accounts.find(actor.userId())
                .map(Profile::of)
                .orElseThrow(() -> new RecordNotFoundException("User", actor.userId()));
    }

    /** Replaces name, e-mail and time zone; a taken e-mail is 409, bad fields are 400. */
    @Operation(operationId = "updateProfile", summary = "Change name, e-mail or time zone")
    @PutMapping("/profile")
    Profile updateProfile(Actor actor, @RequestBody ProfileUpdate update) {
        return Profile.of(accounts.updateProfile(actor.userId(), update));
    }

    /** Needs the current password; revokes every refresh token of the caller. */
    @Operation(
            operationId = "changePassword",
            summary = "Change the password (needs the current one); signs out every other session")
    @ApiResponse(responseCode = "204", description = "Changed")
    @PostMapping("/password")
    ResponseEntity<Void> changePassword(Actor actor, @RequestBody PasswordChange change) {
        accounts.changePassword(actor.userId(), change);
        return ResponseEntity.noContent().build();
    }

    record Profile(String name, String email, String timeZone) {
        static Profile of(UserAccount user) {
            return new Profile(user.getName(), user.getEmail(), user.getTimeZone());
        }
    }
}
