package dev.crm.application.account;

import java.time.Instant;
import java.util.UUID;

/** Someone who signs in. Belongs to one workspace. A row of {@code app_user} ({@link UserAccountRepository}). */
public class UserAccount {

    private UUID id;
    private UUID workspaceId;
    private String email;
    private String name;
    private String passwordHash;
    private String timeZone;
    private Instant createdAt;

    /** For test doubles only. */
    protected UserAccount() {}

    UserAccount(UUID id, UUID workspaceId, String email, String name, String passwordHash, Instant createdAt) {
        this(id, workspaceId, email, name, passwordHash, "UTC", createdAt);
    }

    UserAccount(
            UUID id,
            UUID workspaceId,
            String email,
            String name,
            String passwordHash,
            String timeZone,
            Instant createdAt) {
        this.id = id;
        this.workspaceId = workspaceId;
        this.email = email;
        this.name = name;
        this.passwordHash = passwordHash;
        this.timeZone = timeZone;
        this.createdAt = createdAt;
    }

    public UUID getId() {
        return id;
    }

    public UUID getWorkspaceId() {
        return workspaceId;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void changeProfile(String name, String email, String timeZone) {
        this.name = name;
        this.email = email;
        this.timeZone = timeZone;
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }
}
