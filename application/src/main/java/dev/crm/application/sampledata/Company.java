package dev.crm.application.sampledata;

import static dev.crm.application.sampledata.Vocabulary.chance;
import static dev.crm.application.sampledata.Vocabulary.pick;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The n-th company of a load's pool of generated companies: sample organizations are its first N, and sample
 * contacts work for companies of the same pool (mostly the first ones), so a contact's employer is, where the counts
 * allow, one of the owner's organizations by name.
 *
 * <p>A company depends only on seed and number, so every batch and thread sees the same pool. Numbers map onto the
 * combinations of name word, trade and legal form through a seeded pseudo-random permutation (a small Feistel network,
 * cycle-walked into range), so the first {@link #DISTINCT_NAMES} companies of a pool all have different names and
 * neighbouring numbers show no pattern; beyond that, names repeat.
 */
record Company(String name, String domain, String industry) {

    private static final List<String> WORDS =
            Vocabulary.COMPANY_WORDS.stream().distinct().toList();
    private static final List<String> TRADES =
            Vocabulary.COMPANY_TRADES.stream().distinct().toList();
    private static final List<String> LEGAL_FORMS =
            Vocabulary.LEGAL_FORMS.stream().distinct().toList();
    /** How many companies a pool holds before names repeat. */
    static final long DISTINCT_NAMES = (long) WORDS.size() * TRADES.size() * LEGAL_FORMS.size();
    /** Half the bits of the permutation's domain, the smallest power of two (of even exponent) holding every name. */
    private static final int HALF_BITS = (64 - Long.numberOfLeadingZeros(DISTINCT_NAMES - 1) + 1) / 2;

    static Company of(long seed, long n) {
        long combination = Math.floorMod(n, DISTINCT_NAMES);
        do {
            combination = feistel(seed, combination);
        } while (combination >= DISTINCT_NAMES);
        String word = WORDS.get((int) (combination % WORDS.size()));
        combination /= WORDS.size();
        String trade = TRADES.get((int) (combination % TRADES.size()));
        String legal = LEGAL_FORMS.get((int) (combination / TRADES.size()));
        String base = word + " " + trade;
        String name = legal.isEmpty() ? base : base + " " + legal;

        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n);
        String domain = Vocabulary.slug(chance(random, 0.5) ? word : base) + "." + pick(random, Vocabulary.TLDS);
        return new Company(name, domain, Vocabulary.industryOf(trade));
    }

    /** A seeded permutation of [0, 2^(2 × HALF_BITS)): four Feistel rounds. */
    private static long feistel(long seed, long value) {
        long mask = (1L << HALF_BITS) - 1;
        long left = value >>> HALF_BITS;
        long right = value & mask;
        for (int round = 0; round < 4; round++) {
            long next = left ^ (mix(seed ^ (round + 1) * 0x9E3779B97F4A7C15L ^ right * 0xD1B54A32D192ED03L) & mask);
            left = right;
            right = next;
        }
        return (left << HALF_BITS) | right;
    }

    /** SplitMix64's finaliser: every input bit affects every output bit. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
