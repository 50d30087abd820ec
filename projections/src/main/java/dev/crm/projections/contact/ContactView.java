package dev.crm.projections.contact;

import dev.crm.domain.contact.ContactDetails;
import dev.crm.projections.support.Versioned;
import java.time.Instant;
import java.util.UUID;

/** A contact as lists and forms show it. */
public record ContactView(
        UUID id,
        String name,
        String email,
        String phone,
        String jobPosition,
        String organization,
        Instant createdAt,
        Instant updatedAt,
        long version)
        implements Versioned {

    public ContactDetails details() {
        return new ContactDetails(name, email, phone, jobPosition, organization);
    }
}
