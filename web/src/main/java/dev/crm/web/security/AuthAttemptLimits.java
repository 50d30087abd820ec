package dev.crm.web.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Budgets of sign-in, registration and token requests, kept in PostgreSQL so that every app node draws from the same
 * buckets: one per client address (a guesser on one machine) and one per account (a guesser spread over many).
 */
public class AuthAttemptLimits {

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final BucketConfiguration perAddress;
    private final BucketConfiguration perAccount;

    /**
     * @param addressPerMinute attempts per client address and minute
     * @param accountPerHour   attempts per account (e-mail address) and hour, from any number of addresses
     */
    public AuthAttemptLimits(DataSource dataSource, int addressPerMinute, int accountPerHour) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
        this.perAddress = budget(addressPerMinute, Duration.ofMinutes(1));
        this.perAccount = budget(accountPerHour, Duration.ofHours(1));
    }

    /**
     * Takes one attempt from the address's budget and, when the request names an account, from the account's.
     *
     * @return empty when allowed, else how long to wait
     */
    public Optional<Duration> attempt(String address, String accountEmail) {
        Optional<Duration> wait = take("address:" + address, perAddress);
        if (wait.isEmpty() && accountEmail != null && !accountEmail.isBlank()) {
            wait = take("account:" + sha256(accountEmail.strip().toLowerCase(Locale.ROOT)), perAccount);
        }
        return wait;
    }

    /** Deletes buckets that have refilled completely and so carry no state worth keeping. */
    public void removeFullBuckets() {
        while (buckets.removeExpired(1000) > 0) {
            // next batch
        }
    }

    private Optional<Duration> take(String key, BucketConfiguration configuration) {
        ConsumptionProbe probe = buckets.getProxy(key, () -> configuration).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private static BucketConfiguration budget(int attempts, Duration period) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(attempts)
                        .refillGreedy(attempts, period)
                        .build())
                .build();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
