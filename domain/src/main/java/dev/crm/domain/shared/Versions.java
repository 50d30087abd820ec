package dev.crm.domain.shared;

/**
 * Public record versions count events (1 after creation); Axon's aggregate version is the last sequence number
 * (0 after creation). The mapping lives here only.
 */
public final class Versions {

    private Versions() {}

    public static long fromSequence(long sequenceNumber) {
        return sequenceNumber + 1;
    }

    public static long toSequence(long version) {
        return version - 1;
    }
}
