package dev.crm.application.workspace;

import java.time.Instant;

/** A single-use code that lets a newcomer register into the inviting workspace until {@code expiresAt}. */
public record Invite(String code, Instant expiresAt) {}
