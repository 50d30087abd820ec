package dev.crm.application.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The profile a user edits in Settings: how they are called, where they sign in, and the time zone they read times in. */
public record ProfileUpdate(
        @NotBlank(message = "Name is required") @Size(max = 100, message = "Name is at most 100 characters")
        String name,

        @NotBlank(message = "E-mail is required")
        @Email(message = "Not a valid e-mail address")
        @Size(max = 254, message = "E-mail is at most 254 characters")
        String email,

        @NotBlank(message = "Time zone is required") @TimeZoneId
        String timeZone) {}
