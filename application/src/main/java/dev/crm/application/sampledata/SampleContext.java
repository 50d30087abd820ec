package dev.crm.application.sampledata;

import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Function;

/**
 * What a generator may use for one batch of records: the owner, a random source (deterministic per seed and
 * batch, so a load can be repeated exactly), how many records of its kind the load makes, and the ids of records
 * loaded earlier by generators that declared themselves {@linkplain SampleGenerator#referenced() referenced}.
 */
public final class SampleContext {

    private final UUID ownerId;
    private final long seed;
    private final long count;
    private final SplittableRandom random;
    private final Function<String, List<UUID>> loadedIds;

    SampleContext(UUID ownerId, long seed, long count, SplittableRandom random, Function<String, List<UUID>> loadedIds) {
        this.ownerId = ownerId;
        this.seed = seed;
        this.count = count;
        this.random = random;
        this.loadedIds = loadedIds;
    }

    public UUID ownerId() {
        return ownerId;
    }

    /** The load's seed: derive shared, stable things from it (e.g. the n-th company of a pool). */
    public long seed() {
        return seed;
    }

    /** How many records of this generator's kind the load makes. */
    public long count() {
        return count;
    }

    public SplittableRandom random() {
        return random;
    }

    /** Ids of the records of an aggregate type loaded before this generator; empty if none were kept. */
    public List<UUID> idsOf(String aggregateType) {
        return loadedIds.apply(aggregateType);
    }
}
