package dev.crm.web.security;

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

    private final AuthAttemptLimits limits;

    RateLimitHousekeeping(AuthAttemptLimits limits) {
        this.limits = limits;
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void removeFullBuckets() {
        limits.removeFullBuckets();
    }
}
