package dev.crm.domain.shared;

/**
 * A change was asked for on condition that the record is still at the version the client last saw (HTTP
 * {@code If-Match}), and it has moved on. Unlike an {@link EditConflictException}, nothing is merged: the client
 * wanted exactly that version or nothing.
 */
public class StaleVersionException extends RuntimeException {

    private final long currentVersion;

    public StaleVersionException(long currentVersion) {
        super("The record has changed: it is now at version " + currentVersion + "; read it again");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
