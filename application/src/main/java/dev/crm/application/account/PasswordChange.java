package dev.crm.application.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password, given with the current one as proof that the account's owner is at the keyboard. */
public record PasswordChange(
        @NotBlank(message = "Current password is required") @Size(max = 128, message = "Wrong password")
        String currentPassword,

        @NotBlank(message = "Password is required")
        @Size(min = 10, max = 128, message = "Password must be 10 to 128 characters")
        @FitsBcrypt
        String newPassword) {}
