package dev.crm.application.workspace;

import java.util.UUID;

/** A user of a workspace, as colleagues see them. {@code owner}: the one who opened the workspace and invites others. */
public record Member(UUID id, String name, String email, boolean owner) {}
