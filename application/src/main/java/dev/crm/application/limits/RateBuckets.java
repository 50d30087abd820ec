package dev.crm.application.limits;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Rate budgets (Bucket4j token buckets) kept in PostgreSQL, so every app node draws from the same bucket of a key.
 * Sign-in attempts and the assistant's turns use it; each names its buckets by a prefix of its own.
 */
public class RateBuckets {

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    public RateBuckets(DataSource dataSource) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
    }

    /** So many uses per period, refilled gradually. */
    public static BucketConfiguration budget(int uses, Duration period) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(uses)
                        .refillGreedy(uses, period)
                        .build())
                .build();
    }

    /** @return empty when the key's budget had one use left (now taken), else how long until it has */
    public Optional<Duration> take(String key, BucketConfiguration budget) {
        ConsumptionProbe probe = buckets.getProxy(key, () -> budget).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Deletes buckets that have refilled completely and so carry no state worth keeping. */
    public void removeFullBuckets() {
        while (buckets.removeExpired(1000) > 0) {
            // next batch
        }
    }
}
