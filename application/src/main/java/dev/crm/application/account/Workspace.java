package dev.crm.application.account;

import java.time.Instant;
import java.util.UUID;

/** The customer company: the tenant its users belong to. A row of {@code workspace} ({@link WorkspaceRepository}). */
public class Workspace {

    private final UUID id;
    private final String name;
    private final UUID ownerId;
    private final Instant createdAt;

    Workspace(UUID id, String name, UUID ownerId, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.ownerId = ownerId;
        this.createdAt = createdAt;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public UUID getOwnerId() {
        return ownerId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
