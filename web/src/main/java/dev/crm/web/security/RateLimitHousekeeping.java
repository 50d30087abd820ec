package dev.crm.web.security;

import dev.crm.application.limits.RateBuckets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the shared bucket table small: a bucket that has refilled completely is the same as no bucket. Not in a rebuild
 * command, which connects as a role that may not touch the buckets.
 */
@Component
@ConditionalOnProperty(name = "crm.rebuild-command", havingValue = "false", matchIfMissing = true)
@EnableScheduling
class RateLimitHousekeeping {

    private final RateBuckets buckets;

    RateLimitHousekeeping(RateBuckets buckets) {
        this.buckets = buckets;
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void removeFullBuckets() {
        buckets.removeFullBuckets();
    }
}
