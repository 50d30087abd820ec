package dev.crm.projections.project;

import java.util.UUID;

/** A user as other users of the workspace see them: id and name. */
public record Person(UUID id, String name) {}
