package dev.crm.domain.contact;

import dev.crm.domain.shared.Text;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a user records about a contact. The validation rules here are the ones UI, API and assistant share. */
public record ContactDetails(
        @NotBlank(message = "Name is required") @Size(max = 200, message = "Name is at most 200 characters")
        String name,

        @Email(message = "Not a valid e-mail address") @Size(max = 254, message = "E-mail is at most 254 characters")
        String email,

        @Pattern(
                regexp = "^\\+?[0-9][0-9 ()./-]{2,38}$",
                message = "Not a valid phone number (digits, spaces, + ( ) - . /)")
        String phone,

        @Size(max = 200, message = "Job position is at most 200 characters")
        String jobPosition,

        @Size(max = 200, message = "Organization is at most 200 characters")
        String organization) {

    public ContactDetails {
        name = Text.clean(name);
        email = Text.clean(email);
        phone = Text.clean(phone);
        jobPosition = Text.clean(jobPosition);
        organization = Text.clean(organization);
    }
}
