package dev.crm.domain.organization;

import dev.crm.domain.shared.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A company the user follows. */
public record OrganizationDetails(
        @NotBlank(message = "Name is required") @Size(max = 200, message = "Name is at most 200 characters")
        String name,

        @Size(max = 5000, message = "Description is at most 5000 characters")
        String description,

        @Size(max = 100, message = "Industry is at most 100 characters")
        String industry) {

    public OrganizationDetails {
        name = Text.clean(name);
        description = Text.clean(description);
        industry = Text.clean(industry);
    }
}
