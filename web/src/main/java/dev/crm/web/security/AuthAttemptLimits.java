package dev.crm.web.security;

import dev.crm.application.limits.RateBuckets;
import io.github.bucket4j.BucketConfiguration;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Budgets of sign-in, registration and token requests, kept in PostgreSQL so that every app node draws from the same
 * buckets: one per client address (a guesser on one machine) and one per account (a guesser spread over many).
 */
public class AuthAttemptLimits {

    private final RateBuckets buckets;
    private final BucketConfiguration perAddress;
    private final BucketConfiguration perAccount;

    /**
     * @param addressPerMinute attempts per client address and minute
     * @param accountPerHour   attempts per account (e-mail address) and hour, from any number of addresses
     */
    public AuthAttemptLimits(RateBuckets buckets, int addressPerMinute, int accountPerHour) {
        this.buckets = buckets;
        this.perAddress = RateBuckets.budget(addressPerMinute, Duration.ofMinutes(1));
        this.perAccount = RateBuckets.budget(accountPerHour, Duration.ofHours(1));
    }

    /**
     * Takes one attempt from the address's budget and, when the request names an account, from the account's.
     *
     * @return empty when allowed, else how long to wait
     */
    public Optional<Duration> attempt(String address, String accountEmail) {
        Optional<Duration> wait = buckets.take("address:" + address, perAddress);
        if (wait.isEmpty() && accountEmail != null && !accountEmail.isBlank()) {
            wait = buckets.take("account:" + sha256(accountEmail.strip().toLowerCase(Locale.ROOT)), perAccount);
        }
        return wait;
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
