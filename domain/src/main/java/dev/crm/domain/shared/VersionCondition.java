package dev.crm.domain.shared;

import org.axonframework.messaging.MetaData;

/**
 * "Only if the record is still at version n" (HTTP {@code If-Match}), carried in a command's metadata and checked by
 * the aggregate itself ({@link OwnedRecord}), under its lock: no other change can slip in between check and change.
 */
public final class VersionCondition {

    static final String REQUIRED_VERSION = "requiredVersion";

    private VersionCondition() {}

    public static MetaData require(long version) {
        return MetaData.with(REQUIRED_VERSION, version);
    }

    /** @throws StaleVersionException when the command requires a version the aggregate is no longer at */
    static void check(MetaData metaData, long currentVersion) {
        if (metaData.get(REQUIRED_VERSION) instanceof Number required && required.longValue() != currentVersion) {
            throw new StaleVersionException(currentVersion);
        }
    }
}
