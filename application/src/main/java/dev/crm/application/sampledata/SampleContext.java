package dev.crm.application.sampledata;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Function;

/**
 * What a generator may use for one batch of records: the owner and the other members of the owner's workspace, a
 * random source (deterministic per seed and batch, so a load can be repeated exactly), how many records of its kind
 * the load makes and the number of the record being made, and what generators that declared themselves
 * {@linkplain SampleGenerator#referenced() referenced} loaded earlier: their records' ids and with whom each is shared.
 * One context serves one batch on one thread.
 */
public final class SampleContext {

    private final UUID ownerId;
    private final List<UUID> colleagues;
    private final long seed;
    private final long count;
    private final SplittableRandom random;
    private final Function<String, List<UUID>> loadedIds;
    private final Function<UUID, Set<UUID>> sharedWith;
    private long index;

    SampleContext(
            UUID ownerId,
            List<UUID> colleagues,
            long seed,
            long count,
            SplittableRandom random,
            Function<String, List<UUID>> loadedIds,
            Function<UUID, Set<UUID>> sharedWith) {
        this.ownerId = ownerId;
        this.colleagues = List.copyOf(colleagues);
        this.seed = seed;
        this.count = count;
        this.random = random;
        this.loadedIds = loadedIds;
        this.sharedWith = sharedWith;
    }

    /** A context with no workspace colleagues and nothing loaded before, e.g. for the first kind of a load. */
    SampleContext(UUID ownerId, long seed, long count, SplittableRandom random) {
        this(ownerId, List.of(), seed, count, random, type -> List.of(), id -> Set.of());
    }

    public UUID ownerId() {
        return ownerId;
    }

    /**
     * The other users of the owner's workspace (the owner not included): whom a project may be assigned to, as the
     * project service allows only members of the owner's workspace. Empty when the owner works alone.
     */
    public List<UUID> colleagues() {
        return colleagues;
    }

    /** The load's seed: derive shared, stable things from it (e.g. the n-th company of a pool). */
    public long seed() {
        return seed;
    }

    /** How many records of this generator's kind the load makes. */
    public long count() {
        return count;
    }

    /** The number of the record being made, from 0 to {@link #count()} − 1, whichever batch and thread makes it. */
    public long index() {
        return index;
    }

    SampleContext at(long index) {
        this.index = index;
        return this;
    }

    public SplittableRandom random() {
        return random;
    }

    /**
     * Ids of the records of an aggregate type loaded before this generator, in a stable order (so the same seed
     * refers to the same records); empty if none were kept.
     */
    public List<UUID> idsOf(String aggregateType) {
        return loadedIds.apply(aggregateType);
    }

    /**
     * The users besides the owner who see a record loaded earlier ({@link dev.crm.domain.shared.Shared#sharedWith()},
     * e.g. a project's assignees); empty for a record shared with nobody.
     */
    public Set<UUID> sharedWith(UUID loadedId) {
        return sharedWith.apply(loadedId);
    }
}
