package dev.crm.application.sampledata;

import static dev.crm.application.sampledata.Vocabulary.chance;
import static dev.crm.application.sampledata.Vocabulary.pick;

import dev.crm.domain.contact.ContactCreated;
import dev.crm.domain.contact.ContactDetails;
import dev.crm.domain.shared.RecordEvent;
import java.util.SplittableRandom;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Sample contacts: international names, an employer from a pool of companies shared by many contacts (a few large
 * ones, a long tail of small ones; the largest are the organizations a load makes, see {@link Company}), job titles, work or personal e-mail addresses and phone numbers in several
 * national formats. Some fields are left empty, as in real address books.
 */
@Component
public class ContactSampleGenerator implements SampleGenerator {

    @Override
    public String name() {
        return "contacts";
    }

    @Override
    public String aggregateType() {
        return "Contact";
    }

    @Override
    public int order() {
        return 100; // after organizations, once they exist
    }

    @Override
    public RecordEvent.Created<?> create(UUID id, SampleContext context) {
        SplittableRandom random = context.random();
        String first = pick(random, Vocabulary.FIRST_NAMES);
        String last = pick(random, Vocabulary.LAST_NAMES);
        String middle = chance(random, 0.08) ? " " + (char) ('A' + random.nextInt(26)) + "." : "";
        String name = first + middle + " " + last;

        Company company = chance(random, 0.8) ? company(context, random) : null;
        String email = null;
        if (chance(random, 0.9)) {
            String domain = company != null && chance(random, 0.75)
                    ? company.domain()
                    : pick(random, Vocabulary.PERSONAL_MAIL_DOMAINS);
            email = localPart(random, first, last) + "@" + domain;
        }
        String phone = chance(random, 0.75) ? Vocabulary.phone(random) : null;
        String job = chance(random, 0.85) ? jobTitle(random) : null;
        return new ContactCreated(
                id,
                context.ownerId(),
                new ContactDetails(name, email, phone, job, company == null ? null : company.name()));
    }

    private static String localPart(SplittableRandom random, String first, String last) {
        String f = Vocabulary.slug(first);
        String l = Vocabulary.slug(last);
        String local = switch (random.nextInt(5)) {
            case 0, 1 -> f + "." + l;
            case 2 -> f.charAt(0) + "." + l;
            case 3 -> f + l.charAt(0);
            default -> f + "_" + l;
        };
        return chance(random, 0.3) ? local + random.nextInt(1, 1000) : local;
    }

    private static String jobTitle(SplittableRandom random) {
        if (chance(random, 0.25)) {
            return pick(random, Vocabulary.STANDALONE_TITLES);
        }
        String seniority = pick(random, Vocabulary.SENIORITIES);
        String function = pick(random, Vocabulary.FUNCTIONS);
        if (seniority.endsWith(" of")) {
            return seniority + " " + function;
        }
        String title = function + " " + pick(random, Vocabulary.ROLES);
        return seniority.isEmpty() ? title : seniority + " " + title;
    }

    /** The n-th company of this load's pool, skewed towards the first ones (a few employ many contacts). */
    static Company company(SampleContext context, SplittableRandom random) {
        long poolSize = Math.max(20, context.count() / 100);
        double skew = random.nextDouble();
        long n = (long) (poolSize * skew * skew);
        return Company.of(context.seed(), n);
    }
}
