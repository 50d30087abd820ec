package dev.crm.application.sampledata;

import static dev.crm.application.sampledata.Vocabulary.chance;
import static dev.crm.application.sampledata.Vocabulary.pick;

import dev.crm.domain.organization.Organization;
import dev.crm.domain.organization.OrganizationCreated;
import dev.crm.domain.organization.OrganizationDetails;
import dev.crm.domain.shared.RecordEvent;
import java.time.Clock;
import java.time.Year;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Sample organizations: the first N companies of the load's {@link Company} pool — the pool sample contacts take
 * their employers from, so their organization names are, where the counts allow, the owner's organizations — with
 * different names (up to {@link Company#DISTINCT_NAMES}), the industry their trade belongs to, and a short profile
 * with an account note. Some leave the industry or the description empty, as in real CRMs.
 */
@Component
public class OrganizationSampleGenerator implements SampleGenerator {

    private final Clock clock;

    public OrganizationSampleGenerator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "organizations";
    }

    @Override
    public String aggregateType() {
        return Organization.TYPE;
    }

    @Override
    public int order() {
        return 10; // before the projects that refer to them and the contacts that work for them
    }

    @Override
    public boolean referenced() {
        return true; // projects belong to organizations
    }

    @Override
    public RecordEvent.Created<?> create(UUID id, SampleContext context) {
        SplittableRandom random = context.random();
        Company company = Company.of(context.seed(), context.index());
        String industry = chance(random, 0.88) ? company.industry() : null;
        String description = chance(random, 0.65) ? description(random, company) : null;
        return new OrganizationCreated(
                id, context.ownerId(), new OrganizationDetails(company.name(), description, industry));
    }

    private String description(SplittableRandom random, Company company) {
        int thisYear = Year.now(clock).getValue();
        String profile = pick(random, Vocabulary.COMPANY_PROFILES) + " "
                + company.industry().toLowerCase(Locale.ROOT).replace("&", "and") + " company based in "
                + pick(random, Vocabulary.CITIES) + ".";
        if (chance(random, 0.2)) {
            return profile;
        }
        String note = pick(random, Vocabulary.ACCOUNT_NOTES).formatted(thisYear - random.nextInt(12));
        return chance(random, 0.4)
                ? profile + " " + note + " " + pick(random, Vocabulary.ACCOUNT_REMARKS)
                : profile + " " + note;
    }
}
