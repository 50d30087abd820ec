package dev.crm.application.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a newcomer gives to open an account. Without an invitation code they open their own workspace; with one
 * they join the workspace that invited them.
 */
public record Registration(
        @NotBlank(message = "E-mail is required")
        @Email(message = "Not a valid e-mail address")
        @Size(max = 254, message = "E-mail is at most 254 characters")
        String email,

        @NotBlank(message = "Password is required")
        @Size(min = 10, max = 128, message = "Password must be 10 to 128 characters")
        @FitsBcrypt
        String password,

        @NotBlank(message = "Name is required") @Size(max = 100, message = "Name is at most 100 characters")
        String name,

        @Size(max = 100, message = "Not a valid invitation code")
        String inviteCode) {

    // No second constructor: Vaadin's Binder builds records through their one canonical constructor.

    /** Whether an invitation code was given (a blank one counts as none). */
    public boolean hasInviteCode() {
        return inviteCode != null && !inviteCode.isBlank();
    }
}
