package dev.crm.application.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.domain.contact.ContactCreated;
import dev.crm.domain.contact.ContactDetails;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContactSampleGeneratorTest {

    final ContactSampleGenerator generator = new ContactSampleGenerator();
    final UUID owner = UUID.randomUUID();

    List<ContactDetails> generate(long seed, int count) {
        SampleContext context = new SampleContext(owner, seed, count, new SplittableRandom(seed));
        List<ContactDetails> details = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ContactCreated created = (ContactCreated) generator.create(BulkEventLoader.uuid(context.random()), context);
            assertThat(created.ownerId()).isEqualTo(owner);
            details.add(created.details());
        }
        return details;
    }

    @Test
    void everyRecordPassesTheDomainsValidationRules() {
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            for (ContactDetails details : generate(1, 20_000)) {
                assertThat(validator.validate(details)).as(details.toString()).isEmpty();
                assertThat(details.name()).isNotBlank();
            }
        }
    }

    @Test
    void recordsAreVariedLikeARealAddressBook() {
        List<ContactDetails> details = generate(2, 10_000);
        Set<String> names = new HashSet<>();
        Set<String> organizations = new HashSet<>();
        Set<String> jobs = new HashSet<>();
        int withEmail = 0;
        int withPhone = 0;
        int withOrganization = 0;
        for (ContactDetails d : details) {
            names.add(d.name());
            if (d.organization() != null) {
                organizations.add(d.organization());
                withOrganization++;
            }
            if (d.jobPosition() != null) {
                jobs.add(d.jobPosition());
            }
            withEmail += d.email() == null ? 0 : 1;
            withPhone += d.phone() == null ? 0 : 1;
        }
        assertThat(names).hasSizeGreaterThan(7_000);
        assertThat(organizations).hasSizeBetween(20, 100);
        assertThat(jobs).hasSizeGreaterThan(300);
        assertThat(withEmail).isBetween(8_500, 9_500);
        assertThat(withPhone).isBetween(7_000, 8_000);
        assertThat(withOrganization).isBetween(7_500, 8_500);
        assertThat(details)
                .anyMatch(d -> d.name().matches(".*[^\\x00-\\x7F].*"))
                .as("non-ASCII names");
    }

    @Test
    void theSameSeedMakesTheSameRecords() {
        assertThat(generate(3, 100)).isEqualTo(generate(3, 100)).isNotEqualTo(generate(4, 100));
    }

    @Test
    void slugsAreAsciiMailLocalParts() {
        assertThat(Vocabulary.slug("Wiśniewski")).isEqualTo("wisniewski");
        assertThat(Vocabulary.slug("O'Brien")).isEqualTo("obrien");
        assertThat(Vocabulary.slug("Łukasz Yılmaz")).isEqualTo("lukaszyilmaz");
        assertThat(Vocabulary.slug("van den Berg")).isEqualTo("vandenberg");
    }
}
